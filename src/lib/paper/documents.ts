/**
 * What the printed documents say, as data: invoice, credit note, packing slip. Amounts stay in
 * cents here; they become text only when a renderer (pdf/*.ts) writes them.
 */
import type { ActivityEntry } from '../domain/activity';
import type { Address } from '../domain/address';
import type { Cents } from '../domain/money';
import type { Order } from '../domain/order';
import { refundedAmount } from '../domain/order-money';
import type { PaymentStatus } from '../domain/order-status';
import type { Settings } from '../domain/settings';
import { computeTotals, type VatLine } from '../domain/totals';
import type { VatRate } from '../domain/vat';

/** An order as the documents need it: the record and its formatted number. */
export interface PaperOrder {
	order: Order;
	/** Formatted order number ('' for a draft). */
	displayNumber: string;
	/** Activity log, for the refunds' dates and amounts (optional). */
	activity?: readonly ActivityEntry[];
}

/** Who sells: from Settings. */
export interface Seller {
	name: string;
	addressLines: string[];
	vatNumber: string;
	legalLines: string[];
	/** SIREN/SIRET ('' when not given). */
	siret?: string;
	/** Payment terms and penalties for business customers ('' when not given). */
	paymentTerms?: string;
	/** Under the VAT franchise: no VAT on documents, the art. 293 B mention instead. */
	franchise?: boolean;
}

/** One priced line of a document; amounts in cents, in the order's price basis. */
export interface PaperLine {
	sku: string;
	name: string;
	quantity: number;
	unitPrice: Cents;
	vatRate: VatRate;
	/** quantity × unit price, before the discount. */
	total: Cents;
}

/** An invoice (also the content of a receipt). */
export interface InvoiceData {
	kind: 'invoice';
	orderId: string;
	number: string;
	/** A copy of an invoice already issued: marked "Duplicata". */
	duplicate?: boolean;
	/** Milliseconds since the epoch. */
	date: number;
	seller: Seller;
	customer: { name: string; email: string; phone: string };
	billingAddress: string[] | null;
	shippingAddress: string[] | null;
	lines: PaperLine[];
	pricesIncludeVat: boolean;
	subtotal: Cents;
	discount: Cents;
	shipping: Cents;
	handling: Cents;
	vat: VatLine[];
	vatTotal: Cents;
	total: Cents;
	paymentMethod: string;
	paymentStatus: PaymentStatus;
	/** Refunded so far, in cents. */
	refunded: Cents;
}

/** Address lines for printing, empty parts left out. */
export function addressLines(address: Address | null): string[] | null {
	if (!address) return null;
	const city = [address.postcode, address.city].filter(Boolean).join(' ');
	return [address.name, address.line1, address.line2, city, address.country].filter(
		(l) => l.trim() !== ''
	);
}

/** The "bill to" block: the customer's name, then the billing (or shipping) address. */
export function billTo(order: Order): string[] | null {
	const lines = addressLines(order.billingAddress ?? order.shippingAddress) ?? [];
	const name = order.customer.name.trim();
	const all = name && lines[0] !== name ? [name, ...lines] : lines;
	return all.length ? all : null;
}

/** The seller block from the store settings. */
export function sellerOf(settings: Settings): Seller {
	const id = settings.identity;
	return {
		name: id.name,
		addressLines: addressLines(id.address) ?? [],
		vatNumber: id.vatNumber,
		legalLines: id.legalLines,
		siret: id.siret ?? '',
		paymentTerms: id.paymentTerms ?? '',
		franchise: settings.money.vatRegime === 'franchise'
	};
}

/** The invoice of an order: lines, discount, fees, VAT by rate and totals, in cents. */
export function invoiceData(o: PaperOrder & { settings: Settings }): InvoiceData {
	const { order } = o;
	const totals = computeTotals(order);
	return {
		kind: 'invoice',
		orderId: order.id,
		number: o.displayNumber,
		date: order.createdAt,
		seller: sellerOf(o.settings),
		customer: { ...order.customer },
		billingAddress: billTo(order),
		shippingAddress: addressLines(order.shippingAddress),
		lines: order.lines.map((l) => ({
			sku: l.sku,
			name: l.name,
			quantity: l.quantity,
			unitPrice: l.unitPrice,
			vatRate: l.vatRate,
			total: (l.quantity * l.unitPrice) as Cents
		})),
		pricesIncludeVat: order.pricesIncludeVat,
		subtotal: totals.subtotal,
		discount: totals.discount,
		shipping: totals.shipping,
		handling: totals.handling,
		vat: totals.vat,
		vatTotal: totals.vatTotal,
		total: totals.total,
		paymentMethod: order.paymentMethod,
		paymentStatus: order.paymentStatus,
		refunded: refundedAmount(order)
	};
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
