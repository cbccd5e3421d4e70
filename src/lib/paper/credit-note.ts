/**
 * Credit notes: one per refund, each referring to the invoice it corrects and listing only what
 * that refund gave back (lines, shipping, a free amount, VAT by rate). A refund's credit note
 * number is taken when the refund is made, in the refunding device's series (`K7QMP-A3`), and
 * stored with it: it never moves, whatever arrives later (docs/decisions/0024). Refunds of the
 * older layout carry no number: theirs are counted from the invoice among them, in date order
 * (`A-12-A1`, `A-12-A2`…), as before.
 */
import type { Cents } from '../domain/money';
import { formatCreditNoteNumber } from '../domain/numbering';
import { refundEvents, type RefundEvent } from '../domain/refund-events';
import type { Settings } from '../domain/settings';
import type { VatLine } from '../domain/totals';
import type { VatRate } from '../domain/vat';
import { invoicesByNumber } from '../domain/issued-invoice';
import { billTo, sellerOf, type PaperOrder, type Seller } from './documents';
import { correctionNotes } from './invoice-correction';

// The invoice a refund corrects: the last one issued by then (the order's own number before any
// invoice was frozen).
function invoiceAt(o: PaperOrder, at: number): { invoiceNumber: string; invoiceDate: number } {
	const issued = invoicesByNumber(o.order).filter((i, k) => k === 0 || i.at <= at);
	const last = issued.at(-1);
	return last
		? { invoiceNumber: last.content.number, invoiceDate: last.content.date }
		: { invoiceNumber: o.displayNumber, invoiceDate: o.order.createdAt };
}

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
	/** A copy of a credit note already issued: marked "Duplicata". */
	duplicate?: boolean;
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
	/** A free amount given back (goodwill, price correction), cents with VAT, or 0, and why. */
	free: Cents;
	reason: string;
	/** How the money went back ('' when not recorded). */
	method: string;
	/** VAT given back, by rate (gross, net and VAT in cents). */
	vat: VatLine[];
	/**
	 * Set when the note cancels a whole invoice being corrected (no money went back): its lines
	 * are the invoice's, before its discount (in cents, given here).
	 */
	cancels?: { discount: Cents };
}

/** The number of the n-th (1-based) credit note of an invoice, for refunds of the older layout. */
export function creditNoteNumber(invoiceNumber: string, n: number): string {
	return `${invoiceNumber}-A${n}`;
}

/**
 * Credit notes of an order, oldest first: one per refund, one per invoice cancelled by a
 * correction (invoice-correction.ts); none when nothing was refunded or corrected.
 */
export function creditNotes(o: PaperOrder & { settings: Settings }): CreditNoteData[] {
	return [...refundNotes(o), ...correctionNotes(o)].sort(
		(a, b) => a.date - b.date || (a.number < b.number ? -1 : 1)
	);
}

function refundNotes(o: PaperOrder & { settings: Settings }): CreditNoteData[] {
	let legacy = 0;
	return refundEvents(o.order)
		.filter((e) => e.amount !== 0 || e.lines.length > 0 || e.shipping !== 0)
		.map((event) => {
			const number = event.number
				? formatCreditNoteNumber(event.number, o.settings.numbering)
				: creditNoteNumber(o.displayNumber, ++legacy);
			return creditNote(o, event, number);
		});
}

function creditNote(
	o: PaperOrder & { settings: Settings },
	event: RefundEvent,
	number: string
): CreditNoteData {
	const { order } = o;
	return {
		kind: 'credit-note',
		orderId: order.id,
		refundId: event.id,
		number,
		...invoiceAt(o, event.at),
		date: event.at,
		seller: sellerOf(o.settings),
		customer: { name: order.customer.name, email: order.customer.email },
		billingAddress: billTo(order),
		amount: event.amount,
		// The lines as the refund recorded them: a line edited or removed later changes nothing.
		lines: event.lines.map((l) => ({
			sku: l.sku,
			name: l.name,
			quantity: l.qty,
			vatRate: l.vatRate,
			amount: l.amount
		})),
		shipping: event.shipping,
		free: event.free,
		reason: event.reason,
		method: event.method,
		vat: event.vat
	};
}
