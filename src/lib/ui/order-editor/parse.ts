/**
 * Reads the order form into the input `createOrder`, `saveDraft` and `editOrder` take. Unlike the
 * action, which stops at the first refusal, this checks every field so that each message can sit
 * beside its own field; the action checks again and stays the authority.
 */
import { checkEmail, checkSku, checkText } from '$lib/domain/validate';
import { parseMoney, type Cents } from '$lib/domain/money';
import { fail, ok, type DomainError, type Result } from '$lib/domain/result';
import { computeTotals, type Discount, type Totals } from '$lib/domain/totals';
import { parseTypedQuantity } from '$lib/domain/typed-quantity';
import { parseVatRate, type VatRate } from '$lib/domain/vat';
import { trackingOf, type AddressForm, type LineForm, type OrderForm } from './form';

/** Refusals by field: `email`, `lines.<key>.quantity`, `shippingFee`, `discount`, `form`... */
export type FieldErrors = Record<string, DomainError>;

/** What the form gives once every field reads. */
export interface ParsedForm {
	/** The order input for the actions. */
	input: Record<string, unknown>;
	tracking: ReturnType<typeof trackingOf>;
	adminNote: string;
}

/** The parsed form, or every refusal by field. */
export type FormResult = { ok: true; value: ParsedForm } | { ok: false; errors: FieldErrors };

/** A line's quantity: a whole number of at least one unit. */
const lineQuantity = (text: string) => parseTypedQuantity(text, { min: 1 });

/** Reads an optional amount: empty means zero. */
export function parseOptionalMoney(text: string): Result<Cents> {
	return text.trim() === '' ? ok(0 as Cents) : parseMoney(text);
}

/** Reads a discount: a percentage ("10", "12,5") or an amount ("5,00"); empty means none. */
export function parseDiscount(form: Pick<OrderForm, 'discount' | 'discountKind'>) {
	const text = form.discount.trim();
	if (text === '') return ok(null);
	if (form.discountKind === 'percent') {
		const rate = parseVatRate(text.replace(/\s*%$/, ''));
		return rate.ok
			? ok<Discount>({ kind: 'percent', percent: rate.value })
			: fail<Discount>('percent.invalid');
	}
	const amount = parseMoney(text);
	return amount.ok ? ok<Discount>({ kind: 'amount', amount: amount.value }) : amount;
}

function parseLine(line: LineForm, errors: FieldErrors) {
	const at = (field: string) => `lines.${line.key}.${field}`;
	const sku = line.custom && line.sku.trim() === '' ? ok('') : checkSku(line.sku);
	if (!sku.ok) errors[at('sku')] = sku.error;
	const name = checkText(line.name, { field: 'line.name', max: 200, required: true });
	if (!name.ok) errors[at('name')] = name.error;
	const quantity = lineQuantity(line.quantity);
	if (!quantity.ok) errors[at('quantity')] = quantity.error;
	const unitPrice = parseMoney(line.unitPrice);
	if (!unitPrice.ok) errors[at('unitPrice')] = unitPrice.error;
	const vatRate = parseVatRate(line.vatRate);
	if (!vatRate.ok) errors[at('vatRate')] = vatRate.error;
	return {
		...(line.id ? { id: line.id } : {}),
		sku: sku.ok ? sku.value : '',
		name: name.ok ? name.value : '',
		quantity: quantity.ok ? quantity.value : 0,
		unitPrice: unitPrice.ok ? unitPrice.value : 0,
		vatRate: vatRate.ok ? vatRate.value : 0,
		custom: line.custom,
		digital: line.digital
	};
}

function address(a: AddressForm) {
	return { ...a };
}

/** Reads the whole form: the order input, or every refusal by field. */
export function parseOrderForm(form: OrderForm): FormResult {
	const errors: FieldErrors = {};
	const email = checkEmail(form.email);
	if (!email.ok) errors.email = email.error;
	const lines = form.lines.map((l) => parseLine(l, errors));
	if (lines.length === 0) errors.lines = { code: 'order.noLines' };
	const fees: Record<string, Cents> = {};
	for (const field of ['shippingFee', 'handlingFee'] as const) {
		const r = parseOptionalMoney(form[field]);
		if (r.ok) fees[field] = r.value;
		else errors[field] = r.error;
	}
	const discount = parseDiscount(form);
	if (!discount.ok) errors.discount = discount.error;
	const tracking = trackingOf(form);
	if (!tracking && (form.trackingCarrier.trim() || form.trackingUrl.trim())) {
		errors.trackingNumber = { code: 'text.required', params: { field: 'tracking.number' } };
	}
	if (tracking?.url && !/^https?:\/\//.test(tracking.url)) {
		errors.trackingUrl = { code: 'url.invalid' };
	}
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return {
		ok: true,
		value: {
			input: {
				lines,
				customer: { email: email.ok ? email.value : '', name: form.name, phone: form.phone },
				shippingAddress: address(form.shippingAddress),
				billingAddress: address(form.billingSame ? form.shippingAddress : form.billingAddress),
				shippingMethod: form.shippingMethod,
				paymentMethod: form.paymentMethod,
				channel: form.channel || null,
				customerComments: form.customerComments,
				shippingFee: fees.shippingFee ?? 0,
				handlingFee: fees.handlingFee ?? 0,
				discount: discount.ok ? discount.value : null
			},
			tracking,
			adminNote: form.adminNote.trim()
		}
	};
}

/** How an order's prices read: with or without VAT, and the VAT rate of its fees. */
export interface Pricing {
	pricesIncludeVat: boolean;
	feeVatRate: VatRate;
}

/** Totals of what is typed so far; fields that do not read yet count as zero. */
export function previewTotals(form: OrderForm, pricing: Pricing): Totals {
	const value = <T>(r: Result<T>, fallback: T) => (r.ok ? r.value : fallback);
	const lines = form.lines.map((l) => ({
		id: l.key,
		quantity: value(lineQuantity(l.quantity), 0),
		unitPrice: value(parseMoney(l.unitPrice), 0 as Cents),
		vatRate: value(parseVatRate(l.vatRate), pricing.feeVatRate)
	}));
	return computeTotals({
		lines,
		discount: value(parseDiscount(form), null),
		shippingFee: value(parseOptionalMoney(form.shippingFee), 0 as Cents),
		handlingFee: value(parseOptionalMoney(form.handlingFee), 0 as Cents),
		...pricing
	});
}
