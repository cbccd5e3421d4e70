/**
 * The documents of an invoice correction (docs/decisions/0027): the credit note that cancels the
 * replaced invoice, for its whole content as printed, and the list of replaced invoices, each
 * reprinted from what was issued.
 */
import type { Cents } from '../domain/money';
import { invoicesByNumber, numberKey, type IssuedInvoice } from '../domain/issued-invoice';
import { formatCreditNoteNumber } from '../domain/numbering';
import type { Order } from '../domain/order';
import type { Settings } from '../domain/settings';
import type { CreditNoteData } from './credit-note';

/** A replaced invoice as the order page lists it (amounts in cents, dates in ms). */
export interface ReplacedInvoice {
	id: string;
	number: string;
	date: number;
	total: Cents;
	/** The credit note that cancelled it. */
	creditNote: string;
}

function replacements(order: Order): { old: IssuedInvoice; by: IssuedInvoice }[] {
	const byId = new Map(order.issuedInvoices.map((i) => [i.id, i]));
	const canonical = new Map(invoicesByNumber(order).map((i) => [numberKey(i), i]));
	return order.issuedInvoices.flatMap((by) => {
		const replaced = by.replaces === null ? undefined : byId.get(by.replaces);
		const old = replaced && canonical.get(numberKey(replaced));
		return old && by.creditNote ? [{ old, by }] : [];
	});
}

/** Invoices of an order cancelled by a correction, oldest first. */
export function replacedInvoices(o: { order: Order; settings: Settings }): ReplacedInvoice[] {
	return replacements(o.order).map(({ old, by }) => ({
		id: old.id,
		number: old.content.number,
		date: old.content.date,
		total: old.content.total,
		creditNote: formatCreditNoteNumber(by.creditNote!, o.settings.numbering)
	}));
}

/** The credit notes that cancelled replaced invoices: each gives back the whole invoice. */
export function correctionNotes(o: { order: Order; settings: Settings }): CreditNoteData[] {
	return replacements(o.order).map(({ old, by }) => {
		const d = old.content;
		return {
			kind: 'credit-note',
			orderId: o.order.id,
			refundId: `correction:${by.id}`,
			number: formatCreditNoteNumber(by.creditNote!, o.settings.numbering),
			invoiceNumber: d.number,
			invoiceDate: d.date,
			date: by.at,
			seller: d.seller,
			customer: { name: d.customer.name, email: d.customer.email },
			billingAddress: d.billingAddress,
			amount: d.total,
			lines: d.lines.map((l) => ({
				sku: l.sku,
				name: l.name,
				quantity: l.quantity,
				vatRate: l.vatRate,
				amount: l.total
			})),
			shipping: (d.shipping + d.handling) as Cents,
			free: 0 as Cents,
			reason: '',
			method: '',
			vat: d.vat,
			cancels: { discount: d.discount }
		};
	});
}
