import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { readOrder } from './order-read';
import type { Store } from '../store/store';
import { openTestStore, sampleOrder } from '../store/testing';

const stores: Store[] = [];
afterEach(async () => {
	await Promise.all(stores.splice(0).map((s) => s.destroy()));
});

describe('records from older peers', () => {
	it('reads an order whose creation record lacks fields added later (additive migration)', () => {
		const doc = new Y.Doc();
		const map = new Y.Map<unknown>();
		doc.getMap('orders').set('old', map);
		map.set('o', {
			createdAt: 1,
			deviceId: 'd',
			draft: false,
			number: { series: 'A', n: 1, deviceId: 'd' },
			pricesIncludeVat: true,
			feeVatRate: 2000,
			paymentStatus: 'paid',
			fulfilmentStatus: 'delivered',
			lines: [
				{
					id: 'l',
					sku: 'MUG',
					name: 'Tasse',
					quantity: 1,
					unitPrice: 100,
					vatRate: 2000,
					custom: false,
					digital: false,
					pos: 0
				}
			],
			customer: { email: '', name: 'Old', phone: '' },
			shippingAddress: null,
			shippingMethod: '',
			paymentMethod: '',
			shippingFee: 0
		});
		const order = readOrder(doc, 'old')!.order;
		expect(order.schema).toBe(0);
		expect(order.handlingFee).toBe(0);
		expect(order.customerComments).toBe('');
		expect(order.discount).toBe(null);
		expect(order.paymentStatus).toBe('paid');
	});
});

describe('devices and settings', () => {
	it('names the device and lets it pick a free series before its first order only', async () => {
		const store = await openTestStore({ deviceId: 'till-1' });
		stores.push(store);
		const a = store.actions;
		const named = await a.registerDevice({ name: 'Caisse 1', series: 'c1' });
		expect(named.ok && named.value).toMatchObject({ name: 'Caisse 1', series: 'C1' });
		const bad = await a.registerDevice({ series: 'trop-long' });
		expect(!bad.ok && bad.error.code).toBe('device.seriesInvalid');
		const r = await a.createOrder(sampleOrder());
		expect(r.ok && r.value.number?.series).toBe('C1');
		const late = await a.registerDevice({ series: 'C2' });
		expect(!late.ok && late.error.code).toBe('device.seriesTaken');
		expect(store.queries.device('till-1').series).toBe('C1');
	});

	it('validates settings group by group, all or nothing', async () => {
		const store = await openTestStore();
		stores.push(store);
		const a = store.actions;
		const ok = await a.updateSettings({
			identity: { name: 'La Boutique', legalLines: ['SIRET 123'] },
			money: { pricesIncludeVat: false }
		});
		expect(ok.ok).toBe(true);
		expect(store.queries.settings().identity.name).toBe('La Boutique');
		expect(store.queries.settings().money).toMatchObject({
			currency: 'EUR',
			pricesIncludeVat: false,
			defaultVatRate: 2000
		});
		const bad = await a.updateSettings({
			identity: { name: 'Autre' },
			money: { defaultVatRate: -1 }
		});
		expect(!bad.ok && bad.error.code).toBe('vat.invalid');
		expect(store.queries.settings().identity.name).toBe('La Boutique');
	});

	it('adds VAT on top of prices when the store prices without VAT', async () => {
		const store = await openTestStore();
		stores.push(store);
		await store.actions.updateSettings({ money: { pricesIncludeVat: false } });
		const r = await store.actions.createOrder(sampleOrder({ shippingFee: 0 }));
		if (!r.ok) throw new Error();
		expect(store.queries.getOrder(r.value.id)!.totals.total).toBe(3000);
	});

	it('updates a draft and remembers the customer of an order', async () => {
		const store = await openTestStore();
		stores.push(store);
		const a = store.actions;
		const d = await a.saveDraft({ input: sampleOrder() });
		if (!d.ok) throw new Error();
		const again = await a.saveDraft({
			id: d.value.id,
			input: sampleOrder({ shippingMethod: 'Retrait' })
		});
		expect(again.ok).toBe(true);
		expect(store.queries.getOrder(d.value.id)!.order.shippingMethod).toBe('Retrait');
		expect(store.queries.getCustomer('lea@exemple.fr')).toMatchObject({ phone: '06 12 34 56 78' });
		expect((await store.queries.listCustomers({ search: 'lea' })).map((c) => c.email)).toEqual([
			'lea@exemple.fr'
		]);
	});
});
