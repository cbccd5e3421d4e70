/** The customer record: the email is the key; details are remembered from past orders. */
import { checkAddress, type Address } from './address';
import { readObject, readText, readTime, unreadable } from './bounds';
import type { OrderContent } from './order';
import { fail, ok, type Result } from './result';
import { checkEmail, checkText, isRecord } from './validate';

/** Version of the customer shape this code writes. */
export const customerSchemaVersion = 1;

/** A customer, keyed by lower-case email. */
export interface Customer {
	email: string;
	name: string;
	phone: string;
	shippingAddress: Address | null;
	billingAddress: Address | null;
	/** Last change, in milliseconds since the epoch. */
	updatedAt: number;
	schema: number;
}

/** Checks untrusted customer input; the email is required here. */
export function checkCustomer(value: unknown, now: number): Result<Customer> {
	if (!isRecord(value)) return fail('input.notObject');
	const email = checkEmail(value.email, { required: true });
	if (!email.ok) return email;
	const name = checkText(value.name, { field: 'customer.name', max: 200 });
	if (!name.ok) return name;
	const phone = checkText(value.phone, { field: 'customer.phone', max: 40 });
	if (!phone.ok) return phone;
	const shippingAddress = checkAddress(value.shippingAddress);
	if (!shippingAddress.ok) return shippingAddress;
	const billingAddress = checkAddress(value.billingAddress);
	if (!billingAddress.ok) return billingAddress;
	return ok({
		email: email.value,
		name: name.value,
		phone: phone.value,
		shippingAddress: shippingAddress.value,
		billingAddress: billingAddress.value,
		updatedAt: now,
		schema: customerSchemaVersion
	});
}

/** The customer remembered from an order, keeping known details the order leaves empty. */
export function rememberCustomer(o: {
	order: OrderContent;
	known: Customer | undefined;
	now: number;
}): Customer | null {
	const { order, known } = o;
	if (order.customer.email === '') return null;
	return {
		email: order.customer.email,
		name: order.customer.name || known?.name || '',
		phone: order.customer.phone || known?.phone || '',
		shippingAddress: order.shippingAddress ?? known?.shippingAddress ?? null,
		billingAddress: order.billingAddress ?? known?.billingAddress ?? null,
		updatedAt: o.now,
		schema: customerSchemaVersion
	};
}

/** Reads a customer record from the CRDT (bounds in bounds.ts); throws Unreadable. */
export function readCustomer(value: unknown, email: string): Customer {
	const v = readObject(value, 'the customer');
	const text = (f: string, max?: number) => readText(v[f], { what: f, max, fallback: '' });
	const address = (f: string) => {
		const r = checkAddress(v[f]);
		return r.ok ? r.value : unreadable(`${f} is not an address`);
	};
	return {
		email,
		name: text('name'),
		phone: text('phone', 40),
		shippingAddress: address('shippingAddress'),
		billingAddress: address('billingAddress'),
		updatedAt: readTime(v.updatedAt, 'updatedAt', 0),
		schema: typeof v.schema === 'number' ? v.schema : 0
	};
}
