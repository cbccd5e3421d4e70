/**
 * What the printed documents say, as data: invoice, credit note, packing slip. Amounts stay in
 * cents here; they become text only when a renderer (pdf/*.ts) writes them.
 */
import type { ActivityEntry } from '../domain/activity';
import {
	addressLines,
	invoiceContent,
	sellerOf,
	type InvoiceData,
	type Seller
} from '../domain/invoice-content';
import { currentInvoice } from '../domain/issued-invoice';
import type { Order } from '../domain/order';
import type { Settings } from '../domain/settings';

/** An order as the documents need it: the record and its formatted number. */
export interface PaperOrder {
	order: Order;
	/** Formatted order number ('' for a draft). */
	displayNumber: string;
	/** Activity log, for the refunds' dates and amounts (optional). */
	activity?: readonly ActivityEntry[];
}

export type { InvoiceData, PaperLine, Seller } from '../domain/invoice-content';
export { addressLines, billTo, sellerOf } from '../domain/invoice-content';

/**
 * The invoice of an order: once issued, exactly as it was printed (the current invoice, frozen
 * when the order was paid or its invoice first printed: docs/decisions/0027); before that, what
 * its current content makes, under its order number.
 */
export function invoiceData(o: PaperOrder & { settings: Settings }): InvoiceData {
	const frozen = currentInvoice(o.order);
	if (frozen) return structuredClone(frozen.content);
	return invoiceContent({ order: o.order, settings: o.settings, number: o.displayNumber });
}

/** One issued invoice of an order by id, as printed (a reprint of a replaced one too). */
export function issuedInvoiceData(order: Order, invoiceId: string): InvoiceData | null {
	const found = order.issuedInvoices.find((i) => i.id === invoiceId);
	return found ? structuredClone(found.content) : null;
}

/** A packing slip: what goes in the parcel and where, no prices. */
export interface PackingSlipData {
	kind: 'packing-slip';
	orderId: string;
	number: string;
	date: number;
	seller: Seller;
	customer: { name: string; phone: string };
	shippingAddress: string[] | null;
	shippingMethod: string;
	comments: string;
	lines: { sku: string; name: string; quantity: number; digital: boolean }[];
}

/** The packing slip of an order; refunded units are left out of the quantities. */
export function packingSlipData(o: PaperOrder & { settings: Settings }): PackingSlipData {
	const { order } = o;
	return {
		kind: 'packing-slip',
		orderId: order.id,
		number: o.displayNumber,
		date: order.createdAt,
		seller: sellerOf(o.settings),
		customer: { name: order.customer.name, phone: order.customer.phone },
		shippingAddress: addressLines(order.shippingAddress),
		shippingMethod: order.shippingMethod,
		comments: order.customerComments,
		lines: order.lines
			.map((l) => ({
				sku: l.sku,
				name: l.name,
				quantity: l.quantity - Math.min(order.refunds.lines[l.id]?.qty ?? 0, l.quantity),
				digital: l.digital
			}))
			.filter((l) => l.quantity > 0)
	};
}
