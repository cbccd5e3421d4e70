/**
 * Refunds as events: which refund refunded what, when, for how much. The order keeps one
 * record per refunded unit (and one for the shipping, see refund.ts); each record written since
 * refund ids exist carries the id of the refund that wrote it, older ones are grouped by their
 * date and device (one refund wrote them all in one transaction, with one date).
 *
 * Two devices refunding the same unit offline write the same slot; after the merge the slot
 * holds one record, the one Yjs keeps (the same on every device), so the unit belongs to that
 * record's refund and to no other (docs/decisions/0006). A refund left with no record is no
 * longer an event.
 *
 * Amounts are cumulative differences, refunds taken in date order (then id): a refund's amount
 * is what the order's refunded amount grew by, exactly what `refundLines` answered when nothing
 * was merged, and the refunds of an order always add up to its refunded amount. A line's amount
 * is the growth of its share; when the refund completes the order, the cent of rounding between
 * per-line and per-rate VAT (prices without VAT only) goes to the refund's largest line.
 */
import { mulDiv, type Cents } from './money';
import type { Order, RefundState } from './order';
import { refundAmount } from './order-money';
import { computeTotals, vatLine, type VatLine } from './totals';
import type { VatRate } from './vat';

/** One stored refund record: a refunded unit of a line (slot from 1), or the shipping (null). */
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

/** What one refund gave back on one line; amount in cents, with VAT. */
export interface RefundEventLine {
	lineId: string;
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
	/** By rate, ascending: what this refund gave back (gross) and the VAT inside it. */
	vat: VatLine[];
	amount: Cents;
}

/** The group a record belongs to: its refund id, or its date and device for old records. */
export function refundGroup(r: Pick<RefundRecord, 'refundId' | 'at' | 'deviceId'>): string {
	return r.refundId ?? `${r.at}@${r.deviceId}`;
}

/**
 * The refunds of an order, oldest first. Without records (orders from before records were read,
 * tests) an order with refunds has one event for them all, dated `fallbackAt` (default its last
 * change).
 */
export function refundEvents(
	order: Omit<Order, 'paymentStatus'>,
	records: readonly RefundRecord[] = order.refundRecords ?? [],
	fallbackAt = order.updatedAt
): RefundEvent[] {
	const groups = new Map<string, RefundRecord[]>();
	for (const r of records) {
		const key = refundGroup(r);
		const list = groups.get(key);
		if (list) list.push(r);
		else groups.set(key, [r]);
	}
	if (groups.size === 0 && hasRefund(order.refunds)) {
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
	order: Omit<Order, 'paymentStatus'>,
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
	const vat = [...byRate.entries()]
		.sort(([a], [b]) => a - b)
		.map(([rate, g]) => vatLine({ rate: rate as VatRate, amount: g, pricesIncludeVat: true }));
	return {
		id: o.id,
		at: o.at,
		deviceId: o.deviceId,
		lines: lines.map(({ rate: _, ...l }) => l),
		shipping,
		vat,
		amount
	};
}

function hasRefund(r: RefundState): boolean {
	return r.shipping || Object.values(r.lines).some((l) => l.qty > 0);
}
