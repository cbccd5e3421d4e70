/** Payment and fulfilment changes, cancellation and refunds. */
import { fulfilmentWhenPaid } from '../../domain/draft';
import {
	checkFulfilmentChange,
	checkFulfilmentStatus,
	checkPaymentChange,
	checkPaymentStatus
} from '../../domain/order-status';
import { planRefund, refundEntry } from '../../domain/refund';
import { addEntries, type CreditNoteNumber } from '../../domain/refund-record';
import { fail, ok, type Result } from '../../domain/result';
import { cancelRestock } from '../../domain/stock-movement';
import type { Cents } from '../../domain/money';
import { logActivity, runAction, runNumberingAction, type ActionContext } from '../crdt/context';
import { journal } from '../journal/append';
import { journalDocument } from '../journal/documents';
import { cancelEvent, paymentChange, refundEvent } from '../journal/events';
import { freezeInvoiceNow } from '../crdt/invoice-write';
import { loadOrder, planCreditNoteNumber } from '../crdt/order-write';
import { invoicePrintedKey, orderKeys as k, refundEventKey } from '../crdt/schema';
import { currentInvoice, numberKey } from '../../domain/issued-invoice';

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
				// Paid means invoiced: the invoice is frozen as it stands now (decision 0027).
				if (to.value === 'paid') freezeInvoiceNow(ctx, { map, id: o.id });
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
 * shipping, a free amount, or the whole order: one refund event under its own id, with its
 * credit-note number taken now in this device's series. Resolves with the amount refunded by
 * this refund, in cents (the amount `planRefund` previews), and the credit-note number.
 */
export function refundLines(
	ctx: ActionContext,
	o: { id: string; request: unknown }
): Promise<Result<{ amount: Cents; refundId: string; number: CreditNoteNumber }>> {
	return runNumberingAction(ctx, () => {
		const loaded = loadOrder(ctx, o.id);
		if (!loaded.ok) return loaded;
		const { map, state } = loaded.value;
		const plan = planRefund(state.order, o.request);
		if (!plan.ok) return plan;
		const numbering = planCreditNoteNumber(ctx);
		const refundId = ctx.newId();
		const entry = refundEntry(plan.value, {
			id: refundId,
			at: ctx.now(),
			deviceId: ctx.deviceId,
			number: numbering.number
		});
		return ok({
			value: { amount: entry.amount, refundId, number: numbering.number },
			write: () => {
				numbering.write();
				map.set(refundEventKey(refundId), entry);
				const detail = {
					refundId,
					amount: entry.amount,
					units: entry.lines.reduce((a, l) => a + l.qty, 0),
					shipping: entry.shipping > 0 ? 1 : 0
				};
				logActivity(ctx, { map, kind: 'refund', detail });
				journal(
					ctx,
					refundEvent(entry.at, {
						order: state.order,
						before: state.order.refunds,
						after: addEntries(state.order.refunds, [entry]),
						amount: entry.amount,
						refundId
					})
				);
			}
		});
	});
}

// Issuing one order's invoice (first copy or duplicate), planned inside an action.
function planIssue(
	ctx: ActionContext,
	id: string
): Result<{ duplicate: boolean; write: () => void }> {
	const loaded = loadOrder(ctx, id);
	if (!loaded.ok) return loaded;
	const { map, state } = loaded.value;
	if (state.order.draft) return fail('order.isDraft');
	// `inv` marks the order's first invoice printed; an invoice issued by a correction has its
	// own mark, so its first copy is an original too.
	const current = currentInvoice(state.order);
	const corrected = current !== null && current.replaces !== null;
	const mark = corrected ? invoicePrintedKey(current.id) : k.invoiceIssued;
	const duplicate = corrected ? map.has(mark) : state.order.invoiceIssuedAt !== null;
	return ok({
		duplicate,
		write: () => {
			if (!duplicate) map.set(mark, { at: ctx.now(), deviceId: ctx.deviceId });
			// The copy printed is the frozen invoice: frozen now if this is the first time it is
			// needed (also for orders invoiced before invoices were frozen).
			freezeInvoiceNow(ctx, { map, id });
			journalDocument(ctx, {
				order: state.order,
				document: { kind: 'invoice' },
				duplicate,
				number: corrected ? numberKey(current) : undefined
			});
		}
	});
}

/**
 * Records that the invoice is being printed or downloaded. Resolves with `duplicate: true` when
 * it was already issued (on any device): that copy is marked "Duplicata".
 */
export function issueInvoice(
	ctx: ActionContext,
	id: string
): Promise<Result<{ duplicate: boolean }>> {
	return runAction(ctx, () => {
		const planned = planIssue(ctx, id);
		if (!planned.ok) return planned;
		return ok({ value: { duplicate: planned.value.duplicate }, write: planned.value.write });
	});
}

/**
 * The invoices of several orders printed in one PDF, issued in one transaction: resolves with
 * the orders whose copy is a duplicate. Drafts have no invoice and are left out.
 */
export function issueInvoices(
	ctx: ActionContext,
	ids: readonly string[]
): Promise<Result<{ issued: string[]; duplicates: string[] }>> {
	return runAction(ctx, () => {
		const issued: string[] = [];
		const duplicates: string[] = [];
		const writes: (() => void)[] = [];
		for (const id of new Set(ids)) {
			const planned = planIssue(ctx, id);
			if (!planned.ok) continue;
			issued.push(id);
			if (planned.value.duplicate) duplicates.push(id);
			writes.push(planned.value.write);
		}
		return ok({ value: { issued, duplicates }, write: () => writes.forEach((w) => w()) });
	});
}
