/** Postal addresses and the customer details an order carries. */
import { ok, type Result } from './result';
import { checkEmail, checkText, isRecord } from './validate';

/** A postal address. */
export interface Address {
	name: string;
	line1: string;
	line2: string;
	postcode: string;
	city: string;
	country: string;
}

/** Who placed an order; the email is the customer's key (lower case). */
export interface CustomerRef {
	email: string;
	name: string;
	phone: string;
}

const addressFields = ['name', 'line1', 'line2', 'postcode', 'city', 'country'] as const;

/** Checks an optional address; an absent or empty one becomes null. */
export function checkAddress(value: unknown): Result<Address | null> {
	if (!isRecord(value)) return ok(null);
	const out: Record<string, string> = {};
	for (const field of addressFields) {
		const r = checkText(value[field], { field: `address.${field}`, max: 200 });
		if (!r.ok) return r;
		out[field] = r.value;
	}
	if (Object.values(out).every((v) => v === '')) return ok(null);
	return ok(out as unknown as Address);
}

/** Checks customer details; email may be empty (walk-in sale) but must be valid when given. */
export function checkCustomerRef(value: unknown): Result<CustomerRef> {
	const v = isRecord(value) ? value : {};
	const email = checkEmail(v.email);
	if (!email.ok) return email;
	const name = checkText(v.name, { field: 'customer.name', max: 200 });
	if (!name.ok) return name;
	const phone = checkText(v.phone, { field: 'customer.phone', max: 40 });
	if (!phone.ok) return phone;
	return ok({ email: email.value, name: name.value, phone: phone.value });
}
