/**
 * Credit notes: one per refund, each referring to the invoice it corrects. The activity log
 * gives each refund's date and amount; the lines refunded are known only as a running total
 * per line (the order record keeps refunded units, not which refund wrote them), so every credit
 * note lists the lines refunded up to that refund's date only when it is the last one, and the
 * earlier ones carry their amount alone.
 */
import type { Cents } from '../domain/money';
import type { RefundState } from '../domain/order';
import { refundAmount } from '../domain/order-money';
import type { Settings } from '../domain/settings';
import type { VatRate } from '../domain/vat';
import { billTo, sellerOf, type PaperOrder, type Seller } from './documents';

/** A refunded line: units refunded so far and their amount in cents (after discount, with VAT). */
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
	/** Credit note number: `AV-<invoice number>-<n>`. */
	number: string;
	invoiceNumber: string;
	invoiceDate: number;
	/** Milliseconds since the epoch. */
	date: number;
	seller: Seller;
	customer: { name: string; email: string };
	billingAddress: string[] | null;
	/** Amount of this refund, in cents (positive). */
	amount: Cents;
	/** Lines refunded up to and including this refund (empty on earlier credit notes). */
	lines: CreditLine[];
	/** Shipping and handling refunded (amount in cents) on this credit note's lines, or 0. */
	shipping: Cents;
	/** 1-based position among the order's credit notes, and how many there are. */
	index: number;
	count: number;
}

/** Credit notes of an order, oldest first; none when nothing was refunded. */
export function creditNotes(o: PaperOrder & { settings: Settings }): CreditNoteData[] {
	const { order } = o;
	const total = refundAmount(order, order.refunds);
	if (total === 0) return [];
	const logged = (o.activity ?? []).filter((a) => a.kind === 'refund');
	// Orders refunded without a log entry (imported, demo data) get one note for the whole amount.
	const refunds = logged.length
		? logged.map((a) => ({ at: a.at, amount: Number(a.detail.amount ?? 0) as Cents }))
		: [{ at: order.updatedAt, amount: total }];
	const lines = refundedLines(o);
	const shipping = order.refunds.shipping
		? refundAmount(order, { lines: {}, shipping: true })
		: (0 as Cents);
	return refunds.map((r, i) => {
		const last = i === refunds.length - 1;
		return {
			kind: 'credit-note',
			orderId: order.id,
			number: `AV-${o.displayNumber}-${i + 1}`,
			invoiceNumber: o.displayNumber,
			invoiceDate: order.createdAt,
			date: r.at,
			seller: sellerOf(o.settings),
			customer: { name: order.customer.name, email: order.customer.email },
			billingAddress: billTo(order),
			amount: r.amount,
			lines: last ? lines : [],
			shipping: last ? shipping : (0 as Cents),
			index: i + 1,
			count: refunds.length
		};
	});
}

/** Each line with refunded units and what they were refunded for, in cents. */
export function refundedLines(o: PaperOrder): CreditLine[] {
	const { order } = o;
	return order.lines.flatMap((l) => {
		const qty = Math.min(order.refunds.lines[l.id]?.qty ?? 0, l.quantity);
		if (qty === 0) return [];
		const only: RefundState = { lines: { [l.id]: { qty, restocked: 0 } }, shipping: false };
		const amount = refundAmount(order, only);
		return [
			{
				sku: l.sku,
				name: l.name,
				quantity: qty,
				vatRate: l.vatRate,
				amount
			}
		];
	});
}
