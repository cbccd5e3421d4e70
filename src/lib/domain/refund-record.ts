/**
 * What a refund stores. Since refunds are events (docs/decisions/0024), one refund is one record
 * under its own id (`rfe:<id>` in the order's map): the units it gave back per line (with a
 * snapshot of each line's SKU, name and VAT rate, so its credit note never changes), whether they
 * went back to stock, the shipping, a free amount, the method, the device, the date, the amount
 * fixed when it was made and its credit-note number. Two devices' refunds have two ids: both
 * count. Older stores hold one record per refunded unit (`rf:<line>:<slot>`, `rf:ship`): they are
 * still read (`RefundRecord`), never rewritten.
 *
 * This module imports nothing of the order, so `order.ts` can name these types without a loop.
 */
import type { Cents } from './money';
import type { VatRate } from './vat';
import { isRecord } from './validate';

/** A credit note's number: the refunding device's series and its place in that series. */
export interface CreditNoteNumber {
	series: string;
	n: number;
	deviceId: string;
}

/** One line of a refund: units given back, how many went back to stock, their amount (cents, with VAT). */
export interface RefundEntryLine {
	lineId: string;
	sku: string;
	name: string;
	vatRate: VatRate;
	qty: number;
	restocked: number;
	amount: Cents;
}

/** One refund as stored under `rfe:<id>`. Amounts in cents, with VAT; fixed when it was made. */
export interface RefundEntry {
	id: string;
	/** Milliseconds since the epoch (the refunding device's clock). */
	at: number;
	deviceId: string;
	lines: RefundEntryLine[];
	/** Shipping and handling given back (0 when not refunded). */
	shipping: Cents;
	/** A free amount given back (goodwill, price correction), beside the units. */
	free: Cents;
	/** The free amount split over the order's VAT rates like its total (sums to `free`). */
	freeByRate: { rate: VatRate; amount: Cents }[];
	/** Why the free amount was given (may be empty). */
	reason: string;
	/** How the money went back (cash, card…), as typed or the order's payment method. */
	method: string;
	/** Everything this refund gave back: lines + shipping + free. */
	amount: Cents;
	/** Fee VAT rate at the time (for the shipping's VAT on the credit note). */
	feeVatRate: VatRate;
	/** Assigned when the refund is made; null only on a peer too old to number credit notes. */
	number: CreditNoteNumber | null;
}

/** One stored record of the older layout: a refunded unit (slot from 1), or the shipping (null). */
export interface RefundRecord {
	lineId: string | null;
	slot: number;
	restock: boolean;
	/** Milliseconds since the epoch. */
	at: number;
	deviceId: string;
	/** Absent on records written before refunds had ids. */
	refundId?: string;
}

/** Refunded units per line (and how many went back to stock), and whether shipping was refunded. */
export interface RefundState {
	lines: Record<string, { qty: number; restocked: number }>;
	shipping: boolean;
}

const cents = (v: unknown): Cents =>
	(typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : 0) as Cents;
const count = (v: unknown): number =>
	typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : 0;
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * Reads a refund entry written by any peer; null when it is not one. Fields a peer left out
 * read as empty, never as a reason to drop the money it records.
 */
export function readRefundEntry(id: string, value: unknown): RefundEntry | null {
	if (!isRecord(value)) return null;
	const lines = (Array.isArray(value.lines) ? value.lines : []).flatMap(
		(raw): RefundEntryLine[] => {
			if (!isRecord(raw) || typeof raw.lineId !== 'string') return [];
			const qty = count(raw.qty);
			return [
				{
					lineId: raw.lineId,
					sku: text(raw.sku),
					name: text(raw.name),
					vatRate: count(raw.vatRate) as VatRate,
					qty,
					restocked: Math.min(count(raw.restocked), qty),
					amount: cents(raw.amount)
				}
			];
		}
	);
	const n = isRecord(value.number) ? value.number : null;
	return {
		id,
		at: count(value.at),
		deviceId: text(value.deviceId),
		lines,
		shipping: cents(value.shipping),
		free: cents(value.free),
		freeByRate: (Array.isArray(value.freeByRate) ? value.freeByRate : []).flatMap((f) =>
			isRecord(f) ? [{ rate: count(f.rate) as VatRate, amount: cents(f.amount) }] : []
		),
		reason: text(value.reason),
		method: text(value.method),
		amount: cents(value.amount),
		feeVatRate: count(value.feeVatRate) as VatRate,
		number:
			n && typeof n.series === 'string' && count(n.n) > 0
				? { series: n.series, n: count(n.n), deviceId: text(n.deviceId) }
				: null
	};
}

/** Adds refund entries' units to a refund state (no cap: merged refunds all count). */
export function addEntries(state: RefundState, entries: readonly RefundEntry[]): RefundState {
	const out: RefundState = structuredClone(state);
	for (const e of entries) {
		for (const l of e.lines) {
			const line = (out.lines[l.lineId] ??= { qty: 0, restocked: 0 });
			line.qty += l.qty;
			line.restocked += l.restocked;
		}
		if (e.shipping > 0) out.shipping = true;
	}
	return out;
}

/** The refund state that older records alone account for (the order's state minus its entries). */
export function legacyState(o: {
	refunds: RefundState;
	refundEntries: readonly RefundEntry[];
	refundRecords?: readonly RefundRecord[];
}): RefundState {
	const out: RefundState = { lines: {}, shipping: false };
	const fromEntries = addEntries({ lines: {}, shipping: false }, o.refundEntries);
	for (const [lineId, r] of Object.entries(o.refunds.lines)) {
		const e = fromEntries.lines[lineId];
		const qty = r.qty - (e?.qty ?? 0);
		if (qty > 0)
			out.lines[lineId] = { qty, restocked: Math.max(0, r.restocked - (e?.restocked ?? 0)) };
	}
	// The older layout has one slot for the shipping: read it from the records when there are.
	out.shipping = o.refundRecords
		? o.refundRecords.some((r) => r.lineId === null)
		: o.refunds.shipping && !o.refundEntries.some((e) => e.shipping > 0);
	return out;
}
