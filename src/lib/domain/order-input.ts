/** Validation of untrusted order input (forms, imports) into OrderContent. */
import { paymentMethodId } from './payment-method';
import { checkAddress, checkCustomerRef } from './address';
import { builtInChannels, checkOrderChannel } from './channel';
import { maxLines } from './bounds';
import { checkCents, maxCents, type Cents } from './money';
import type { OrderContent, OrderLine } from './order';
import { fail, ok, type Result } from './result';
import type { Discount } from './totals';
import { checkVatRate, type VatRate } from './vat';
import { checkQuantity, checkSku, checkText, isRecord } from './validate';

/** Options for reading order input: how to make ids and which VAT rate to assume. */
export interface OrderInputOptions {
	newId: () => string;
	defaultVatRate: VatRate;
	/** Lines already in the order (for edits), by id. */
	existing?: ReadonlyMap<string, OrderLine>;
	/** Channel ids the store knows (built-ins when absent). */
	channels?: ReadonlySet<string>;
	/** The order's channel (for edits): kept when the input does not say. */
	currentChannel?: string | null;
}

const builtInSet: ReadonlySet<string> = new Set(builtInChannels);

/** Checks one line; a line with an unknown id gets a fresh one. */
export function checkLine(
	value: unknown,
	o: OrderInputOptions & { pos: number }
): Result<OrderLine> {
	if (!isRecord(value)) return fail('input.notObject');
	const quantity = checkQuantity(value.quantity, 1);
	if (!quantity.ok) return quantity;
	const custom = value.custom === true;
	const sku = custom && !value.sku ? ok('') : checkSku(value.sku);
	if (!sku.ok) return sku;
	const name = checkText(value.name, { field: 'line.name', max: 200, required: true });
	if (!name.ok) return name;
	const unitPrice = checkCents(value.unitPrice);
	if (!unitPrice.ok) return unitPrice;
	// Keeps every line total, and so every order total (maxLines lines), a safe integer.
	if (quantity.value * unitPrice.value > maxCents) return fail('money.tooLarge');
	const vatRate = value.vatRate === undefined ? ok(o.defaultVatRate) : checkVatRate(value.vatRate);
	if (!vatRate.ok) return vatRate;
	const known = typeof value.id === 'string' ? o.existing?.get(value.id) : undefined;
	return ok({
		id: known?.id ?? o.newId(),
		sku: sku.value,
		name: name.value,
		quantity: quantity.value,
		unitPrice: unitPrice.value,
		vatRate: vatRate.value,
		custom,
		digital: value.digital === true,
		pos: known?.pos ?? o.pos
	});
}

/** Checks a discount: `{ kind: 'amount', amount }` in cents or `{ kind: 'percent', percent }` in basis points. */
export function checkDiscount(value: unknown): Result<Discount | null> {
	if (!isRecord(value)) return ok(null);
	if (value.kind === 'percent') {
		const p = value.percent;
		if (typeof p !== 'number' || !Number.isInteger(p) || p < 0 || p > 10000) {
			return fail('percent.invalid');
		}
		return ok(p === 0 ? null : { kind: 'percent', percent: p });
	}
	const amount = checkCents(value.amount);
	if (!amount.ok) return amount;
	return ok(amount.value === 0 ? null : { kind: 'amount', amount: amount.value });
}

/** Checks a whole order as typed by a seller. */
export function checkOrderContent(value: unknown, o: OrderInputOptions): Result<OrderContent> {
	if (!isRecord(value)) return fail('input.notObject');
	const rawLines = Array.isArray(value.lines) ? value.lines : [];
	if (rawLines.length === 0) return fail('order.noLines');
	if (rawLines.length > maxLines) return fail('order.tooManyLines');
	let pos = Math.max(-1, ...[...(o.existing?.values() ?? [])].map((l) => l.pos)) + 1;
	const lines: OrderLine[] = [];
	for (const raw of rawLines) {
		const line = checkLine(raw, { ...o, pos });
		if (!line.ok) return line;
		if (line.value.pos === pos) pos++;
		lines.push(line.value);
	}
	const customer = checkCustomerRef(value.customer);
	if (!customer.ok) return customer;
	const shippingAddress = checkAddress(value.shippingAddress);
	if (!shippingAddress.ok) return shippingAddress;
	const billingAddress = checkAddress(value.billingAddress);
	if (!billingAddress.ok) return billingAddress;
	const texts: Record<string, string> = {};
	for (const field of ['shippingMethod', 'paymentMethod', 'customerComments'] as const) {
		const r = checkText(value[field], { field, max: field === 'customerComments' ? 4000 : 100 });
		if (!r.ok) return r;
		texts[field] = r.value;
	}
	const fees: Cents[] = [];
	for (const field of ['shippingFee', 'handlingFee'] as const) {
		const r = checkCents(value[field] ?? 0);
		if (!r.ok) return r;
		fees.push(r.value);
	}
	const discount = checkDiscount(value.discount);
	if (!discount.ok) return discount;
	const channel = checkOrderChannel(value.channel, {
		known: o.channels ?? builtInSet,
		current: o.currentChannel
	});
	if (!channel.ok) return channel;
	return ok({
		lines,
		customer: customer.value,
		shippingAddress: shippingAddress.value,
		billingAddress: billingAddress.value,
		shippingMethod: texts.shippingMethod ?? '',
		// Stored as an id ('cash'), whatever language the seller typed it in.
		paymentMethod: paymentMethodId(texts.paymentMethod ?? ''),
		customerComments: texts.customerComments ?? '',
		shippingFee: fees[0] ?? (0 as Cents),
		handlingFee: fees[1] ?? (0 as Cents),
		discount: discount.value,
		channel: channel.value
	});
}
