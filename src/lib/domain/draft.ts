/** Drafts (open carts) and digital auto-fulfilment. */
import type { Order } from './order';
import type { FulfilmentStatus } from './order-status';

/** True for a draft left untouched longer than the store's delay: an abandoned cart. */
export function isAbandoned(o: {
	order: Pick<Order, 'draft' | 'updatedAt'>;
	now: number;
	hours: number;
}) {
	return o.order.draft && o.now - o.order.updatedAt > o.hours * 3_600_000;
}

/** Fulfilment an order gets when it becomes paid: delivered when every line is digital. */
export function fulfilmentWhenPaid(
	order: Pick<Order, 'lines' | 'fulfilmentStatus'>
): FulfilmentStatus {
	const allDigital = order.lines.length > 0 && order.lines.every((l) => l.digital);
	const untouched =
		order.fulfilmentStatus === 'awaiting_processing' || order.fulfilmentStatus === 'processing';
	return allDigital && untouched ? 'delivered' : order.fulfilmentStatus;
}

/** True when a line counts as delivered: digital lines are delivered as soon as the order is paid. */
export function isLineDelivered(o: {
	digital: boolean;
	order: Pick<Order, 'paymentStatus' | 'fulfilmentStatus'>;
}) {
	if (o.order.fulfilmentStatus === 'delivered') return true;
	return (
		o.digital &&
		o.order.paymentStatus !== 'awaiting_payment' &&
		o.order.paymentStatus !== 'cancelled'
	);
}
