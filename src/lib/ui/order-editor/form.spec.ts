import { describe, expect, it } from 'vitest';
import type { Cents } from '$lib/domain/money';
import type { OrderLine } from '$lib/domain/order';
import type { VatRate } from '$lib/domain/vat';
import { emptyAddress, emptyForm, fillCustomer, formFromOrder } from './form';

const lyon = { ...emptyAddress(), name: 'Léa', line1: '1 rue Neuve', city: 'Lyon' };

describe('fillCustomer', () => {
	it('fills only what the seller left empty', () => {
		const filled = fillCustomer(
			{ ...emptyForm(), phone: '06 00' },
			{ name: 'Léa', phone: '07 11', shippingAddress: lyon, billingAddress: lyon }
		);
		expect(filled).toMatchObject({ name: 'Léa', phone: '06 00', shippingAddress: lyon });
		expect(filled.billingSame).toBe(true);
	});
});

describe('formFromOrder', () => {
	it('reads an order back into text fields', () => {
		const line: OrderLine = {
			id: 'l1',
			sku: 'SKU-1',
			name: 'Savon',
			quantity: 2,
			unitPrice: 650 as Cents,
			vatRate: 550 as VatRate,
			custom: false,
			digital: false,
			pos: 0
		};
		const order: Parameters<typeof formFromOrder>[0] = {
			lines: [line],
			customer: { email: 'lea@exemple.fr', name: 'Léa', phone: '' },
			shippingAddress: lyon,
			billingAddress: { ...lyon, city: 'Paris' },
			shippingMethod: 'Colissimo',
			paymentMethod: 'Carte',
			customerComments: '',
			shippingFee: 590 as Cents,
			handlingFee: 0 as Cents,
			discount: { kind: 'amount', amount: 100 as Cents },
			channel: 'event',
			tracking: null
		};
		const form = formFromOrder(order, ',');
		expect(form.lines[0]).toMatchObject({ key: 'l1', id: 'l1', quantity: '2', unitPrice: '6,50' });
		expect(form.lines[0]!.vatRate).toBe('5,5');
		expect(form).toMatchObject({ shippingFee: '5,90', handlingFee: '', discount: '1,00' });
		expect(form.billingSame).toBe(false);
		expect(form.channel).toBe('event');
		expect(formFromOrder({ ...order, channel: null }, ',').channel).toBe('');
		expect(emptyForm({ channel: 'phone' }).channel).toBe('phone');
	});
});
