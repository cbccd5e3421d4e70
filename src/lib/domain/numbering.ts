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

/**
 * True when another device gave the same (series, n): two devices that picked one series
 * offline. Every device writes its counter (`lastUsed`, gap-free) in its own slot, so a number
 * is shared when another device of the series has reached it. Flag it before printing.
 */
export function isDuplicateNumber(o: {
	number: OrderNumber;
	devices: readonly { id: string; series: string; lastUsed: number }[];
}): boolean {
	const { series, n, deviceId } = o.number;
	return o.devices.some((d) => d.id !== deviceId && d.series === series && d.lastUsed >= n);
}

/** A sortable key for an order number: series, then n zero-padded to 10 digits. */
export function numberSortKey(number: OrderNumber | null): string {
	return number ? `${number.series}-${String(number.n).padStart(10, '0')}` : '';
}

/** Characters of a default series: no 0/O, 1/I/L or U/V look-alikes. */
const seriesAlphabet = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';
/** Length of a default series: 30^5 ≈ 24.3 million codes (odds in docs/decisions/0002). */
export const seriesLength = 5;

/**
 * A device's default series: 5 characters drawn from its random id (82 random bits, id.ts),
 * drawn again while the code is one the store has seen (`taken`: every device's series; a
 * device's record is written with its first number, so every series ever used is there).
 */
export function defaultSeries(deviceId: string, taken: ReadonlySet<string> = new Set()): string {
	for (let attempt = 0; ; attempt++) {
		const code = seriesCode(attempt === 0 ? deviceId : `${deviceId}:${attempt}`);
		if (!taken.has(code) || attempt > 1000) return code;
	}
}

function seriesCode(seed: string): string {
	// Two FNV-1a hashes side by side: 64 bits, more than the 25 bits five characters need.
	let h1 = 2166136261;
	let h2 = 0x811c9dc5 ^ 0x5bd1e995;
	for (const ch of seed) {
		h1 = Math.imul(h1 ^ ch.charCodeAt(0), 16777619) >>> 0;
		h2 = Math.imul(h2 ^ ch.charCodeAt(0), 0x01000193) >>> 0;
	}
	let h = h1 ^ (h2 >>> 7);
	let out = '';
	for (let i = 0; i < seriesLength; i++) {
		out += seriesAlphabet[(h >>> 0) % seriesAlphabet.length];
		h = Math.floor((h >>> 0) / seriesAlphabet.length) + (i === 2 ? h2 : 0);
	}
	return out;
}

/** Checks a series code a seller picks: 1–6 letters or digits, not used by another device. */
export function checkSeries(o: { value: unknown; taken: readonly string[] }): Result<string> {
	const v = typeof o.value === 'string' ? o.value.trim().toUpperCase() : '';
	if (!/^[A-Z0-9]{1,6}$/.test(v)) return fail('device.seriesInvalid');
	if (o.taken.includes(v)) return fail('device.seriesTaken', { series: v });
	return ok(v);
}
