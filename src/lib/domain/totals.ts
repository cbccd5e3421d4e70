/**
 * Order totals: total = lines − discount + shipping + handling (+ VAT when prices exclude VAT).
 *
 * The discount is spread over the lines in proportion to their amounts, largest remainder first,
 * so the shares add up to the discount to the cent. VAT is computed once per rate on the sum of
 * that rate's amounts (not per line), rounded half away from zero (see money.ts).
 */
import { mulDiv, type Cents } from './money';
import type { VatRate } from './vat';

/** A discount on the lines: an amount in cents, or a percentage in basis points. */
export type Discount = { kind: 'amount'; amount: Cents } | { kind: 'percent'; percent: number };

/** What totals need from a line: quantity, unit price in cents and VAT rate. */
export interface PricedLine {
	id: string;
	quantity: number;
	unitPrice: Cents;
	vatRate: VatRate;
}

/** What totals need from an order. */
export interface PricedOrder {
	lines: readonly PricedLine[];
	discount: Discount | null;
	shippingFee: Cents;
	handlingFee: Cents;
	/** VAT rate applied to shipping and handling, in basis points. */
	feeVatRate: VatRate;
	pricesIncludeVat: boolean;
}

/** VAT for one rate: net + vat = gross, all in cents. */
export interface VatLine {
	rate: VatRate;
	net: Cents;
	vat: Cents;
	gross: Cents;
}

/** Computed totals of an order, every amount in cents. */
export interface Totals {
	subtotal: Cents;
	discount: Cents;
	shipping: Cents;
	handling: Cents;
	vat: VatLine[];
	vatTotal: Cents;
	total: Cents;
	/** Per line: amount before and after its share of the discount, in the prices' basis. */
	lines: { id: string; amount: Cents; discount: Cents; after: Cents }[];
}

/** Splits `amount` over `weights` in proportion, largest remainder first; shares sum to amount. */
export function allocate(amount: number, weights: readonly number[]): number[] {
	const total = weights.reduce((a, b) => a + b, 0);
	if (total === 0 || amount === 0) return weights.map(() => 0);
	const exact = weights.map((w) => BigInt(amount) * BigInt(w));
	const shares = exact.map((e) => Number(e / BigInt(total)));
	let left = amount - shares.reduce((a, b) => a + b, 0);
	const order = exact
		.map((e, i) => ({ i, rest: e % BigInt(total) }))
		.sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
	for (const { i } of order) {
		if (left <= 0) break;
		shares[i] = (shares[i] ?? 0) + 1;
		left--;
	}
	return shares;
}

/** The discount in cents for a subtotal in cents, never more than the subtotal. */
export function discountAmount(discount: Discount | null, subtotal: Cents): Cents {
	if (!discount) return 0 as Cents;
	if (discount.kind === 'amount') return Math.min(discount.amount, subtotal) as Cents;
	return mulDiv(subtotal, Math.min(Math.max(discount.percent, 0), 10000), 10000);
}

/** Computes subtotal, discount, VAT per rate and total of an order, in cents. */
export function computeTotals(order: PricedOrder): Totals {
	const amounts = order.lines.map((l) => l.quantity * l.unitPrice);
	const subtotal = amounts.reduce((a, b) => a + b, 0) as Cents;
	const discount = discountAmount(order.discount, subtotal);
	const shares = allocate(discount, amounts);
	const lines = order.lines.map((l, i) => {
		const amount = (amounts[i] ?? 0) as Cents;
		const share = (shares[i] ?? 0) as Cents;
		return { id: l.id, amount, discount: share, after: (amount - share) as Cents };
	});
	const base = new Map<VatRate, number>();
	order.lines.forEach((l, i) => base.set(l.vatRate, (base.get(l.vatRate) ?? 0) + lines[i]!.after));
	const fees = order.shippingFee + order.handlingFee;
	if (fees > 0) base.set(order.feeVatRate, (base.get(order.feeVatRate) ?? 0) + fees);
	const vat: VatLine[] = [...base.entries()]
		.sort(([a], [b]) => a - b)
		.map(([rate, amount]) => vatLine({ rate, amount, pricesIncludeVat: order.pricesIncludeVat }));
	const vatTotal = vat.reduce((a, v) => a + v.vat, 0) as Cents;
	const total = vat.reduce((a, v) => a + v.gross, 0) as Cents;
	return {
		subtotal,
		discount,
		shipping: order.shippingFee,
		handling: order.handlingFee,
		vat,
		vatTotal,
		total,
		lines
	};
}

/** VAT of one rate on an amount in cents that includes VAT or not. */
export function vatLine(o: { rate: VatRate; amount: number; pricesIncludeVat: boolean }): VatLine {
	if (o.pricesIncludeVat) {
		const vat = mulDiv(o.amount, o.rate, 10000 + o.rate);
		return { rate: o.rate, net: (o.amount - vat) as Cents, vat, gross: o.amount as Cents };
	}
	const vat = mulDiv(o.amount, o.rate, 10000);
	return { rate: o.rate, net: o.amount as Cents, vat, gross: (o.amount + vat) as Cents };
}
