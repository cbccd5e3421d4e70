/** The tag record: a name and a colour, applied to orders. */
import { maxId, readObject, readText } from './bounds';
import { fail, ok, type Result } from './result';
import { checkText, isRecord } from './validate';

/** A tag sellers put on orders. */
export interface Tag {
	id: string;
	name: string;
	/** `#rrggbb`. */
	colour: string;
}

/** Checks untrusted tag input. */
export function checkTag(value: unknown, newId: () => string): Result<Tag> {
	if (!isRecord(value)) return fail('input.notObject');
	const name = checkText(value.name, { field: 'tag.name', max: 40, required: true });
	if (!name.ok) return name;
	const colour = typeof value.colour === 'string' ? value.colour.toLowerCase() : '#888888';
	if (!/^#[0-9a-f]{6}$/.test(colour)) return fail('colour.invalid');
	const id = typeof value.id === 'string' && value.id !== '' ? value.id : newId();
	return ok({ id, name: name.value, colour });
}

/** Reads a tag record from the CRDT; throws Unreadable with what is wrong. */
export function readTag(value: unknown, id: string): Tag {
	const v = readObject(value, 'the tag');
	const colour = readText(v.colour, { what: 'colour', max: 7, fallback: '#888888' }).toLowerCase();
	return {
		id: id.slice(0, maxId),
		name: readText(v.name, { what: 'name', max: 200 }),
		colour: /^#[0-9a-f]{6}$/.test(colour) ? colour : '#888888'
	};
}
