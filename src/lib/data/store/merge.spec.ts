/** Scenarios from the issue: two devices offline, then their updates meet. */
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from './store';
import { openTestStore, sampleOrder, testClock } from './testing';

const stores: Store[] = [];
afterEach(async () => {
	await Promise.all(stores.splice(0).map((s) => s.destroy()));
});

async function twoDevices() {
	const clock = testClock();
	const a = await openTestStore({ deviceId: 'device-a', persistence: 'memory', clock, seed: 1 });
	const b = await openTestStore({ deviceId: 'device-b', persistence: 'memory', clock, seed: 2 });
	stores.push(a, b);
	await a.actions.upsertProduct({ sku: 'MUG', name: 'Tasse', price: 1250, openingStock: 10 });
	await sync(a, b);
	return { a, b };
}

/** Exchanges full states both ways, as peers do after a partition, and waits for the indexes. */
async function sync(a: Store, b: Store) {
	Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)), 'peer');
	Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)), 'peer');
	await Promise.all([a.flush(), b.flush()]);
}

const mugLevel = async (s: Store) =>
	(await s.queries.listProducts()).find((p) => p.sku === 'MUG')?.level;
const three = sampleOrder({ lines: [{ sku: 'MUG', name: 'Tasse', quantity: 3, unitPrice: 1250 }] });

describe('two devices offline', () => {
	it('both sales count: 10 in stock, 3 sold on each, 4 after merge', async () => {
		const { a, b } = await twoDevices();
		await a.actions.createOrder(three);
		await b.actions.createOrder(three);
		expect(await mugLevel(a)).toBe(7);
		await sync(a, b);
		expect(await mugLevel(a)).toBe(4);
		expect(await mugLevel(b)).toBe(4);
	});

	it('never give the same number: each device numbers its own series', async () => {
		const { a, b } = await twoDevices();
		const ra = await a.actions.createOrder(three);
		const rb = await b.actions.createOrder(three);
		await sync(a, b);
		const na = ra.ok && ra.value.number;
		const nb = rb.ok && rb.value.number;
		expect(na && na.n).toBe(1);
		expect(nb && nb.n).toBe(1);
		expect(na && nb && na.series).not.toBe(nb && nb.series);
		const next = await a.actions.createOrder(three);
		expect(next.ok && next.value.number?.n).toBe(2);
	});

	it('refunds of the same line on both devices both count, flagged, restocking each unit once', async () => {
		const { a, b } = await twoDevices();
		const r = await a.actions.createOrder(three);
		if (!r.ok) throw new Error();
		const id = r.value.id;
		await a.actions.setPaymentStatus({ id, status: 'paid' });
		await sync(a, b);
		expect(await mugLevel(b)).toBe(7);
		await a.actions.refundLines({ id, request: { lines: [{ sku: 'MUG', qty: 2 }] } });
		await b.actions.refundLines({ id, request: { lines: [{ sku: 'MUG', qty: 2 }] } });
		await sync(a, b);
		// Four units refunded for three sold: the money of both refunds stays, the order is
		// flagged for a person to settle, and no more than the three units sold go back.
		expect(await mugLevel(a)).toBe(10);
		expect(await mugLevel(b)).toBe(10);
		const detail = a.queries.getOrder(id)!;
		expect(detail.order.refunds.lines[detail.order.lines[0]!.id]).toEqual({ qty: 4, restocked: 4 });
		expect(detail.refunded).toBe(5000);
		expect(detail.conflicts.map((c) => c.kind)).toContain('overRefunded');
	});

	it('edits of different fields of the same order both survive', async () => {
		const { a, b } = await twoDevices();
		const r = await a.actions.createOrder(three);
		if (!r.ok) throw new Error();
		const id = r.value.id;
		await sync(a, b);
		const order = a.queries.getOrder(id)!.order;
		await a.actions.editOrder({ id, input: { ...order, shippingMethod: 'Chronopost' } });
		await b.actions.editOrder({
			id,
			input: { ...order, customer: { ...order.customer, phone: '07 00 00 00 00' } }
		});
		await b.actions.setFulfilmentStatus({ id, status: 'processing' });
		await a.actions.addNote({ id, text: 'Fragile' });
		await sync(a, b);
		for (const s of [a, b]) {
			const d = s.queries.getOrder(id)!;
			expect(d.order.shippingMethod).toBe('Chronopost');
			expect(d.order.customer.phone).toBe('07 00 00 00 00');
			expect(d.order.fulfilmentStatus).toBe('processing');
			expect(d.activity.map((e) => e.kind)).toEqual([
				'created',
				'edited',
				'edited',
				'fulfilment',
				'note'
			]);
		}
		expect(await a.index.orders.get(id)).toEqual(await b.index.orders.get(id));
	});
});

describe('index healing', () => {
	it('rebuilds at the next start when the CRDT changed but the index did not (crash between writes)', async () => {
		const name = `crash-${Math.random()}`;
		const first = await openTestStore({ name });
		const r = await first.actions.createOrder(sampleOrder());
		await first.destroy();
		// Another writer changes the CRDT on disk while the index is not listening.
		const { IndexeddbPersistence } = await import('y-indexeddb');
		const doc = new Y.Doc();
		const p = new IndexeddbPersistence(name, doc);
		await p.whenSynced;
		const id = r.ok ? r.value.id : '';
		(doc.getMap('orders').get(id) as Y.Map<unknown>).set('arc', true);
		await new Promise((resolve) => setTimeout(resolve, 50));
		await p.destroy();
		const second = await openTestStore({ name });
		stores.push(second);
		expect(await second.healed).toBe('rebuilt');
		expect((await second.queries.listOrders({ view: 'archived' })).rows.map((x) => x.id)).toEqual([
			id
		]);
	});
});
