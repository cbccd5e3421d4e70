/** The customer form: the remembered customer as editable text, and back to `upsertCustomer` input. */
import type { Address } from '$lib/domain/address';
import type { Customer } from '$lib/domain/customer';

/** An address being edited: every field as typed. */
export type AddressDraft = Address;

/** What the customer form's fields hold (the email is the key and is not edited). */
export interface CustomerDraft {
	name: string;
	phone: string;
	shipping: AddressDraft;
	billing: AddressDraft;
}

const emptyAddress = (): AddressDraft => ({
	name: '',
	line1: '',
	line2: '',
	postcode: '',
	city: '',
	country: ''
});

/** The form's starting values for a remembered customer (or a bare email). */
export function customerDraft(
	c: Pick<Customer, 'name' | 'phone'> & Partial<Customer>
): CustomerDraft {
	return {
		name: c.name,
		phone: c.phone,
		shipping: { ...emptyAddress(), ...(c.shippingAddress ?? {}) },
		billing: { ...emptyAddress(), ...(c.billingAddress ?? {}) }
	};
}

/** The input `upsertCustomer` receives; an all-empty address becomes null there. */
export function customerInput(email: string, d: CustomerDraft) {
	return {
		email,
		name: d.name,
		phone: d.phone,
		shippingAddress: { ...d.shipping },
		billingAddress: { ...d.billing }
	};
}

/** The form field a refusal belongs to, or null for a form-wide message. */
export function customerFieldOf(error: {
	params?: Record<string, string | number>;
}): 'name' | 'phone' | null {
	const field = error.params?.field;
	if (field === 'customer.name') return 'name';
	if (field === 'customer.phone') return 'phone';
	return null;
}
