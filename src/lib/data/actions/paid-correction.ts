/**
 * A correction of a paid invoice and the money received: the customer paid the invoice as it
 * was issued, not the new total. So the amount received never follows the new lines:
 * - an order marked paid by hand gets a payment record of what it received (the cancelled
 *   invoice's total, dated when it was marked paid); the journal already holds that payment;
 * - a new total above what was received leaves a balance due: the order awaits payment again
 *   (nothing is journalled, no money moved) and the balance is taken like any other payment;
 * - a new total below it leaves the difference with the seller, refundable to the customer.
 */
import type * as Y from 'yjs';
import type { Cents } from '../../domain/money';
import type { Order } from '../../domain/order';
import { sumPayments } from '../../domain/payment';
import { paymentMethodId } from '../../domain/payment-method';
import { logActivity, type ActionContext } from '../crdt/context';
import { orderKeys as k, paymentKey } from '../crdt/schema';

/** Call inside the correction's write, with the cancelled invoice's total and the new one. */
export function keepWhatWasReceived(
	ctx: ActionContext,
	o: { map: Y.Map<unknown>; before: Order; billedTotal: Cents; newTotal: Cents }
): void {
	if (o.before.basePaymentStatus !== 'paid') return;
	const payments = o.before.payments ?? [];
	let received = sumPayments(payments);
	if (payments.length === 0 && o.billedTotal > 0) {
		received = o.billedTotal;
		const mark = o.map.get(k.payment) as { at?: unknown } | undefined;
		const at = typeof mark?.at === 'number' ? mark.at : ctx.now();
		o.map.set(paymentKey(ctx.newId()), {
			method: paymentMethodId(o.before.paymentMethod) || 'other',
			amount: received,
			at,
			deviceId: ctx.deviceId
		});
	}
	if (o.newTotal > received) {
		o.map.set(k.payment, { status: 'awaiting_payment', at: ctx.now() });
		const detail = { from: 'paid', to: 'awaiting_payment' };
		logActivity(ctx, { map: o.map, kind: 'payment', detail });
	}
}
