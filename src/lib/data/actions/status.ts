/** Payment and fulfilment changes, cancellation and refunds. */
import { fulfilmentWhenPaid } from '../../domain/draft';
import {
	checkFulfilmentChange,
	checkFulfilmentStatus,
	checkPaymentChange,
	checkPaymentStatus
} from '../../domain/order-status';
import { refundAmount } from '../../domain/order-money';
import { planRefund } from '../../domain/refund';
import { fail, ok, type Result } from '../../domain/result';
import { cancelRestock } from '../../domain/stock-movement';
import type { Cents } from '../../domain/money';
import { logActivity, runAction, type ActionContext } from '../crdt/context';
import { journal } from '../journal/append';
import { cancelEvent, paymentChange, refundEvent } from '../journal/events';
import { loadOrder } from '../crdt/order-write';
import { orderKeys as k, refundKey } from '../crdt/schema';

/** Marks an order paid or awaiting payment; digital-only orders are delivered once paid. */
export function setPaymentStatus(
	ctx: ActionContext,
	o: { id: string; status: unknown }
): Promise<Result<void>> {
	return runAction(ctx, () => {
		const loaded = loadOrder(ctx, o.id);
		if (!loaded.ok) return loaded;
		const { map, state } = loaded.value;
		if (state.order.draft) return fail('order.isDraft');
		const status = checkPaymentStatus(o.status);
		if (!status.ok) return status;
		const from = state.order.paymentStatus;
		const to = checkPaymentChange(from, status.value);
		if (!to.ok) return to;
		const fulfilment = to.value === 'paid' ? fulfilmentWhenPaid(state.order) : null;
		return ok({
			value: undefined,
			write: () => {
				map.set(k.payment, { status: to.value, at: ctx.now() });
				logActivity(ctx, { map, kind: 'payment', detail: { from, to: to.value } });
				journal(ctx, paymentChange(ctx.now(), { order: state.order, from, to: to.value }));
				if (fulfilment && fulfilment !== state.order.fulfilmentStatus) {
					map.set(k.fulfilment, { status: fulfilment, at: ctx.now() });
					const detail = { from: state.order.fulfilmentStatus, to: fulfilment, auto: 'digital' };
					logActivity(ctx, { map, kind: 'fulfilment', detail });
				}
			}
		});
	});
}

/** Moves an order along its fulfilment (processing, shipped, delivered…). */
export function setFulfilmentStatus(
	ctx: ActionContext,
	o: { id: string; status: unknown }
): Promise<Result<void>> {
	return runAction(ctx, () => {
		const loaded = loadOrder(ctx, o.id);
		if (!loaded.ok) return loaded;
		const { map, state } = loaded.value;
		if (state.order.draft) return fail('order.isDraft');
		const status = checkFulfilmentStatus(o.status);
		if (!status.ok) return status;
		const from = state.order.fulfilmentStatus;
		const payment = state.order.paymentStatus;
		const to = checkFulfilmentChange({ from, to: status.value, payment });
		if (!to.ok) return to;
		return ok({
			value: undefined,
			write: () => {
				map.set(k.fulfilment, { status: to.value, at: ctx.now() });
				logActivity(ctx, { map, kind: 'fulfilment', detail: { from, to: to.value } });
			}
		});
	});
}

/** Cancels an unpaid order; goods not yet shipped go back to stock. */
export function cancelOrder(ctx: ActionContext, id: string): Promise<Result<void>> {
	return runAction(ctx, () => {
		const loaded = loadOrder(ctx, id);
		if (!loaded.ok) return loaded;
		const { map, state } = loaded.value;
		if (state.order.draft) return fail('order.isDraft');
		if (state.order.paymentStatus !== 'awaiting_payment') return fail('cancel.notAllowed');
		const restock = cancelRestock(state.order);
		return ok({
			value: undefined,
			write: () => {
				map.set(k.cancel, { at: ctx.now(), deviceId: ctx.deviceId, restock });
				logActivity(ctx, { map, kind: 'cancelled', detail: { from: state.order.paymentStatus } });
				journal(ctx, cancelEvent(ctx.now(), state.order));
			}
		});
	});
}

/**
 * Refunds chosen quantities of chosen lines (restock on unless unticked), with or without the
 * shipping, or the whole order. Resolves with the amount refunded by this refund, in cents.
 */
export function refundLines(
	ctx: ActionContext,
	o: { id: string; request: unknown }
): Promise<Result<{ amount: Cents }>> {
	return runAction(ctx, () => {
		const loaded = loadOrder(ctx, o.id);
		if (!loaded.ok) return loaded;
		const { map, state } = loaded.value;
		const plan = planRefund(state.order, o.request);
		if (!plan.ok) return plan;
		const before = refundAmount(state.order, state.order.refunds);
		const after = structuredClone(state.order.refunds);
		for (const u of plan.value.units) {
			const entry = (after.lines[u.lineId] ??= { qty: 0, restocked: 0 });
			entry.qty++;
			if (u.restock) entry.restocked++;
		}
		after.shipping ||= plan.value.shipping;
		const amount = (refundAmount(state.order, after) - before) as Cents;
		return ok({
			value: { amount },
			write: () => {
				const at = ctx.now();
				// One id on every record of this refund, so it reads back as one event (credit note).
				const refundId = ctx.newId();
				const record = { at, deviceId: ctx.deviceId, refundId };
				for (const u of plan.value.units) {
					map.set(refundKey(u.lineId, u.slot), { restock: u.restock, ...record });
				}
				if (plan.value.shipping) map.set(k.shippingRefund, record);
				const detail = {
					refundId,
					amount,
					units: plan.value.units.length,
					shipping: plan.value.shipping ? 1 : 0
				};
				logActivity(ctx, { map, kind: 'refund', detail });
				journal(
					ctx,
					refundEvent(at, {
						order: state.order,
						before: state.order.refunds,
						after,
						amount,
						refundId
					})
				);
			}
		});
	});
}
