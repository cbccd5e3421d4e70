import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { openTestStore, sampleOrder } from './testing';

/** Counts the CRDT updates stored in a store's y-indexeddb database. */
function storedUpdates(name: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const open = indexedDB.open(name);
		open.onerror = () => reject(open.error);
		open.onsuccess = () => {
			const req = open.result.transaction('updates').objectStore('updates').count();
			req.onsuccess = () => {
				open.result.close();
				resolve(req.result);
			};
			req.onerror = () => reject(req.error);
		};
	});
}

/** Two stores on the same databases, like two tabs of one browser, passing updates as tabs do. */
async function twoTabs() {
	const name = `tabs-${Math.random()}`;
	const a = await openTestStore({ name, deviceId: 'device-a' });
	const b = await openTestStore({ name, deviceId: 'device-a', seed: 2 });
	const fromA = { tab: 'a' };
	const fromB = { tab: 'b' };
	b.storedElsewhere((origin) => origin === fromA);
	a.storedElsewhere((origin) => origin === fromB);
	a.doc.on('update', (u: Uint8Array, origin: unknown) => {
		if (origin !== fromB) Y.applyUpdate(b.doc, u, fromA);
	});
	b.doc.on('update', (u: Uint8Array, origin: unknown) => {
		if (origin !== fromA) Y.applyUpdate(a.doc, u, fromB);
	});
	return { name, a, b };
}

describe('two tabs of one browser', () => {
	it('write each CRDT update once, and both show the change', async () => {
		const { name, a, b } = await twoTabs();
		const before = await storedUpdates(name);
		const created = await a.actions.createOrder(sampleOrder());
		expect(created.ok).toBe(true);
		await Promise.all([a.flush(), b.flush()]);
		const alone = (await storedUpdates(name)) - before;
		expect(alone).toBeGreaterThan(0);
		if (!created.ok) return;
		expect(b.queries.getOrder(created.value.id)?.order.customer.name).toBe('Léa Martin');
		// The same action again from tab B: it writes as many updates as tab A did, not twice as many.
		const second = await b.actions.createOrder(sampleOrder());
		await Promise.all([a.flush(), b.flush()]);
		expect((await storedUpdates(name)) - before).toBe(2 * alone);
		expect(second.ok && a.queries.getOrder(second.value.id)?.order.number).toBeTruthy();
		await a.destroy();
		await b.destroy();
	});

	it('index a change once: the receiving tab reads the rows but writes none', async () => {
		const { a, b } = await twoTabs();
		await a.actions.upsertProduct({ sku: 'MUG', name: 'Tasse', price: 1250, openingStock: 10 });
		await Promise.all([a.flush(), b.flush()]);
		const writes: string[] = [];
		for (const table of [b.index.orders, b.index.products, b.index.customers, b.index.meta]) {
			table.hook('creating', () => void writes.push(table.name));
			table.hook('updating', () => void writes.push(table.name));
		}
		const seen: string[][] = [];
		b.subscribe((change) => seen.push(change.orders));
		const created = await a.actions.createOrder(sampleOrder());
		await Promise.all([a.flush(), b.flush()]);
		expect(writes).toEqual([]);
		// Tab B's screens still hear of the new order, and the stock the index holds is right.
		expect(created.ok && seen.flat()).toContain(created.ok && created.value.id);
		expect((await b.queries.listProducts())[0]?.level).toBe(8);
		await a.destroy();
		await b.destroy();
	});
});

describe('the index state vector', () => {
	it('follows changes no index row shows, so the next start needs no rebuild', async () => {
		const name = `sv-${Math.random()}`;
		const first = await openTestStore({ name });
		await first.actions.createOrder(sampleOrder());
		const changed = await first.actions.updateSettings({ numbering: { prefix: 'Boutique-' } });
		expect(changed.ok).toBe(true);
		await first.destroy();
		const second = await openTestStore({ name });
		expect(await second.healed).toBe('clean');
		await second.destroy();
	});

	it('two tabs not yet in step never give the same order or credit-note number', async () => {
		const name = `tabs-${Math.random()}`;
		const a = await openTestStore({ name, deviceId: 'device-a', persistence: 'memory' });
		const b = await openTestStore({ name, deviceId: 'device-a', persistence: 'memory', seed: 2 });
		// No update passes between them: each tab still believes the counter is at 0.
		const made = await Promise.all([
			a.actions.createOrder(sampleOrder()),
			b.actions.createOrder(sampleOrder()),
			a.actions.createOrder(sampleOrder())
		]);
		const numbers = made.map((r) => (r.ok ? `${r.value.number!.series}-${r.value.number!.n}` : ''));
		expect(new Set(numbers).size).toBe(3);
		for (const r of made)
			if (r.ok)
				await (r === made[1] ? b : a).actions.setPaymentStatus({ id: r.value.id, status: 'paid' });
		const notes = await Promise.all([
			a.actions.refundLines({
				id: made[0]!.ok ? made[0]!.value.id : '',
				request: { lines: [{ sku: 'MUG', qty: 1 }] }
			}),
			b.actions.refundLines({
				id: made[1]!.ok ? made[1]!.value.id : '',
				request: { lines: [{ sku: 'MUG', qty: 1 }] }
			})
		]);
		const noteNumbers = notes.map((r) => (r.ok ? r.value.number.n : 0));
		expect(noteNumbers.sort()).toEqual([1, 2]);
		await Promise.all([a.destroy(), b.destroy()]);
	});
});
