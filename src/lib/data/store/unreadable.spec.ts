/**
 * Records a peer (or a backup file) writes in shapes this version cannot read: the store keeps
 * them, lists them as unreadable with what is wrong, leaves them out of lists, totals and stock,
 * and everything else keeps working, index rebuild included.
 */
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { maps, type StoreMaps } from '../crdt/schema';
import type { Store } from './store';
import { openTestStore, sampleOrder } from './testing';

/** A peer that starts from the store's state, writes `fn`, and sends its update back. */
function peerWrites(store: Store, fn: (m: StoreMaps) => void): void {
	const peer = new Y.Doc();
	Y.applyUpdate(peer, Y.encodeStateAsUpdate(store.doc));
	peer.transact(() => fn(maps(peer)));
	Y.applyUpdate(store.doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(store.doc)), 'peer');
}

async function storeWithOrders() {
	const store = await openTestStore();
	const ok = (r: { ok: boolean }) => expect(r.ok).toBe(true);
	ok(
		await store.actions.upsertProduct({ sku: 'MUG', name: 'Tasse', price: 1250, openingStock: 10 })
	);
	const a = await store.actions.createOrder(sampleOrder());
	const b = await store.actions.createOrder(sampleOrder());
	if (!a.ok || !b.ok) throw new Error('setup');
	return { store, a: a.value.id, b: b.value.id };
}

const orderRecord = (over: Record<string, unknown>) =>
	JSON.stringify({
		schema: 1,
		createdAt: Date.UTC(2026, 10, 23),
		deviceId: 'peer',
		draft: false,
		number: { series: 'P', n: 1, deviceId: 'peer' },
		pricesIncludeVat: true,
		feeVatRate: 2000,
		paymentStatus: 'paid',
		fulfilmentStatus: 'awaiting_processing',
		lines: [{ id: 'l1', sku: 'MUG', name: 'Tasse', quantity: 3, unitPrice: 1250, vatRate: 2000 }],
		customer: { email: '', name: 'Pair', phone: '' },
		shippingAddress: null,
		shippingMethod: '',
		paymentMethod: '',
		shippingFee: 0,
		...over
	});

const newOrder = (m: StoreMaps, id: string, o: unknown) => {
	const map = new Y.Map<unknown>();
	map.set('o', o);
	m.orders.set(id, map);
};

const cases: [string, (m: StoreMaps, ids: { a: string }) => void, RegExp][] = [
	['a line set to null', (m, { a }) => m.orders.get(a)!.set('l:x', null), /line x/],
	['a creation record that is not JSON', (m) => newOrder(m, 'bad', '{"lines": ['), /JSON/],
	[
		'a price of 1.5 cents',
		(m) => newOrder(m, 'bad', orderRecord({ lines: [{ id: 'l1', quantity: 1, unitPrice: 1.5 }] })),
		/unitPrice is 1\.5/
	],
	[
		'a price given as text',
		(m) => newOrder(m, 'bad', orderRecord({ lines: [{ id: 'l1', quantity: 1, unitPrice: '12' }] })),
		/unitPrice/
	],
	['a refund slot without fields', (m, { a }) => m.orders.get(a)!.set('rf:x:1', null), /refund/],
	['an order that is not a map', (m) => m.orders.set('bad', 'hello' as never), /not an order/],
	[
		'quantity × price past 2^53',
		(m) =>
			newOrder(
				m,
				'bad',
				orderRecord({ lines: [{ id: 'l1', quantity: 999_999, unitPrice: 999_999_999_999 }] })
			),
		/too large/
	]
];

