/**
 * The index never lies: a batch whose Dexie transaction fails leaves the index dirty, and it
 * rebuilds from the CRDT instead of forgetting the orders of that batch.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openTestStore, sampleOrder } from '../store/testing';

describe('an index batch that fails', () => {
	it('is not forgotten: the index rebuilds and lists every order', async () => {
		const store = await openTestStore({ persistence: 'memory' });
		expect((await store.actions.createOrder(sampleOrder())).ok).toBe(true);
		const table = store.index.orders;
		const original = table.bulkPut.bind(table);
		let fail = 1;
		table.bulkPut = ((...args: Parameters<typeof original>) => {
			if (fail-- > 0) return Promise.reject(new Error('index write failed'));
			return original(...args);
		}) as typeof original;
		// The CRDT holds the order: the action succeeds; the failed index batch is redone.
		const second = await store.actions.createOrder(sampleOrder());
		expect(second.ok).toBe(true);
		await store.flush();
		const listed = (await store.queries.listOrders()).rows.map((r) => r.id);
		expect(listed).toHaveLength(2);
		expect(listed).toContain(second.ok && second.value.id);
		const live = await table.orderBy('id').toArray();
		const mug = await store.index.products.get('MUG');
		await store.rebuildIndex();
		expect(await table.orderBy('id').toArray()).toEqual(live);
		expect(await store.index.products.get('MUG')).toEqual(mug);
		await store.destroy();
	});
});
