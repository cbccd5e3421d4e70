/** Sales channels in the store: recorded on orders, filtered, managed in settings, merged. */
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { maps, orderKeys } from '../crdt/schema';
import type { Store } from '../store/store';
import { openTestStore, sampleOrder, testClock } from '../store/testing';

const stores: Store[] = [];
afterEach(async () => {
	await Promise.all(stores.splice(0).map((s) => s.destroy()));
});

async function open(o: Parameters<typeof openTestStore>[0] = {}) {
	const store = await openTestStore({ persistence: 'memory', ...o });
	stores.push(store);
	return store;
}

async function create(store: Store, over: Record<string, unknown> = {}) {
	const r = await store.actions.createOrder(sampleOrder(over));
	if (!r.ok) throw new Error(r.error.code);
	return r.value.id;
}

const idsOf = async (store: Store, channel?: string) =>
	(await store.queries.listOrders({ channel })).rows.map((r) => r.id).sort();

describe('order channel', () => {
	it('is recorded on the order and its index row, and filters the list', async () => {
		const store = await open();
		const phone = await create(store, { channel: 'phone' });
		const event = await create(store, { channel: 'event' });
		const none = await create(store);
		expect(store.queries.getOrder(phone)?.order.channel).toBe('phone');
		expect(store.queries.getOrder(none)?.order.channel).toBeNull();
		expect((await store.index.orders.get(event))?.channel).toBe('event');
		// Before the in-memory list is loaded, then from it: the same answers.
		expect(await idsOf(store, 'phone')).toEqual([phone]);
		expect(await idsOf(store, 'unspecified')).toEqual([none]);
		await store.whenListReady;
		expect(await idsOf(store, 'event')).toEqual([event]);
		expect(await idsOf(store, 'unspecified')).toEqual([none]);
		expect(await idsOf(store, 'online')).toEqual([]);
	});

	it('refuses an unknown channel with a clear message and writes nothing', async () => {
		const store = await open();
		const before = Y.encodeStateVector(store.doc);
		const r = await store.actions.createOrder(sampleOrder({ channel: 'pigeon' }));
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.error).toEqual({ code: 'channel.unknown', params: { id: 'pigeon' } });
		expect(Y.encodeStateVector(store.doc)).toEqual(before);
		expect((await store.queries.listOrders()).rows).toEqual([]);
	});

	it('logs a change of channel with both values; an edit that does not say keeps it', async () => {
		const store = await open();
		const id = await create(store, { channel: 'phone' });
		const order = store.queries.getOrder(id)!.order;
		const edited = await store.actions.editOrder({ id, input: { ...order, channel: 'event' } });
		expect(edited.ok && edited.value.changed).toEqual([orderKeys.channel]);
		const detail = store.queries.getOrder(id)!;
		expect(detail.order.channel).toBe('event');
		const logged = detail.activity.filter((a) => a.kind === 'channel' || a.kind === 'edited');
		expect(logged.map((a) => [a.kind, a.detail])).toEqual([
			['channel', { from: 'phone', to: 'event' }]
		]);
		const withoutChannel: Record<string, unknown> = { ...detail.order };
		delete withoutChannel.channel;
		await store.actions.editOrder({ id, input: { ...withoutChannel, shippingMethod: 'Relais' } });
		expect(store.queries.getOrder(id)!.order.channel).toBe('event');
		expect(await idsOf(store, 'event')).toEqual([id]);
	});

	it('reads an order written before channels existed as unspecified', async () => {
		const store = await open();
		const id = await create(store, { channel: 'stall' });
		// Rewrite the creation record the way an older peer wrote it: no channel field, no group.
		const map = maps(store.doc).orders.get(id)!;
		const raw = JSON.parse(map.get(orderKeys.created) as string) as Record<string, unknown>;
		delete raw.channel;
		store.doc.transact(() => map.set(orderKeys.created, JSON.stringify(raw)));
		await store.flush();
		expect(store.queries.getOrder(id)?.order.channel).toBeNull();
		expect(await idsOf(store, 'unspecified')).toEqual([id]);
		await store.rebuildIndex();
		expect((await store.index.orders.get(id))?.channel).toBe('');
	});
});

describe('channel and customer edited on two devices offline', () => {
	it('keeps both edits: the channel is its own field group', async () => {
		const clock = testClock();
		const a = await open({ deviceId: 'device-a', clock, seed: 1 });
		const b = await open({ deviceId: 'device-b', clock, seed: 2 });
		const id = await create(a, { channel: 'phone' });
		const sync = async () => {
			Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)), 'peer');
			Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)), 'peer');
			await Promise.all([a.flush(), b.flush()]);
		};
		await sync();
		const order = a.queries.getOrder(id)!.order;
		await a.actions.editOrder({ id, input: { ...order, channel: 'email' } });
		await b.actions.editOrder({
			id,
			input: { ...order, customer: { ...order.customer, name: 'Léa Durand' } }
		});
		await sync();
		for (const store of [a, b]) {
			const merged = store.queries.getOrder(id)!.order;
			expect(merged.channel).toBe('email');
			expect(merged.customer.name).toBe('Léa Durand');
			expect(await idsOf(store, 'email')).toEqual([id]);
		}
	});
});

describe('an index from before channels', () => {
	it('upgrades and rebuilds at start, after which the channel filter works', async () => {
		// The order book written by a current device, on disk under `name`.
		const source = await open({ seed: 3 });
		const phone = await create(source, { channel: 'phone' });
		await create(source, { channel: 'stall' });
		const name = `upgrade-${Math.random()}`;
		const { IndexeddbPersistence } = await import('y-indexeddb');
		const disk = new Y.Doc();
		Y.applyUpdate(disk, Y.encodeStateAsUpdate(source.doc));
		const p = new IndexeddbPersistence(name, disk);
		await p.whenSynced;
		await new Promise((resolve) => setTimeout(resolve, 50));
		await p.destroy();
		// Its index as the previous version left it: schema 1, rows without a channel, in step.
		const old = new Dexie(`${name}-index`);
		old.version(1).stores({
			orders:
				'id, [view+createdAt+id], [view+numberKey+id], [view+total+id], [view+customerKey+id], ' +
				'[view+paymentStatus], [view+fulfilmentStatus], [view+paymentMethod], ' +
				'[view+shippingMethod], *tags, *words, *skus',
			products: 'sku, nameKey, level',
			customers: 'email, nameKey',
			meta: 'key'
		});
		const rows = (await source.index.orders.toArray()).map(({ channel: _, ...row }) => row);
		await old.table('orders').bulkPut(rows);
		await old.table('meta').bulkPut([
			{ key: 'sv', value: Y.encodeStateVector(disk) },
			{ key: 'version', value: 1 }
		]);
		old.close();

		const store = await open({ name, persistence: 'indexeddb' });
		expect(await store.healed).toBe('rebuilt');
		expect((await store.index.orders.get(phone))?.channel).toBe('phone');
		expect(await idsOf(store, 'phone')).toEqual([phone]);
		expect(await idsOf(store, 'unspecified')).toEqual([]);
	});
});
