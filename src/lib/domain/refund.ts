/**
 * Refunds in one place: what is left to refund, the plan of a refund and its amount. The refund
 * dialog's preview and the `refundLines` action both call `planRefund`, and the action stores
 * the plan as it is, so the amount shown is the amount refunded by construction.
 *
 * A refund's amount for units is how much the value of the order's refunded units grows
 * (order-money.ts `refundAmount`): refunding everything, in one refund or several, is exactly the
 * total. The amount is stored in the refund (refund-record.ts) and never recomputed, so an edit
 * or a merge cannot shrink a refund already made, and two devices' refunds both count.
 */
import type { Cents } from './money';
import type { Order } from './order';
import { grossOf, orderTotals, paidAmount, refundAmount, refundedAmount } from './order-money';
import type { RefundEntry, RefundEntryLine, RefundState, CreditNoteNumber } from './refund-record';
import { fail, ok, type Result } from './result';
import { checkQuantity, checkText, isRecord } from './validate';
import { centsText, mulDiv } from './money';
import { allocate } from './totals';

/** Request: lines (by id or SKU) and quantities, restock on by default; or the whole order. */
export interface RefundRequest {
	whole?: boolean;
	lines?: { lineId?: string; sku?: string; qty: number; restock?: boolean }[];
	shipping?: boolean;
	/** A free amount in cents (goodwill, price correction), beside or instead of units. */
	free?: number;
	reason?: string;
	/** How the money goes back; the order's payment method when left out. */
	method?: string;
}

/** What a refund gives back: everything its entry stores except who, when and its number. */
export type RefundPlan = Omit<RefundEntry, 'id' | 'at' | 'deviceId' | 'number'>;

/** Units of a line not yet refunded, every refund seen counted (never below zero). */
export function refundableQty(order: Order, lineId: string): number {
	const line = order.lines.find((l) => l.id === lineId);
	return Math.max(0, (line?.quantity ?? 0) - (order.refunds.lines[lineId]?.qty ?? 0));
}

/** Money not yet refunded, in cents: what was paid minus every refund seen (never below zero). */
export function refundableAmount(order: Order): Cents {
	return Math.max(0, paidAmount(order) - refundedAmount(order)) as Cents;
}

/** Units of a line that may still go back to stock: not yet restocked nor returned by a cancel. */
export function restockableQty(order: Order, lineId: string): number {
	const line = order.lines.find((l) => l.id === lineId);
	const restocked = order.refunds.lines[lineId]?.restocked ?? 0;
	const cancelled = order.cancelled?.restock[lineId] ?? 0;
	return Math.max(0, (line?.quantity ?? 0) - restocked - cancelled);
}

/** Checks a refund request against an order and plans what it gives back, amounts in cents. */
export function planRefund(order: Order, request: unknown): Result<RefundPlan> {
	if (!isRecord(request)) return fail('input.notObject');
	const status = order.paymentStatus;
	if (status !== 'paid' && status !== 'partially_refunded') return fail('refund.notPaid');
	const wanted = new Map<string, { qty: number; restock: boolean }>();
	if (request.whole === true) {
		for (const line of order.lines) {
			const qty = refundableQty(order, line.id);
			if (qty > 0) wanted.set(line.id, { qty, restock: true });
		}
	}
	for (const raw of Array.isArray(request.lines) ? request.lines : []) {
		if (!isRecord(raw)) return fail('input.notObject');
		const line = order.lines.find((l) =>
			raw.lineId !== undefined ? l.id === raw.lineId : l.sku === raw.sku && !!raw.sku
		);
		if (!line) return fail('refund.unknownLine', { sku: String(raw.sku ?? raw.lineId ?? '') });
		const qty = checkQuantity(raw.qty, 1);
		if (!qty.ok) return qty;
		const before = wanted.get(line.id)?.qty ?? 0;
		wanted.set(line.id, { qty: before + qty.value, restock: raw.restock !== false });
	}
	for (const [lineId, { qty }] of wanted) {
		const left = refundableQty(order, lineId);
		if (qty > left) return fail('refund.abovePaid', { lineId, refundable: left });
	}
	const fees = order.shippingFee + order.handlingFee > 0;
	const shipping = request.shipping === true || (request.whole === true && fees);
	if (shipping && order.refunds.shipping && request.whole !== true) {
		return fail('refund.shippingAlreadyRefunded');
	}
	const newShipping = shipping && fees && !order.refunds.shipping;
	const free = request.free ?? 0;
	if (typeof free !== 'number' || !Number.isSafeInteger(free))
		return fail('money.invalid', { text: String(free) });
	if (free < 0) return fail('money.negative');
	const reason = checkText(request.reason, { field: 'refund.reason', max: 200 });
	if (!reason.ok) return reason;
	const method = checkText(request.method ?? order.paymentMethod, {
		field: 'refund.method',
		max: 60
	});
	if (!method.ok) return method;
	if (wanted.size === 0 && !newShipping && free === 0) return fail('refund.empty');
	const units = unitsPlan(order, { wanted, shipping: newShipping });
	// Units and a free amount together never give back more than is left of what was paid.
	const left = refundableAmount(order);
	if (units.amount + free > left) {
		return fail('refund.aboveRemaining', { refundable: centsText(left, { decimal: '.' }) });
	}
	return ok({
		lines: units.lines,
		shipping: units.shipping,
		free: free as Cents,
		freeByRate: freeByRate(order, free),
		reason: reason.value,
		method: method.value,
		amount: (units.amount + free) as Cents,
		feeVatRate: order.feeVatRate
	});
}

