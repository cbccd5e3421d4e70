import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openTestStore, sampleOrder } from './testing';

describe('store', () => {
	it('creates an order that is listed, numbered and moves stock', async () => {
		const store = await openTestStore();
		const { actions, queries } = store;
		expect(
			(await actions.upsertProduct({ sku: 'MUG', name: 'Tasse', price: 1250, openingStock: 10 })).ok
		).toBe(true);
		const created = await actions.createOrder(sampleOrder());
		expect(created.ok).toBe(true);
		if (!created.ok) return;
		expect(created.value.number?.n).toBe(1);
		const page = await queries.listOrders();
		expect(page.rows.map((r) => r.id)).toEqual([created.value.id]);
		expect(page.rows[0]?.total).toBe(2 * 1250 + 590);
		const products = await queries.listProducts();
		expect(products[0]?.level).toBe(8);
		await store.destroy();
	});

	it('survives reopening: the order is on disk and the index is clean', async () => {
		const name = `reopen-${Math.random()}`;
		const first = await openTestStore({ name });
		const created = await first.actions.createOrder(sampleOrder());
		await first.destroy();
		const second = await openTestStore({ name });
		expect(await second.healed).toBe('clean');
		expect(created.ok && second.queries.getOrder(created.value.id)?.order.customer.name).toBe(
			'Léa Martin'
		);
		await second.destroy();
	});
});
