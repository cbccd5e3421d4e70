/**
 * Order numbering with one series per device, like per-till receipt numbers.
 *
 * Each device owns a short series code (its own, unique among the store's devices) and numbers
 * its orders 1, 2, 3… in that series without gaps; only that device ever writes its counter, so
 * two devices offline can never hand out the same number. The store-wide "next number" is a
 * floor that can only be raised: each device continues at max(floor, its last number + 1).
 * Raises are kept per device and merged with max, so concurrent raises never lower it.
 * A number reads `<prefix><series>-<n><suffix>`, e.g. `MyStore1-A-1006-2018`.
 */
import type { OrderNumber } from './order';
import { fail, ok, type Result } from './result';

/** Prefix and suffix written around every order number. */
export interface NumberingFormat {
	prefix: string;
	suffix: string;
}

/** The next number of a device's series: at least the floor, one after its last number. */
export function nextNumber(o: { floor: number; lastUsed: number }): number {
	return Math.max(o.floor, o.lastUsed + 1);
}

/** The store-wide floor: the highest value any device raised it to (1 by default). */
export function effectiveFloor(raises: readonly number[]): number {
	return Math.max(1, ...raises);
}

/** Checks a new "next number": a whole number, never below the current one. */
export function checkRaise(o: { value: unknown; current: number }): Result<number> {
	const v = o.value;
	if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1) return fail('numbering.invalid');
	if (v < o.current) return fail('numbering.lower', { current: o.current });
	return ok(v);
}

/** Writes an order number for display and invoices. */
export function formatOrderNumber(number: OrderNumber, format: NumberingFormat): string {
	return `${format.prefix}${number.series}-${number.n}${format.suffix}`;
}

/** Writes a credit note's number: the refunding device's series, `-A` and its place in it. */
export function formatCreditNoteNumber(
	number: { series: string; n: number },
	format: NumberingFormat
): string {
	return `${format.prefix}${number.series}-A${number.n}${format.suffix}`;
}

/** A sortable key for an order number: series, then n zero-padded to 10 digits. */
export function numberSortKey(number: OrderNumber | null): string {
	return number ? `${number.series}-${String(number.n).padStart(10, '0')}` : '';
}

/** A default series code derived from a device id: 3 characters from an unambiguous alphabet. */
export function defaultSeries(deviceId: string): string {
	const alphabet = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';
	let h = 2166136261;
	for (const ch of deviceId) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
	let out = '';
	for (let i = 0; i < 3; i++) {
		out += alphabet[h % alphabet.length];
		h = Math.floor(h / alphabet.length);
	}
	return out;
}

/** Checks a series code a seller picks: 1–4 letters or digits, not used by another device. */
export function checkSeries(o: { value: unknown; taken: readonly string[] }): Result<string> {
	const v = typeof o.value === 'string' ? o.value.trim().toUpperCase() : '';
	if (!/^[A-Z0-9]{1,4}$/.test(v)) return fail('device.seriesInvalid');
	if (o.taken.includes(v)) return fail('device.seriesTaken', { series: v });
	return ok(v);
}