/** The refund entry a plan becomes once it has an id, a date, a device and a number. */
export function refundEntry(
	plan: RefundPlan,
	o: { id: string; at: number; deviceId: string; number: CreditNoteNumber | null }
): RefundEntry {
	return { id: o.id, at: o.at, deviceId: o.deviceId, ...plan, number: o.number };
}

// A free amount lowers what was sold at each rate in proportion to the order's total per rate,
// so the VAT the seller gives back matches what was collected.
function freeByRate(order: Order, free: number): RefundPlan['freeByRate'] {
	if (free === 0) return [];
	const vat = orderTotals(order).vat.filter((v) => v.gross > 0);
	if (vat.length === 0) return [{ rate: order.feeVatRate, amount: free as Cents }];
	const shares = allocate(
		free,
		vat.map((v) => v.gross)
	);
	return vat.map((v, i) => ({ rate: v.rate, amount: shares[i] as Cents })).filter((f) => f.amount);
}

// Each line's amount is the growth of its share; the cent of rounding between per-line and
// per-rate VAT (prices without VAT only) goes to the largest line, so the parts add up.
function unitsPlan(
	order: Order,
	o: { wanted: Map<string, { qty: number; restock: boolean }>; shipping: boolean }
): { lines: RefundEntryLine[]; shipping: Cents; amount: Cents } {
	const before = order.refunds;
	const after: RefundState = structuredClone(before);
	for (const [lineId, { qty }] of o.wanted) {
		const entry = (after.lines[lineId] ??= { qty: 0, restocked: 0 });
		entry.qty += qty;
	}
	after.shipping ||= o.shipping;
	const amount = refundAmount(order, after) - refundAmount(order, before);
	const totals = orderTotals(order);
	const lines: RefundEntryLine[] = [];
	order.lines.forEach((line, i) => {
		const w = o.wanted.get(line.id);
		if (!w) return;
		const was = Math.min(before.lines[line.id]?.qty ?? 0, line.quantity);
		const gross = grossOf(order, totals.lines[i]?.after ?? 0, line.vatRate);
		const share = (q: number) => mulDiv(gross, q, line.quantity);
		lines.push({
			lineId: line.id,
			sku: line.sku,
			name: line.name,
			vatRate: line.vatRate,
			qty: w.qty,
			restocked: w.restock ? Math.min(w.qty, restockableQty(order, line.id)) : 0,
			amount: (share(was + w.qty) - share(was)) as Cents
		});
	});
	let shipping = o.shipping
		? grossOf(order, order.shippingFee + order.handlingFee, order.feeVatRate)
		: 0;
	const rest = amount - shipping - lines.reduce((a, l) => a + l.amount, 0);
	if (rest !== 0 && lines.length > 0) {
		const largest = lines.reduce((a, l) => (l.amount > a.amount ? l : a));
		largest.amount = (largest.amount + rest) as Cents;
	} else if (rest !== 0) shipping += rest;
	return { lines, shipping: shipping as Cents, amount: amount as Cents };
}
