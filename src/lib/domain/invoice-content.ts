/**
 * What an invoice says, as data: seller, customer, lines, discount, fees, VAT by rate and totals,
 * in cents. Computed from an order when the invoice is issued, then stored as it was printed
 * (issued-invoice.ts) so that a reprint says exactly the same thing (docs/decisions/0027).
 */
import type { Address } from './address';
import type { Cents } from './money';
import type { Order } from './order';
import { refundedAmount } from './order-money';
import type { PaymentStatus } from './order-status';
import type { Settings } from './settings';
import { computeTotals, type VatLine } from './totals';
import type { VatRate } from './vat';

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

/**
 * The invoice an order's current content makes, under `number` (formatted) and dated `date`
 * (ms; the order's creation by default).
 */
export function invoiceContent(o: {
	order: Order;
	settings: Settings;
	number: string;
	date?: number;
}): InvoiceData {
	const { order } = o;
	const totals = computeTotals(order);
	return {
		kind: 'invoice',
		orderId: order.id,
		number: o.number,
		date: o.date ?? order.createdAt,
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

/** The parts of an invoice that say what is billed. */
type InvoiceMoney = Pick<
	InvoiceData,
	'lines' | 'discount' | 'shipping' | 'handling' | 'total' | 'pricesIncludeVat'
>;

/** The money key (below) of what an order's current content bills. */
export function orderMoneyKey(order: Order): string {
	const totals = computeTotals(order);
	const lines = order.lines.map((l) => ({ ...l, total: (l.quantity * l.unitPrice) as Cents }));
	return moneyKey({ ...totals, lines, pricesIncludeVat: order.pricesIncludeVat });
}

/**
 * The money an invoice states, as one comparable text: its lines (item, quantity, unit price,
 * VAT), discount, fees and total. Two contents with the same key bill the same thing; the
 * customer's address or the order's notes are not in it.
 */
export function moneyKey(d: InvoiceMoney): string {
	return JSON.stringify([
		d.lines.map((l) => [l.sku, l.name, l.quantity, l.unitPrice, l.vatRate]),
		d.discount,
		d.shipping,
		d.handling,
		d.total,
		d.pricesIncludeVat
	]);
}
