/**
 * Freezing and correcting invoices (domain/issued-invoice.ts, docs/decisions/0027). The two entry
 * points a document journal hooks onto: `planFreezeInvoice` (the first invoice of an order,
 * issued once) and `planCorrectInvoice` (a credit note for the current invoice and a new one).
 */
import type * as Y from 'yjs';
import { invoiceContent } from '../../domain/invoice-content';
import { currentInvoice, type IssuedInvoice } from '../../domain/issued-invoice';
import { formatOrderNumber } from '../../domain/numbering';
import type { Order } from '../../domain/order';
import type { CreditNoteNumber } from '../../domain/refund-record';
import type { ActionContext } from './context';
import { readOrderMap } from './order-read';
import { planCreditNoteNumber, planNumber } from './order-write';
import { issuedInvoiceKey } from './schema';
import { readSettings } from './settings-read';

type Stored = Omit<IssuedInvoice, 'id'>;

/**
 * Plans freezing an order's first invoice from `order` (its content now, or as it is about to
 * be, e.g. just paid); null when one is already frozen or the order has no number. An order
 * invoiced before invoices were frozen is frozen here, from its current content, the first
 * time it is needed.
 */
export function planFreezeInvoice(
	ctx: ActionContext,
	o: { map: Y.Map<unknown>; order: Order }
): { id: string; invoice: Stored; write: () => void } | null {
	const { order } = o;
	if (order.draft || !order.number || currentInvoice(order)) return null;
	const settings = readSettings(ctx.doc);
	const invoice: Stored = {
		number: order.number,
		at: ctx.now(),
		deviceId: ctx.deviceId,
		replaces: null,
		creditNote: null,
		content: invoiceContent({
			order,
			settings,
			number: formatOrderNumber(order.number, settings.numbering)
		})
	};
	const id = ctx.newId();
	return { id, invoice, write: () => o.map.set(issuedInvoiceKey(id), structuredClone(invoice)) };
}

/**
 * Freezes the first invoice of an order from what the transaction has written so far (call it
 * last in a write: paid, printed, sold); nothing when one is frozen already.
 */
export function freezeInvoiceNow(ctx: ActionContext, o: { map: Y.Map<unknown>; id: string }): void {
	const state = readOrderMap(o.id, o.map);
	if (state) planFreezeInvoice(ctx, { map: o.map, order: state.order })?.write();
}

/** What a correction issued: the credit note cancelling the old invoice and the new invoice. */
export interface Correction {
	/** Formatted number of the invoice cancelled. */
	cancelled: string;
	creditNote: CreditNoteNumber;
	invoice: Stored;
}

/**
 * Plans the correction of an invoiced order whose lines or amounts change to `after`: in one
 * transaction, the current invoice (frozen first if it never was) is cancelled by a credit note
 * numbered in this device's credit-note series, and a new invoice is issued with this device's
 * next order number. Run under the numbering lock (runNumberingAction).
 */
export function planCorrectInvoice(
	ctx: ActionContext,
	o: { map: Y.Map<unknown>; before: Order; after: Order }
): { value: Correction; write: () => void } {
	const settings = readSettings(ctx.doc);
	const freeze = planFreezeInvoice(ctx, { map: o.map, order: o.before });
	// An order invoiced before invoices were frozen has none yet: its current content is it.
	const old = freeze ? { id: freeze.id, ...freeze.invoice } : currentInvoice(o.before)!;
	const credit = planCreditNoteNumber(ctx);
	const numbering = planNumber(ctx);
	const id = ctx.newId();
	const at = ctx.now();
	const invoice: Stored = {
		number: numbering.number,
		at,
		deviceId: ctx.deviceId,
		replaces: old.id,
		creditNote: credit.number,
		content: invoiceContent({
			order: o.after,
			settings,
			number: formatOrderNumber(numbering.number, settings.numbering),
			date: at
		})
	};
	return {
		value: { cancelled: old.content.number, creditNote: credit.number, invoice },
		write: () => {
			freeze?.write();
			credit.write();
			numbering.write();
			o.map.set(issuedInvoiceKey(id), structuredClone(invoice));
		}
	};
}
