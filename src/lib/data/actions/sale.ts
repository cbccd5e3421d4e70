/**
 * A sale with its payments, in one transaction: the order, its number, its stock movements, its
 * payments and its "paid" status land together or not at all (y-indexeddb stores one
 * transaction as one update), so a tab closed mid-sale leaves a paid sale or nothing, never an
 * unpaid one. Payments taken later (a balance by phone) are their own action.
 */
import { centsText, maxCents, type Cents } from '../../domain/money';
import { isRecord } from '../../domain/validate';
import { checkPayments, sumPayments, type PaymentInput } from '../../domain/payment';
import { fulfilmentWhenPaid } from '../../domain/draft';
import { orderTotals } from '../../domain/order-money';
import { fail, ok, type Result } from '../../domain/result';
import type * as Y from 'yjs';
import { logActivity, runAction, runNumberingAction, type ActionContext } from '../crdt/context';
import { journal } from '../journal/append';
import { salePaymentsEvent } from '../journal/events';
import { freezeInvoiceNow } from '../crdt/invoice-write';
import { loadOrder } from '../crdt/order-write';
import { maps, orderKeys as k, paymentKey } from '../crdt/schema';
import { planCreate, type Created } from './orders';

function writePayments(
	ctx: ActionContext,
	o: { map: Y.Map<unknown>; payments: readonly PaymentInput[] }
): void {
	for (const p of o.payments) {
		const at = ctx.now();
		o.map.set(paymentKey(ctx.newId()), { ...p, at, deviceId: ctx.deviceId });
		logActivity(ctx, {
			map: o.map,
			kind: 'payment',
			detail: { method: p.method, amount: p.amount }
		});
	}
}

// The order's own method (lists, filters, invoices) is the one that took the most money.
function withMainMethod(input: unknown, payments: readonly PaymentInput[]): unknown {
	if (!isRecord(input) || (typeof input.paymentMethod === 'string' && input.paymentMethod)) {
		return input;
	}
	const main = [...payments].sort((a, b) => b.amount - a.amount)[0];
	return main ? { ...input, paymentMethod: main.method } : input;
}

/**
 * Records a sale with its payments (`[{ method, amount }]`, amounts in cents, at least one,
 * summing to the total: the change given back is not part of them). Resolves with the order's
 * id and number, and the amount paid.
 */
export function recordSale(
	ctx: ActionContext,
	o: { input: unknown; payments: unknown }
): Promise<Result<Created & { paid: Cents }>> {
	return runNumberingAction(ctx, () => {
		const given = checkPayments(o.payments, maxCents);
		if (!given.ok) return given;
		const input = withMainMethod(o.input, given.value);
		const planned = planCreate(ctx, { input, draft: false, paid: true });
		if (!planned.ok) return planned;
		const { total } = planned.value;
		const payments = checkPayments(o.payments, total);
		if (!payments.ok) return payments;
		const paid = sumPayments(payments.value);
		if (paid < total || (total > 0 && payments.value.length === 0)) {
			return fail('payment.notCovered', {
				paid: centsText(paid, { decimal: '.' }),
				total: centsText(total, { decimal: '.' })
			});
		}
		const { id } = planned.value.value;
		return ok({
			value: { ...planned.value.value, paid },
			write: () => {
				planned.value.write();
				const map = maps(ctx.doc).orders.get(id)!;
				writePayments(ctx, { map, payments: payments.value });
				const { number } = planned.value.value;
				journal(ctx, salePaymentsEvent(ctx.now(), { ref: id, number, payments: payments.value }));
			}
		});
	});
}

/**
 * Takes a payment on a placed order (a deposit, the balance, one part of a split), at most
 * what is still due; the order becomes paid once its payments cover the total.
 */
export function addPayment(
	ctx: ActionContext,
	o: { id: string; payment: unknown }
): Promise<Result<{ paid: Cents; due: Cents }>> {
	return runAction(ctx, () => {
		const loaded = loadOrder(ctx, o.id);
		if (!loaded.ok) return loaded;
		const { map, state } = loaded.value;
		const order = state.order;
		if (order.draft) return fail('order.isDraft');
		if (order.paymentStatus !== 'awaiting_payment') return fail('payment.orderClosed');
		const total = orderTotals(order).total;
		const before = sumPayments(order.payments ?? []);
		const checked = checkPayments([o.payment], (total - before) as Cents);
		if (!checked.ok) return checked;
		const paid = (before + sumPayments(checked.value)) as Cents;
		const due = (total - paid) as Cents;
		const fulfilment = due === 0 ? fulfilmentWhenPaid(order) : null;
		return ok({
			value: { paid, due },
			write: () => {
				writePayments(ctx, { map, payments: checked.value });
				// A deposit or a balance is money received: the journal keeps it as it happens.
				journal(
					ctx,
					salePaymentsEvent(ctx.now(), {
						ref: order.id,
						number: order.number,
						payments: checked.value
					})
				);
				if (due > 0) return;
				// Written too so that devices from before payments see the order paid.
				map.set(k.payment, { status: 'paid', at: ctx.now() });
				if (fulfilment && fulfilment !== order.fulfilmentStatus) {
					map.set(k.fulfilment, { status: fulfilment, at: ctx.now() });
				}
				freezeInvoiceNow(ctx, { map, id: order.id });
			}
		});
	});
}
