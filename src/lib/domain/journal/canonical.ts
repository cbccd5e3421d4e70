/**
 * Canonical JSON: object keys sorted by code unit, no spaces, integers only (money is cents),
 * strings as JSON.stringify writes them. One value has exactly one text, so a hash over the text
 * is a hash over the value, and a reader can refuse any text that is not the canonical one.
 */

/** A value a journal record may hold. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The canonical text of a value; throws on floats, non-finite numbers and undefined. */
export function canonical(value: Json): string {
	if (value === null) return 'null';
	switch (typeof value) {
		case 'boolean':
			return value ? 'true' : 'false';
		case 'number':
			if (!Number.isSafeInteger(value)) throw new Error(`not a safe integer: ${value}`);
			return Object.is(value, -0) ? '0' : String(value);
		case 'string':
			return JSON.stringify(value);
		case 'object': {
			if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
			const keys = Object.keys(value).sort();
			const parts: string[] = [];
			for (const k of keys) {
				const v = value[k];
				if (v === undefined) throw new Error(`undefined value at ${k}`);
				parts.push(`${JSON.stringify(k)}:${canonical(v)}`);
			}
			return `{${parts.join(',')}}`;
		}
		default:
			throw new Error(`not a journal value: ${typeof value}`);
	}
}

/** Parses text that must be canonical; null when it is not valid JSON or not canonical. */
export function parseCanonical(text: string): Json | null {
	let value: Json;
	try {
		value = JSON.parse(text) as Json;
		if (canonical(value) !== text) return null;
	} catch {
		return null;
	}
	return value;
}
