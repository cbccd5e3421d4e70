import { describe, expect, it } from 'vitest';
import { customerDraft, customerFieldOf, customerInput } from './customer-form';

describe('customer form', () => {
	it('fills every address field, even for a customer without addresses', () => {
		const d = customerDraft({ name: 'Zoé', phone: '0601', shippingAddress: null });
		expect(d.shipping).toEqual({
			name: '',
			line1: '',
			line2: '',
			postcode: '',
			city: '',
			country: ''
		});
		expect(d.billing.city).toBe('');
	});

	it('round-trips a remembered customer', () => {
		const shippingAddress = {
			name: 'Zoé',
			line1: '1 rue des Lilas',
			line2: '',
			postcode: '69001',
			city: 'Lyon',
			country: 'France'
		};
		const d = customerDraft({ name: 'Zoé', phone: '', shippingAddress, billingAddress: null });
		expect(customerInput('zoe@example.fr', d)).toMatchObject({
			email: 'zoe@example.fr',
			name: 'Zoé',
			shippingAddress
		});
	});

	it('maps refusals to their field', () => {
		expect(customerFieldOf({ params: { field: 'customer.phone' } })).toBe('phone');
		expect(customerFieldOf({ params: { field: 'address.city' } })).toBeNull();
	});
});
