/** Payment and fulfilment statuses, and which changes a seller may make by hand. */
import { fail, ok, type Result } from './result';

/** Payment statuses, in the order the UI lists them. */
export const paymentStatuses = [
	'awaiting_payment',
	'paid',
	'cancelled',
	'refunded',
	'partially_refunded'
] as const;
/** Where the money stands. */
export type PaymentStatus = (typeof paymentStatuses)[number];

/** Fulfilment statuses, in the order the UI lists them. */
export const fulfilmentStatuses = [
	'awaiting_processing',
	'processing',
	'ready_for_pickup',
	'shipped',
	'delivered',
	'will_not_deliver',
	'returned'
] as const;
/** Where the goods stand. */
export type FulfilmentStatus = (typeof fulfilmentStatuses)[number];

/** Checks untrusted input is a payment status. */
export function checkPaymentStatus(value: unknown): Result<PaymentStatus> {
	return (paymentStatuses as readonly unknown[]).includes(value)
		? ok(value as PaymentStatus)
		: fail('status.unknown', { status: String(value) });
}

/** Checks untrusted input is a fulfilment status. */
export function checkFulfilmentStatus(value: unknown): Result<FulfilmentStatus> {
	return (fulfilmentStatuses as readonly unknown[]).includes(value)
		? ok(value as FulfilmentStatus)
		: fail('status.unknown', { status: String(value) });
}

/**
 * A seller sets "paid" or "awaiting payment" by hand; cancelled and refunded come only from
 * cancelOrder and refundLines, which also move stock.
 */
export function checkPaymentChange(from: PaymentStatus, to: PaymentStatus): Result<PaymentStatus> {
	if (from === 'refunded' || from === 'partially_refunded') {
		return fail('status.refundedLocked');
	}
	const manual = to === 'paid' || to === 'awaiting_payment';
	if (!manual || from === 'cancelled') return fail('status.transition', { from, to });
	return ok(to);
}

const fulfilmentMoves: Record<FulfilmentStatus, readonly FulfilmentStatus[]> = {
	awaiting_processing: [
		'processing',
		'ready_for_pickup',
		'shipped',
		'delivered',
		'will_not_deliver'
	],
	processing: [
		'awaiting_processing',
		'ready_for_pickup',
		'shipped',
		'delivered',
		'will_not_deliver'
	],
	ready_for_pickup: ['processing', 'delivered', 'will_not_deliver'],
	shipped: ['delivered', 'returned'],
	delivered: ['returned'],
	will_not_deliver: [],
	returned: []
};

/** The fulfilment statuses a seller may pick next, given the payment status. */
export function nextFulfilmentStatuses(o: {
	from: FulfilmentStatus;
	payment: PaymentStatus;
}): FulfilmentStatus[] {
	const stopped = o.payment === 'cancelled' || o.payment === 'refunded';
	return fulfilmentMoves[o.from].filter((s) => s !== 'will_not_deliver' || stopped);
}

/** Checks a fulfilment change by hand. */
export function checkFulfilmentChange(o: {
	from: FulfilmentStatus;
	to: FulfilmentStatus;
	payment: PaymentStatus;
}): Result<FulfilmentStatus> {
	if (nextFulfilmentStatuses(o).includes(o.to)) return ok(o.to);
	if (o.to === 'will_not_deliver' && fulfilmentMoves[o.from].includes(o.to)) {
		return fail('status.willNotDeliverNeedsCancel');
	}
	return fail('status.transition', { from: o.from, to: o.to });
}

/** True once the goods have left: cancelling no longer returns them to stock. */
export function hasShipped(status: FulfilmentStatus): boolean {
	return status === 'shipped' || status === 'delivered' || status === 'returned';
}
