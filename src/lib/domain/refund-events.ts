/**
 * Refunds as events: which refund refunded what, when, for how much. Refunds made since refunds
 * are events are stored one record each (refund-record.ts, docs/decisions/0024) and read back as
 * they were made: amount, lines, shipping, free amount, method and credit-note number, fixed.
 *
 * Refunds of the older layout (one record per refunded unit, `rf:<line>:<slot>`) are grouped by
 * their refund id, or by date and device for records written before ids. Two devices that
 * refunded the same unit offline in that layout wrote the same slot: the unit belongs to the
 * record Yjs kept (docs/decisions/0006). Their amounts are cumulative differences, refunds taken
 * in date order (then id), so they add up to the value of the units they refunded.
 */
import { mulDiv, type Cents } from './money';
import { refundAmount, type OrderMoney } from './order-money';
import {
	legacyState,
	type CreditNoteNumber,
	type RefundEntry,
	type RefundRecord,
	type RefundState
} from './refund-record';
import { computeTotals, vatLine, type VatLine } from './totals';
import type { VatRate } from './vat';

export type { RefundRecord } from './refund-record';

/** What one refund gave back on one line; amount in cents, with VAT. */
export interface RefundEventLine {
	lineId: string;
	sku: string;
	name: string;
	vatRate: VatRate;
	qty: number;
	restocked: number;
	amount: Cents;
}

/** One refund of an order. Amounts in cents, with VAT. */
export interface RefundEvent {
	id: string;
	at: number;
	deviceId: string;
	lines: RefundEventLine[];
	/** Shipping and handling given back by this refund, or 0. */
	shipping: Cents;
	/** A free amount given back (goodwill, price correction), or 0. */
	free: Cents;
	reason: string;
	/** How the money went back ('' for refunds of the older layout). */
	method: string;
	/** By rate, ascending: what this refund gave back (gross) and the VAT inside it. */
	vat: VatLine[];
	amount: Cents;
	/** Its credit note's number, fixed when it was made; null for refunds of the older layout. */
	number: CreditNoteNumber | null;
}

/** The group a record belongs to: its refund id, or its date and device for old records. */
export function refundGroup(r: Pick<RefundRecord, 'refundId' | 'at' | 'deviceId'>): string {
	return r.refundId ?? `${r.at}@${r.deviceId}`;
}

/**
 * The refunds of an order, oldest first (date, then id). Without records (orders from before
 * records were read, tests) units of the older layout make one event, dated `fallbackAt`
 * (default the order's last change).
 */
