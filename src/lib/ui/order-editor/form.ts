/**
 * The order form as typed text, and its conversion to and from the order input the actions take.
 * Every field stays a string while the seller types; parsing happens here, field by field, so that
 * each refusal can be shown beside its own field.
 */
import type { Address, CustomerRef } from '$lib/domain/address';
import { centsText, type DecimalSeparator } from '$lib/domain/money';
import type { OrderContent, Tracking } from '$lib/domain/order';
import { vatRateText } from '$lib/domain/vat';

/** One line of the form; `id` is the order line's id once saved, null for a new line. */
export interface LineForm {
	key: string;
	id: string | null;
	sku: string;
	name: string;
	quantity: string;
	unitPrice: string;
	vatRate: string;
	custom: boolean;
	digital: boolean;
}

/** A postal address as typed. */
export type AddressForm = Address;

/** Everything the editor shows, as text. */
export interface OrderForm {
	email: string;
	name: string;
	phone: string;
	lines: LineForm[];
	shippingAddress: AddressForm;
	/** Billing address is the shipping address (the default). */
	billingSame: boolean;
	billingAddress: AddressForm;
	shippingMethod: string;
	shippingFee: string;
	handlingFee: string;
	trackingNumber: string;
	trackingCarrier: string;
	trackingUrl: string;
	paymentMethod: string;
	/** Sales channel id; '' for unspecified. */
	channel: string;
	discountKind: 'amount' | 'percent';
	discount: string;
	customerComments: string;
	/** A private note added to the order when it is saved. */
	adminNote: string;
}

/** An address with every field empty. */
export function emptyAddress(): AddressForm {
	return { name: '', line1: '', line2: '', postcode: '', city: '', country: '' };
}

/** A form with nothing typed yet; `channel` is the store's default for manual orders. */
export function emptyForm(o: { channel?: string } = {}): OrderForm {
	return {
		email: '',
		name: '',
		phone: '',
		lines: [],
		shippingAddress: emptyAddress(),
		billingSame: true,
		billingAddress: emptyAddress(),
		shippingMethod: '',
		shippingFee: '',
		handlingFee: '',
		trackingNumber: '',
		trackingCarrier: '',
		trackingUrl: '',
		paymentMethod: '',
		channel: o.channel ?? '',
		discountKind: 'percent',
		discount: '',
		customerComments: '',
		adminNote: ''
	};
}

/** A catalogue product as a new form line. */
export function lineFromProduct(
	product: { sku: string; name: string; price: number; vatRate: number; digital: boolean },
	o: { key: string; decimal: DecimalSeparator }
): LineForm {
	return {
		key: o.key,
		id: null,
		sku: product.sku,
		name: product.name,
		quantity: '1',
		unitPrice: centsText(product.price, { decimal: o.decimal }),
		vatRate: vatRateText(product.vatRate, o.decimal),
		custom: false,
		digital: product.digital
	};
}

/** An empty custom line (an item that is not in the catalogue). */
export function customLine(o: {
	key: string;
	decimal: DecimalSeparator;
	vatRate: number;
}): LineForm {
	return {
		key: o.key,
		id: null,
		sku: '',
		name: '',
		quantity: '1',
		unitPrice: '',
		vatRate: vatRateText(o.vatRate, o.decimal),
		custom: true,
		digital: false
	};
}

function addressOrEmpty(address: Address | null): AddressForm {
	return address ? { ...address } : emptyAddress();
}

function sameAddress(a: Address | null, b: Address | null): boolean {
	if (!a || !b) return !b;
	return (Object.keys(a) as (keyof Address)[]).every((k) => a[k] === b[k]);
}

/** The form of a saved order (or draft), ready to edit. */
export function formFromOrder(
	order: OrderContent & { tracking: Tracking | null },
	decimal: DecimalSeparator
): OrderForm {
	const discount = order.discount;
	return {
		email: order.customer.email,
		name: order.customer.name,
		phone: order.customer.phone,
		lines: order.lines.map((l) => ({
			key: l.id,
			id: l.id,
			sku: l.sku,
			name: l.name,
			quantity: String(l.quantity),
			unitPrice: centsText(l.unitPrice, { decimal }),
			vatRate: vatRateText(l.vatRate, decimal),
			custom: l.custom,
			digital: l.digital
		})),
		shippingAddress: addressOrEmpty(order.shippingAddress),
		billingSame: sameAddress(order.shippingAddress, order.billingAddress),
		billingAddress: addressOrEmpty(order.billingAddress),
		shippingMethod: order.shippingMethod,
		shippingFee: centsText(order.shippingFee, { decimal, blankZero: true }),
		handlingFee: centsText(order.handlingFee, { decimal, blankZero: true }),
		trackingNumber: order.tracking?.number ?? '',
		trackingCarrier: order.tracking?.carrier ?? '',
		trackingUrl: order.tracking?.url ?? '',
		paymentMethod: order.paymentMethod,
		channel: order.channel ?? '',
		discountKind: discount?.kind ?? 'percent',
		discount: !discount
			? ''
			: discount.kind === 'amount'
				? centsText(discount.amount, { decimal })
				: vatRateText(discount.percent, decimal),
		customerComments: order.customerComments,
		adminNote: ''
	};
}

/** Fills the customer's remembered details into the fields the seller left empty. */
export function fillCustomer(
	form: OrderForm,
	customer: Pick<CustomerRef, 'name' | 'phone'> & {
		shippingAddress: Address | null;
		billingAddress: Address | null;
	}
): OrderForm {
	const blank = (a: AddressForm) => Object.values(a).every((v) => v === '');
	const next = { ...form };
	if (!next.name) next.name = customer.name;
	if (!next.phone) next.phone = customer.phone;
	if (customer.shippingAddress && blank(next.shippingAddress)) {
		next.shippingAddress = { ...customer.shippingAddress };
	}
	if (customer.billingAddress && blank(next.billingAddress)) {
		next.billingAddress = { ...customer.billingAddress };
		next.billingSame = sameAddress(next.shippingAddress, customer.billingAddress);
	}
	return next;
}

/** Tracking typed in the form, or null when the number is empty. */
export function trackingOf(form: OrderForm): Tracking | null {
	const number = form.trackingNumber.trim();
	if (!number) return null;
	return { number, carrier: form.trackingCarrier.trim(), url: form.trackingUrl.trim() };
}
