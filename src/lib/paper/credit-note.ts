/**
 * Credit notes: one per refund, each referring to the invoice it corrects and listing only what
 * that refund gave back (lines, shipping, VAT by rate). They are numbered from the invoice in
 * the refunds' date order (`A-12-A1`, `A-12-A2`…), so every device that holds the same refunds
 * prints the same numbers. A refund that reaches a device late with an earlier date than
 * refunds already there moves their numbers up by one (see docs/decisions/0006).
 */
import type { Cents } from '../domain/money';
import { refundEvents, type RefundEvent } from '../domain/refund-events';
import type { Settings } from '../domain/settings';
import type { VatLine } from '../domain/totals';
import type { VatRate } from '../domain/vat';
import { billTo, sellerOf, type PaperOrder, type Seller } from './documents';

/** A refunded line: units given back by this refund and their amount in cents (with VAT). */
export interface CreditLine {
	sku: string;
	name: string;
	quantity: number;
	vatRate: VatRate;
	amount: Cents;
}

/** A credit note for one refund. */
export interface CreditNoteData {
	kind: 'credit-note';
	orderId: string;
	/** Id of the refund it documents. */
	refundId: string;
	/** Credit note number: the invoice number, `-A` and its position among the refunds. */
	number: string;
	invoiceNumber: string;
	invoiceDate: number;
	/** Date of the refund, ms since the epoch. */
	date: number;
	seller: Seller;
	customer: { name: string; email: string };
	billingAddress: string[] | null;
	/** Amount of this refund, in cents (positive). */
	amount: Cents;
	/** Lines this refund gave units back on. */
	lines: CreditLine[];
	/** Shipping and handling refunded by this refund (cents, with VAT), or 0. */
	shipping: Cents;
	/** VAT given back, by rate (gross, net and VAT in cents). */
	vat: VatLine[];
}

/** The number of the n-th (1-based) credit note of an invoice. */
export function creditNoteNumber(invoiceNumber: string, n: number): string {
	return `${invoiceNumber}-A${n}`;
}

/** Credit notes of an order, oldest first; none when nothing was refunded. */
export function creditNotes(o: PaperOrder & { settings: Settings }): CreditNoteData[] {
	const { order } = o;
	return refundEvents(order)
		.filter((e) => e.amount !== 0 || e.lines.length > 0 || e.shipping !== 0)
		.map((event, i) => creditNote(o, event, i + 1));
}

function creditNote(
	o: PaperOrder & { settings: Settings },
	event: RefundEvent,
	n: number
): CreditNoteData {
	const { order } = o;
	const lines = new Map(order.lines.map((l) => [l.id, l]));
	return {
		kind: 'credit-note',
		orderId: order.id,
		refundId: event.id,
		number: creditNoteNumber(o.displayNumber, n),
		invoiceNumber: o.displayNumber,
		invoiceDate: order.createdAt,
		date: event.at,
		seller: sellerOf(o.settings),
		customer: { name: order.customer.name, email: order.customer.email },
		billingAddress: billTo(order),
		amount: event.amount,
		lines: event.lines.flatMap((l) => {
			const line = lines.get(l.lineId);
			if (!line) return [];
			return [
				{
					sku: line.sku,
					name: line.name,
					quantity: l.qty,
					vatRate: line.vatRate,
					amount: l.amount
				}
			];
		}),
		shipping: event.shipping,
		vat: event.vat
	};
}
