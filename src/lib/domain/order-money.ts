/**
 * Money views of an order: totals, amount paid, amount refunded, effective payment status.
 *
 * The amount refunded is the sum of the refunds: each refund made since refunds are events
 * stores its amount, fixed when it was made, so a later edit or a merge never shrinks it; units
 * refunded in the older layout are valued as before (their share of the lines, the total when
 * everything is refunded).
 */
import { mulDiv, type Cents } from './money';
import type { Order } from './order';
import type { PaymentStatus } from './order-status';
import { sumPayments } from './payment';
import { legacyState, type RefundState } from './refund-record';
import { computeTotals, type Totals } from './totals';

/** What money views read of an order (its derived payment status aside). */
export type OrderMoney = Omit<Order, 'paymentStatus'>;

/** Totals of an order (in cents) computed from its lines, discount and fees. */
export function orderTotals(order: OrderMoney | Order): Totals {
	return computeTotals(order);
}

/** Refunded units of a line in a refund state, never more than the line's quantity. */
export function refundedQty(order: Pick<Order, 'lines'>, refunds: RefundState, lineId: string) {
	const line = order.lines.find((l) => l.id === lineId);
	return Math.min(refunds.lines[lineId]?.qty ?? 0, line?.quantity ?? 0);
}

/** True when every unit and the fees (if any) are refunded in a refund state. */
export function isFullyRefunded(order: OrderMoney, refunds: RefundState) {
	const feesLeft = order.shippingFee + order.handlingFee > 0 && !refunds.shipping;
	return !feesLeft && order.lines.every((l) => refundedQty(order, refunds, l.id) >= l.quantity);
}

/**
 * Value in cents of the units (and shipping) of a refund state: each line's share after discount,
 * in proportion to its refunded units, plus fees when shipping is refunded; everything refunded
 * is exactly the total. A refund's amount is how much this value grows (refund.ts).
 */
export function refundAmount(order: OrderMoney, refunds: RefundState): Cents {
	const totals = orderTotals(order);
	if (isFullyRefunded(order, refunds)) return totals.total;
	let amount = 0;
	order.lines.forEach((line, i) => {
		const qty = refundedQty(order, refunds, line.id);
		if (qty === 0) return;
		const after = grossOf(order, totals.lines[i]?.after ?? 0, line.vatRate);
		amount += mulDiv(after, qty, line.quantity);
	});
	if (refunds.shipping)
		amount += grossOf(order, order.shippingFee + order.handlingFee, order.feeVatRate);
	return Math.min(amount, totals.total) as Cents;
}

/** An amount with VAT: as is when prices include VAT, else plus the rate's VAT. */
export function grossOf(order: Pick<Order, 'pricesIncludeVat'>, amount: number, rate: number) {
	return order.pricesIncludeVat ? amount : amount + mulDiv(amount, rate, 10000);
}

/** Amount refunded in cents: every refund event, plus units refunded in the older layout. */
export function refundedAmount(order: OrderMoney): Cents {
	const legacy = refundAmount(order, legacyState(order));
	return order.refundEntries.reduce<number>((a, e) => a + e.amount, legacy) as Cents;
}

/** True when anything was refunded: units, shipping or a free amount. */
export function hasRefund(order: OrderMoney): boolean {
	return (
		order.refunds.shipping ||
		Object.values(order.refunds.lines).some((l) => l.qty > 0) ||
		order.refundEntries.some((e) => e.amount > 0)
	);
}

/**
 * Status shown to the seller: refunds first, then payment (a payment merged with a
 * cancellation made elsewhere keeps the order paid, and is flagged: refund-conflicts.ts), then
 * cancellation, then the status set by hand.
 */
export function effectivePaymentStatus(order: OrderMoney): PaymentStatus {
	if (hasRefund(order)) {
		const total = orderTotals(order).total;
		const all =
			isFullyRefunded(order, order.refunds) || (total > 0 && refundedAmount(order) >= total);
		return all ? 'refunded' : 'partially_refunded';
	}
	if (order.cancelled && order.basePaymentStatus !== 'paid') return 'cancelled';
	return order.basePaymentStatus;
}

/** Amount received in cents once paid (refunds imply it was paid), else zero. */
export function paidAmount(order: Order): Cents {
	const paid =
		order.basePaymentStatus === 'paid' ||
		order.paymentStatus === 'refunded' ||
		order.paymentStatus === 'partially_refunded';
	if (!paid) return 0 as Cents;
	// What was received: the total, or more when a corrected invoice lowered it after payment
	// (the difference is the customer's, refundable).
	const received = sumPayments(order.payments ?? []);
	return Math.max(orderTotals(order).total, received) as Cents;
}
