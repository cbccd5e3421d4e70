/** Which statuses a seller may pick by hand for an order in the list (the core's rules). */
import {
	checkPaymentChange,
	nextFulfilmentStatuses,
	type FulfilmentStatus,
	type PaymentStatus
} from '$lib/domain/order-status';

/** The payment statuses set by hand (cancelled and refunded come from their own actions). */
export const manualPaymentStatuses = [
	'paid',
	'awaiting_payment'
] as const satisfies PaymentStatus[];

/** Statuses offered besides the current one; empty when the order cannot change by hand. */
export function statusChoices(o: {
	kind: 'fulfilment' | 'payment';
	fulfilment: FulfilmentStatus;
	payment: PaymentStatus;
	draft: boolean;
}): string[] {
	if (o.draft) return [];
	if (o.kind === 'fulfilment') {
		return nextFulfilmentStatuses({ from: o.fulfilment, payment: o.payment });
	}
	return manualPaymentStatuses.filter(
		(to) => to !== o.payment && checkPaymentChange(o.payment, to).ok
	);
}