describe('unreadable records', () => {
	for (const [name, write, problem] of cases) {
		it(`keeps an order with ${name}, lists it as unreadable and leaves it out of lists and stock`, async () => {
			const { store, a, b } = await storeWithOrders();
			const level = async () =>
				(await store.queries.listProducts()).find((p) => p.sku === 'MUG')?.level;
			expect(await level()).toBe(6);
			peerWrites(store, (m) => write(m, { a }));
			await store.flush();
			const bad = store.doc.getMap('orders').has('bad') ? 'bad' : a;
			const good = [a, b].filter((id) => id !== bad);
			const listed = (await store.queries.listOrders({ view: 'all' })).rows.map((r) => r.id);
			expect(listed.sort()).toEqual(good.sort());
			expect(store.queries.getOrder(bad)).toBeNull();
			expect(store.queries.orderProblem(bad)).toMatch(problem);
			const unreadable = await store.queries.unreadable();
			expect(unreadable).toEqual([
				{ kind: 'order', id: bad, problem: expect.stringMatching(problem) }
			]);
			// Stock counts only the readable orders: 10 − 2 per readable order.
			expect(await level()).toBe(10 - 2 * good.length);
			const before = await store.index.orders.orderBy('id').toArray();
			await store.rebuildIndex();
			expect(await store.index.orders.orderBy('id').toArray()).toEqual(before);
			expect(await level()).toBe(10 - 2 * good.length);
			expect(await store.queries.unreadable()).toEqual(unreadable);
			// Kept, never deleted: a newer version may read it.
			expect(store.doc.getMap('orders').has(bad)).toBe(true);
			// And the store still works.
			expect((await store.actions.createOrder(sampleOrder())).ok).toBe(true);
			await store.destroy();
		});
	}

	it('opens a store whose CRDT holds an unreadable order (the rebuild skips it)', async () => {
		const { store, a } = await storeWithOrders();
		peerWrites(store, (m) => m.orders.get(a)!.set('l:x', null));
		await store.flush();
		const update = Y.encodeStateAsUpdate(store.doc);
		await store.destroy();
		const doc = new Y.Doc();
		Y.applyUpdate(doc, update);
		const reopened = await openTestStore({ doc, persistence: 'memory' });
		expect(await reopened.healed).toBe('rebuilt');
		expect((await reopened.queries.listOrders()).rows).toHaveLength(1);
		await reopened.destroy();
	});

	it('falls back field by field when a peer writes settings this version cannot use', async () => {
		const { store } = await storeWithOrders();
		peerWrites(store, (m) => {
			m.settings.set('money', { currency: 'EURO', pricesIncludeVat: false, defaultVatRate: 550 });
			m.settings.set('numbering', { prefix: 'x'.repeat(10_000_000), suffix: '-B' });
			m.settings.set('orders', 'junk');
		});
		await store.flush();
		const s = store.queries.settings();
		expect(s.money).toEqual({
			currency: 'EUR',
			pricesIncludeVat: false,
			defaultVatRate: 550,
			vatRegime: 'standard'
		});
		expect(s.numbering).toEqual({ prefix: '', suffix: '-B' });
		expect(s.orders.abandonedCartHours).toBe(24);
		expect(
			() => new Intl.NumberFormat('fr', { style: 'currency', currency: s.money.currency })
		).not.toThrow();
		const kinds = (await store.queries.unreadable()).map((u) => `${u.kind}:${u.id}`).sort();
		expect(kinds).toEqual(['settings:money', 'settings:numbering', 'settings:orders']);
		await store.destroy();
	});

	it('leaves out unreadable products, customers, movements, tags, devices and channels', async () => {
		const { store } = await storeWithOrders();
		peerWrites(store, (m) => {
			m.products.set('BAD', { name: 'Cher', price: 1.5 });
			m.products.set('OBJ', 'not a product');
			m.customers.set('x@y.fr', { name: 42 });
			m.stock.set('adjustment:huge', { sku: 'MUG', qty: 1e300, kind: 'adjustment' });
			m.stock.set('adjustment:null', null);
			m.stock.set('adjustment:obj', { sku: { not: 'a sku' }, qty: 1 });
			m.tags.set('t1', null);
			m.devices.set('d1', 7);
			m.settings.set('ch:c-x', 'junk');
		});
		await store.flush();
		const products = await store.queries.listProducts();
		expect(products.map((p) => p.sku)).toEqual(['MUG']);
		expect(products[0]!.level).toBe(6);
		expect(await store.queries.stockMovements('MUG')).toHaveLength(3);
		expect(store.queries.getCustomer('x@y.fr')).toBeNull();
		expect(store.queries.tags()).toEqual([]);
		expect(store.queries.devices().map((d) => d.id)).toEqual(['device-a']);
		expect(store.queries.channels().every((c) => c.builtIn)).toBe(true);
		const kinds = (await store.queries.unreadable()).map((u) => `${u.kind}:${u.id}`).sort();
		expect(kinds).toEqual([
			'channel:c-x',
			'customer:x@y.fr',
			'device:d1',
			'product:BAD',
			'product:OBJ',
			'stock:adjustment:huge',
			'stock:adjustment:null',
			'stock:adjustment:obj',
			'tag:t1'
		]);
		await store.rebuildIndex();
		expect((await store.queries.listProducts()).map((p) => [p.sku, p.level])).toEqual([['MUG', 6]]);
		await store.destroy();
	});
});
