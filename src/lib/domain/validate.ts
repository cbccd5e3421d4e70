/** Small checks for untrusted input (forms, CSV, peers on older versions). */
import { fail, ok, type Result } from './result';

/** True for a plain object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks a text field: trims it, enforces required and a maximum length in characters. */
export function checkText(
	value: unknown,
	o: { field: string; max?: number; required?: boolean }
): Result<string> {
	const text = typeof value === 'string' ? value.trim() : value == null ? '' : null;
	if (text === null) return fail('text.required', { field: o.field });
	if (o.required && text === '') return fail('text.required', { field: o.field });
	const max = o.max ?? 500;
	if (text.length > max) return fail('text.tooLong', { field: o.field, max });
	return ok(text);
}

/** Checks a quantity: a whole number, at least `min` (0 or 1), at most one million. */
export function checkQuantity(value: unknown, min: 0 | 1 = 1): Result<number> {
	if (typeof value !== 'number' || Number.isNaN(value)) return fail('quantity.notInteger');
	if (value < 0) return fail('quantity.negative');
	if (!Number.isInteger(value)) return fail('quantity.notInteger');
	if (value < min) return fail('quantity.notPositive');
	if (value > 1_000_000) return fail('quantity.tooLarge');
	return ok(value);
}

// Deliberately simple: one @, no spaces, a dot in the domain. Stricter rules refuse real addresses.
const emailPattern = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Checks an email address and lower-cases it, since the email is a customer's key. */
export function checkEmail(value: unknown, o: { required?: boolean } = {}): Result<string> {
	const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
	if (text === '' && !o.required) return ok('');
	if (text.length > 254 || !emailPattern.test(text)) {
		return fail('email.invalid', { email: String(value ?? '') });
	}
	return ok(text);
}

/** Checks a SKU: 1–64 letters, digits, dots, dashes or underscores. */
export function checkSku(value: unknown): Result<string> {
	if (typeof value !== 'string' || !/^[A-Za-z0-9._-]{1,64}$/.test(value.trim())) {
		return fail('sku.invalid');
	}
	return ok(value.trim());
}

/** Collects results: the first refusal, or all values. */
export function all<T>(results: readonly Result<T>[]): Result<T[]> {
	const values: T[] = [];
	for (const r of results) {
		if (!r.ok) return r;
		values.push(r.value);
	}
	return ok(values);
}
