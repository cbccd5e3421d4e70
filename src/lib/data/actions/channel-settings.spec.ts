/** The store's channel list: adding, renaming, hiding, the default of manual orders, and merges. */
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
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

const visible = (store: Store) =>
	store.queries
		.channels()
		.filter((c) => !c.hidden)
		.map((c) => c.name || c.id);

describe('channel settings', () => {
	it('start with the five built-ins and phone as the default of manual orders', async () => {
		const store = await open();
		expect(visible(store)).toEqual(['stall', 'phone', 'email', 'event', 'online']);
		expect(store.queries.settings().orders.defaultChannel).toBe('phone');
	});

	it('adds and renames a custom channel; its orders follow the new name', async () => {
		const store = await open();
		const added = await store.actions.upsertChannel({ name: 'Marché de Noël' });
		if (!added.ok) throw new Error(added.error.code);
		const id = added.value.id;
		expect(added.value).toMatchObject({ builtIn: false, hidden: false, name: 'Marché de Noël' });
		const order = await store.actions.createOrder(sampleOrder({ channel: id }));
		expect(order.ok).toBe(true);
		const renamed = await store.actions.upsertChannel({ id, name: 'Marché de Noël 2026' });
		expect(renamed.ok && renamed.value.id).toBe(id);
		expect(visible(store)).toEqual([
			'stall',
			'phone',
			'email',
			'event',
			'online',
			'Marché de Noël 2026'
		]);
		expect((await store.queries.listOrders({ channel: id })).rows).toHaveLength(1);
	});

	it('hides a channel: no longer listed as visible, its orders keep it and can still be edited', async () => {
		const store = await open();
		const created = await store.actions.createOrder(sampleOrder({ channel: 'event' }));
		if (!created.ok) throw new Error(created.error.code);
		const hidden = await store.actions.upsertChannel({ id: 'event', hidden: true });
		expect(hidden.ok && hidden.value).toMatchObject({ id: 'event', builtIn: true, hidden: true });
		expect(visible(store)).not.toContain('event');
		const order = store.queries.getOrder(created.value.id)!.order;
		expect(order.channel).toBe('event');
		const edited = await store.actions.editOrder({
			id: order.id,
			input: { ...order, paymentMethod: 'Espèces' }
		});
		expect(edited.ok).toBe(true);
		expect(store.queries.getOrder(order.id)!.order.channel).toBe('event');
		await store.actions.upsertChannel({ id: 'event', hidden: false });
		expect(visible(store)).toContain('event');
	});

	it('refuses what would confuse sellers, with a message and no write', async () => {
		const store = await open();
		await store.actions.upsertChannel({ name: 'Salon du livre' });
		const before = Y.encodeStateVector(store.doc);
		const refusals = [
			await store.actions.upsertChannel({ name: '  salon du LIVRE ' }),
			await store.actions.upsertChannel({ id: 'phone', name: 'Fixe' }),
			await store.actions.upsertChannel({ id: 'phone', hidden: true }),
			await store.actions.upsertChannel({ id: 'nope', hidden: true }),
			await store.actions.upsertChannel({ name: '' }),
			await store.actions.updateSettings({ orders: { defaultChannel: 'nope' } }),
			await store.actions.updateSettings({ orders: { defaultChannel: 'Bad Id!' } })
		];
		expect(refusals.map((r) => !r.ok && r.error.code)).toEqual([
			'channel.nameTaken',
			'channel.builtInName',
			'channel.isDefault',
			'channel.unknown',
			'text.required',
			'channel.unknown',
			'channel.unknown'
		]);
		expect(Y.encodeStateVector(store.doc)).toEqual(before);
	});

	it('changes the default of manual orders to any visible channel, custom ones included', async () => {
		const store = await open();
		const added = await store.actions.upsertChannel({ name: 'Instagram' });
		if (!added.ok) throw new Error(added.error.code);
		const set = await store.actions.updateSettings({ orders: { defaultChannel: added.value.id } });
		expect(set.ok && set.value.orders.defaultChannel).toBe(added.value.id);
		await store.actions.upsertChannel({ id: 'email', hidden: true });
		const hiddenDefault = await store.actions.updateSettings({
			orders: { defaultChannel: 'email' }
		});
		expect(!hiddenDefault.ok && hiddenDefault.error.code).toBe('channel.unknown');
		// Other settings of the group can still be saved while the default stays.
		const hours = await store.actions.updateSettings({ orders: { abandonedCartHours: 48 } });
		expect(hours.ok && hours.value.orders).toMatchObject({
			abandonedCartHours: 48,
			defaultChannel: added.value.id
		});
	});

	it('two devices adding and hiding channels offline keep every change', async () => {
		const clock = testClock();
		const a = await open({ deviceId: 'device-a', clock, seed: 1 });
		const b = await open({ deviceId: 'device-b', clock, seed: 2 });
		await a.actions.upsertChannel({ name: 'Instagram' });
		await b.actions.upsertChannel({ name: 'Foire de Lyon' });
		await b.actions.upsertChannel({ id: 'online', hidden: true });
		Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)), 'peer');
		Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)), 'peer');
		expect(visible(a)).toEqual(visible(b));
		expect(visible(a)).toEqual(['stall', 'phone', 'email', 'event', 'Instagram', 'Foire de Lyon']);
	});
});
