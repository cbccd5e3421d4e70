/** Bounds on numbers and texts are checked by the actions themselves, not only by forms. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openTestStore, sampleOrder } from '../store/testing';

describe('action bounds', () => {
	it('refuses stock moves past a billion units, 1.5 cents and line totals past the cap', async () => {
		const store = await openTestStore({ persistence: 'memory' });
		const a = store.actions;
		expect((await a.upsertProduct({ sku: 'MUG', name: 'Tasse', price: 1250 })).ok).toBe(true);
		const refused = async (p: Promise<{ ok: boolean; error?: { code: string } }>) => {
			const r = await p;
			expect(r.ok).toBe(false);
			return r.error?.code;
		};
		expect(await refused(a.adjustStock({ sku: 'MUG', delta: 1e300 }))).toBe('quantity.tooLarge');
		expect(await refused(a.adjustStock({ sku: 'MUG', delta: -1e10 }))).toBe('quantity.tooLarge');
		expect(await refused(a.countStock({ sku: 'MUG', counted: 1e300 }))).toBe('quantity.tooLarge');
		expect(
			await refused(a.upsertProduct({ sku: 'X', name: 'X', price: 1, openingStock: 1e300 }))
		).toBe('quantity.tooLarge');
		expect(await refused(a.upsertProduct({ sku: 'X', name: 'X', price: 1.5 }))).toBe(
			'money.invalid'
		);
		const line = { sku: 'MUG', name: 'Tasse', quantity: 1_000_000, unitPrice: 999_999_999_999 };
		expect(await refused(a.createOrder(sampleOrder({ lines: [line] })))).toBe('money.tooLarge');
		const many = Array.from({ length: 1001 }, () => ({ ...line, quantity: 1, unitPrice: 1 }));
		expect(await refused(a.createOrder(sampleOrder({ lines: many })))).toBe('order.tooManyLines');
		// Nothing was written: the only movement is none, the level is 0.
		expect(await store.queries.stockMovements('MUG')).toEqual([]);
		expect((await store.queries.listOrders()).rows).toEqual([]);
		// Right at the bounds is accepted.
		expect((await a.adjustStock({ sku: 'MUG', delta: 1_000_000_000 })).ok).toBe(true);
		await store.destroy();
	});
});
