/**
 * The cash drawer at the day's end: what the seller counts (coin and note counts, or a total),
 * what the drawer should hold (the opening float, plus the day's cash payments, less the day's
 * refunds of orders paid in cash), and the difference to record. Amounts in cents.
 */
import { orderTotals } from './order-money';
import type { Order } from './order';
import { paymentMethodId } from './payment-method';
import { refundEvents } from './refund-events';

/** Euro coins and notes, in cents, largest first. */
export const denominations = [
	50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1
] as const;

/** The total of a count by denomination (units per coin or note value in cents). */
export function countTotal(counts: Readonly<Record<number, number>>): number {
	let total = 0;
	for (const d of denominations) total += d * Math.max(0, Math.trunc(counts[d] ?? 0));
	return total;
}

/** Cash in and out of the drawer in `[from, to)`, in cents. */
export interface CashMoves {
	/** Cash payments received. */
	received: number;
	/** Refunds given back on orders paid in cash. */
	refunded: number;
}

/** The day's cash moves from its orders: cash payments, else (older orders) cash-paid totals. */
export function cashMoves(orders: Iterable<Order>, o: { from: number; to: number }): CashMoves {
	const inDay = (at: number) => at >= o.from && at < o.to;
	let received = 0;
	let refunded = 0;
	for (const order of orders) {
		if (order.draft) continue;
		const payments = order.payments ?? [];
		if (payments.length) {
			for (const p of payments) if (p.method === 'cash' && inDay(p.at)) received += p.amount;
		} else if (
			paymentMethodId(order.paymentMethod) === 'cash' &&
			order.basePaymentStatus === 'paid' &&
			inDay(order.createdAt)
		) {
			received += orderTotals(order).total;
		}
		if (paymentMethodId(order.paymentMethod) !== 'cash') continue;
		for (const r of refundEvents(order)) if (inDay(r.at)) refunded += r.amount;
	}
	return { received, refunded };
}

/** What the drawer should hold, and how far the count is from it (positive: more than due). */
export function drawerBalance(o: { float: number; moves: CashMoves; counted: number }) {
	const expected = o.float + o.moves.received - o.moves.refunded;
	return { expected, counted: o.counted, difference: o.counted - expected };
}
