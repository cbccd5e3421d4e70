/** The list search finds phones whatever the spacing, cities, postcodes and tracking numbers. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { phoneWords } from '../../domain/search';
import type { Store } from '../store/store';
import { openTestStore, sampleOrder } from '../store/testing';

const stores: Store[] = [];
afterEach(async () => {
	await Promise.all(stores.splice(0).map((s) => s.destroy()));
});

const address = (city: string, postcode: string) => ({
	name: 'Léa Martin',
	line1: '3 rue des Lilas',
	line2: '',
	postcode,
	city,
	country: 'FR'
});

describe('search words', () => {
	it('indexes a phone as its digits, French numbers in both forms', () => {
		expect(phoneWords('06.12.34.56.78')).toEqual(['0612345678', '33612345678']);
		expect(phoneWords('+33 6 12 34 56 78')).toEqual(['33612345678', '0612345678']);
		expect(phoneWords('0044 20 7946 0958')).toEqual(['442079460958']);
		expect(phoneWords('')).toEqual([]);
	});

	it('finds orders by phone in any spacing, city, postcode and tracking number', async () => {
		const store = await openTestStore({ persistence: 'memory' });
		stores.push(store);
		const lyon = await store.actions.createOrder(
			sampleOrder({
				customer: { email: 'lea@exemple.fr', name: 'Léa Martin', phone: '06.12.34.56.78' },
				shippingAddress: address('Lyon', '69003')
			})
		);
		const brest = await store.actions.createOrder(
			sampleOrder({
				customer: { email: 'yann@exemple.fr', name: 'Yann Le Goff', phone: '+33 2 98 00 00 00' },
				shippingAddress: address('Brest', '29200')
			})
		);
		if (!lyon.ok || !brest.ok) throw new Error();
		await store.actions.setTracking({
			id: brest.value.id,
			tracking: { number: '6A12345678901', carrier: 'Colissimo' }
		});
		await store.flush();
		const found = async (search: string) =>
			(await store.queries.listOrders({ search })).rows.map((r) => r.customerName).sort();
		for (const typed of ['06 12 34 56 78', '0612345678', '06-12-34-56-78', '+33 6 12 34 56 78'])
			expect(await found(typed), typed).toEqual(['Léa Martin']);
		expect(await found('02 98 00 00 00')).toEqual(['Yann Le Goff']);
		expect(await found('lyon')).toEqual(['Léa Martin']);
		expect(await found('69003')).toEqual(['Léa Martin']);
		expect(await found('brest')).toEqual(['Yann Le Goff']);
		expect(await found('6a12345678901')).toEqual(['Yann Le Goff']);
		expect(await found('07 00 00 00 00')).toEqual([]);
	});
});
