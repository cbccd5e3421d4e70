/** Money views of an order: totals, amount paid, amount refunded, effective payment status. */
import { mulDiv, type Cents } from './money';
import type { Order, RefundState } from './order';
import type { PaymentStatus } from './order-status';
import { computeTotals, type Totals } from './totals';

/** Totals of an order (in cents) computed from its lines, discount and fees. */
export function orderTotals(order: Omit<Order, 'paymentStatus'> | Order): Totals {
	return computeTotals(order);
}

/** Refunded units of a line, never more than the line's quantity. */
export function refundedQty(order: Pick<Order, 'lines'>, refunds: RefundState, lineId: string) {
	const line = order.lines.find((l) => l.id === lineId);
	return Math.min(refunds.lines[lineId]?.qty ?? 0, line?.quantity ?? 0);
}

/** True when every unit and the fees (if any) are refunded. */
export function isFullyRefunded(order: Omit<Order, 'paymentStatus'>, refunds: RefundState) {
	const feesLeft = order.shippingFee + order.handlingFee > 0 && !refunds.shipping;
	return !feesLeft && order.lines.every((l) => refundedQty(order, refunds, l.id) >= l.quantity);
}

/**
 * Amount refunded in cents for a refund state: each line's share after discount, in proportion
 * to its refunded units, plus fees when shipping is refunded; a full refund is exactly the total.
 */
export function refundAmount(order: Omit<Order, 'paymentStatus'>, refunds: RefundState): Cents {
	const totals = orderTotals(order);
	if (isFullyRefunded(order, refunds)) return totals.total;
	const gross = (amount: number, rate: number) =>
		order.pricesIncludeVat ? amount : amount + mulDiv(amount, rate, 10000);
	let amount = 0;
	order.lines.forEach((line, i) => {
		const qty = refundedQty(order, refunds, line.id);
		if (qty === 0) return;
		const after = gross(totals.lines[i]?.after ?? 0, line.vatRate);
		amount += mulDiv(after, qty, line.quantity);
	});
	if (refunds.shipping) amount += gross(order.shippingFee + order.handlingFee, order.feeVatRate);
	return Math.min(amount, totals.total) as Cents;
}

/** Status shown to the seller: refunds first, then cancellation, then the status set by hand. */
export function effectivePaymentStatus(order: Omit<Order, 'paymentStatus'>): PaymentStatus {
	const anyRefund =
		order.refunds.shipping || order.lines.some((l) => refundedQty(order, order.refunds, l.id) > 0);
	if (anyRefund) {
		return isFullyRefunded(order, order.refunds) ? 'refunded' : 'partially_refunded';
	}
	if (order.cancelled) return 'cancelled';
	return order.basePaymentStatus;
}

/** Amount received in cents: the total once paid (refunds imply it was paid), else zero. */
export function paidAmount(order: Order): Cents {
	const paid =
		order.basePaymentStatus === 'paid' ||
		order.paymentStatus === 'refunded' ||
		order.paymentStatus === 'partially_refunded';
	return paid ? orderTotals(order).total : (0 as Cents);
}