export function refundEvents(
	order: OrderMoney,
	records: readonly RefundRecord[] = order.refundRecords ?? [],
	fallbackAt = order.updatedAt
): RefundEvent[] {
	const events = [
		...legacyEvents(order, records, fallbackAt),
		...order.refundEntries.map((e) => entryEvent(e))
	];
	return events.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A refund entry as an event: its stored parts, and its VAT by rate. */
export function entryEvent(e: RefundEntry): RefundEvent {
	const byRate = new Map<number, number>();
	for (const l of e.lines) byRate.set(l.vatRate, (byRate.get(l.vatRate) ?? 0) + l.amount);
	if (e.shipping) byRate.set(e.feeVatRate, (byRate.get(e.feeVatRate) ?? 0) + e.shipping);
	for (const f of e.freeByRate) byRate.set(f.rate, (byRate.get(f.rate) ?? 0) + f.amount);
	return {
		id: e.id,
		at: e.at,
		deviceId: e.deviceId,
		lines: e.lines.map(({ lineId, sku, name, vatRate, qty, restocked, amount }) => ({
			lineId,
			sku,
			name,
			vatRate,
			qty,
			restocked,
			amount
		})),
		shipping: e.shipping,
		free: e.free,
		reason: e.reason,
		method: e.method,
		vat: vatByRate(byRate),
		amount: e.amount,
		number: e.number
	};
}

function legacyEvents(
	full: OrderMoney,
	records: readonly RefundRecord[],
	fallbackAt: number
): RefundEvent[] {
	const order = {
		...full,
		refunds: legacyState({ ...full, refundRecords: records.length ? records : full.refundRecords })
	};
	const groups = new Map<string, RefundRecord[]>();
	for (const r of records) {
		const key = refundGroup(r);
		const list = groups.get(key);
		if (list) list.push(r);
		else groups.set(key, [r]);
	}
	if (groups.size === 0 && hasUnits(order.refunds)) {
		return [eventOf(order, { id: 'refund', at: fallbackAt, deviceId: '', state: order.refunds })];
	}
	const sorted = [...groups.entries()]
		.map(([id, list]) => ({ id, list, at: Math.min(...list.map((r) => r.at)) }))
		.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	let before: RefundState = { lines: {}, shipping: false };
	const events: RefundEvent[] = [];
	for (const g of sorted) {
		const after: RefundState = structuredClone(before);
		for (const r of g.list) {
			if (r.lineId === null) after.shipping = true;
			else {
				const entry = (after.lines[r.lineId] ??= { qty: 0, restocked: 0 });
				entry.qty++;
				if (r.restock) entry.restocked++;
			}
		}
		const deviceId = g.list[0]!.deviceId;
		events.push(eventOf(order, { id: g.id, at: g.at, deviceId, state: after, before }));
		before = after;
	}
	return events;
}

function eventOf(
	order: OrderMoney,
	o: { id: string; at: number; deviceId: string; state: RefundState; before?: RefundState }
): RefundEvent {
	const before = o.before ?? { lines: {}, shipping: false };
	const totals = computeTotals(order);
	const gross = (amount: number, rate: number) =>
		order.pricesIncludeVat ? amount : amount + mulDiv(amount, rate, 10000);
	const amount = (refundAmount(order, o.state) - refundAmount(order, before)) as Cents;
	const lines: (RefundEventLine & { rate: VatRate })[] = [];
	order.lines.forEach((line, i) => {
		const now = Math.min(o.state.lines[line.id]?.qty ?? 0, line.quantity);
		const was = Math.min(before.lines[line.id]?.qty ?? 0, line.quantity);
		if (now === was) return;
		const after = gross(totals.lines[i]?.after ?? 0, line.vatRate);
		const share = (q: number) => mulDiv(after, q, line.quantity);
		lines.push({
			lineId: line.id,
			sku: line.sku,
			name: line.name,
			vatRate: line.vatRate,
			qty: now - was,
			restocked: Math.max(
				0,
				(o.state.lines[line.id]?.restocked ?? 0) - (before.lines[line.id]?.restocked ?? 0)
			),
			amount: (share(now) - share(was)) as Cents,
			rate: line.vatRate
		});
	});
	let shipping = (
		o.state.shipping && !before.shipping
			? gross(order.shippingFee + order.handlingFee, order.feeVatRate)
			: 0
	) as Cents;
	const rest = amount - shipping - lines.reduce((a, l) => a + l.amount, 0);
	if (rest !== 0 && lines.length > 0) {
		const largest = lines.reduce((a, l) => (l.amount > a.amount ? l : a));
		largest.amount = (largest.amount + rest) as Cents;
	} else if (rest !== 0) shipping = (shipping + rest) as Cents;
	const byRate = new Map<number, number>();
	for (const l of lines) byRate.set(l.rate, (byRate.get(l.rate) ?? 0) + l.amount);
	if (shipping) byRate.set(order.feeVatRate, (byRate.get(order.feeVatRate) ?? 0) + shipping);
	return {
		id: o.id,
		at: o.at,
		deviceId: o.deviceId,
		lines: lines.map(({ rate: _, ...l }) => l),
		shipping,
		free: 0 as Cents,
		reason: '',
		method: '',
		vat: vatByRate(byRate),
		amount,
		number: null
	};
}

function vatByRate(byRate: Map<number, number>): VatLine[] {
	return [...byRate.entries()]
		.sort(([a], [b]) => a - b)
		.map(([rate, g]) => vatLine({ rate: rate as VatRate, amount: g, pricesIncludeVat: true }));
}

function hasUnits(r: RefundState): boolean {
	return r.shipping || Object.values(r.lines).some((l) => l.qty > 0);
}
