/**
 * Bounds on every string and number a record may hold, and the readers that enforce them on
 * records written by anyone (this device, a peer on another version, a backup file).
 *
 * A reader throws {@link Unreadable} with what is wrong; the record module catches it at the
 * record's edge, so one bad record is reported ("unreadable order: line l1: unitPrice 1.5 is not
 * a whole number of cents") and left out, never fatal. The same bounds are checked by the
 * actions (order-input.ts, product.ts, catalogue actions), so nothing this device writes is
 * ever unreadable here.
 *
 * | what                          | bound                                           |
 * | ----------------------------- | ----------------------------------------------- |
 * | short text (names, methods)   | 200 characters (`maxShortText`)                 |
 * | long text (notes, comments)   | 10,000 characters (`maxLongText`)               |
 * | ids, keys, SKUs               | 200 characters                                  |
 * | amounts                       | integer cents, 0 to `maxCents` (10^12)          |
 * | quantity on a line            | integer, 0 to `maxQuantity` (10^6)              |
 * | quantity × unit price         | at most `maxCents`                              |
 * | lines per order               | `maxLines` (1,000): totals stay below 2^53      |
 * | stock movement                | integer, −`maxStockMove` to +`maxStockMove` (10^9) |
 * | dates                         | integer ms, 0 to 8.64 × 10^15 (valid `Date`)    |
 */
import { maxCents } from './money';

/** Longest short text (names, methods, cities), in characters. */
export const maxShortText = 200;
/** Longest long text (notes, messages, comments), in characters. */
export const maxLongText = 10_000;
/** Longest id or key, in characters. */
export const maxId = 200;
/** Largest quantity on one line. */
export const maxQuantity = 1_000_000;
/** Most lines in one order (with maxCents per line, every total stays a safe integer). */
export const maxLines = 1_000;
/** Largest stock movement (adjustment, count difference, opening stock), either sign. */
export const maxStockMove = 1_000_000_000;
/** Latest date a record may carry, in ms (the end of JavaScript's Date range). */
export const maxTime = 8_640_000_000_000_000;

/** Thrown by readers: the record cannot be read, and why (plain English, for the detail line). */
export class Unreadable extends Error {
	constructor(problem: string) {
		super(problem);
		this.name = 'Unreadable';
	}
}

/** Throws Unreadable with `problem`. */
export function unreadable(problem: string): never {
	throw new Unreadable(problem);
}

/** A short, printable rendering of a bad value for problem messages. */
export function show(value: unknown): string {
	let text: string;
	try {
		text =
			typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
	} catch {
		text = String(value);
	}
	return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** The value as a plain object, or Unreadable. */
export function readObject(value: unknown, what: string): Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value))
		unreadable(`${what} is ${show(value)}, not an object`);
	return value as Record<string, unknown>;
}

/** A string of at most `max` characters; `fallback` when absent (undefined or null). */
export function readText(
	value: unknown,
	o: { what: string; max?: number; fallback?: string }
): string {
	if (value == null && o.fallback !== undefined) return o.fallback;
	if (typeof value !== 'string') unreadable(`${o.what} is ${show(value)}, not text`);
	const max = o.max ?? maxShortText;
	if (value.length > max) unreadable(`${o.what} is longer than ${max} characters`);
	return value;
}

/** An integer between `min` and `max`; `fallback` when absent. */
export function readInt(
	value: unknown,
	o: { what: string; min: number; max: number; fallback?: number }
): number {
	if (value == null && o.fallback !== undefined) return o.fallback;
	if (typeof value !== 'number' || !Number.isInteger(value))
		unreadable(`${o.what} is ${show(value)}, not a whole number`);
	if (value < o.min || value > o.max) unreadable(`${o.what} ${value} is outside ${o.min}…${o.max}`);
	return value;
}

/** An amount in cents (0 to maxCents); `fallback` when absent. */
export function readCents(value: unknown, what: string, fallback?: number): number {
	if (value == null && fallback !== undefined) return fallback;
	if (typeof value !== 'number' || !Number.isInteger(value))
		unreadable(`${what} is ${show(value)}, not a whole number of cents`);
	return readInt(value, { what, min: 0, max: maxCents });
}

/** A date in ms since the epoch; `fallback` when absent. */
export function readTime(value: unknown, what: string, fallback?: number): number {
	return readInt(value, { what, min: 0, max: maxTime, fallback });
}

/** True, false, or `fallback` when absent; anything else is unreadable. */
export function readBool(value: unknown, what: string, fallback: boolean): boolean {
	if (value == null) return fallback;
	if (typeof value !== 'boolean') unreadable(`${what} is ${show(value)}, not true or false`);
	return value;
}

/** One of `allowed`; `fallback` when absent. */
export function readOneOf<T extends string>(
	value: unknown,
	o: { what: string; allowed: readonly T[]; fallback?: T }
): T {
	if (value == null && o.fallback !== undefined) return o.fallback;
	if (!(o.allowed as readonly unknown[]).includes(value))
		unreadable(`${o.what} is ${show(value)}, not a known value`);
	return value as T;
}

/** Runs a reader and returns its value, or the problem it found (any other error too). */
export function attempt<T>(read: () => T): { ok: true; value: T } | { ok: false; problem: string } {
	try {
		return { ok: true, value: read() };
	} catch (e) {
		return { ok: false, problem: e instanceof Error ? e.message : String(e) };
	}
}
