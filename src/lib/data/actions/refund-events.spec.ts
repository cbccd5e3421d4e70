/** Refunds read back as events: one per refund, on one device and after an offline merge. */
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { maps, refundKey } from '../crdt/schema';
import type { Store } from '../store/store';
import { openTestStore, sampleOrder, testClock } from '../store/testing';

const stores: Store[] = [];
afterEach(async () => {
	await Promise.all(stores.splice(0).map((s) => s.destroy()));
});

async function sync(a: Store, b: Store) {
	Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)), 'peer');
	Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)), 'peer');
	await Promise.all([a.flush(), b.flush()]);
}

const order = sampleOrder({
	lines: [
		{ sku: 'MUG', name: 'Tasse', quantity: 3, unitPrice: 1250, vatRate: 2000 },
		{ sku: 'HONEY', name: 'Miel', quantity: 1, unitPrice: 890, vatRate: 550 }
	]
});

async function paidOrder(store: Store): Promise<string> {
	const r = await store.actions.createOrder(order);
	if (!r.ok) throw new Error(r.error.code);
	await store.actions.setPaymentStatus({ id: r.value.id, status: 'paid' });
	return r.value.id;
}

describe('refund events', () => {
	it('lists each refund with its date, device, units per line, shipping and amount', async () => {
		const clock = testClock();
		const a = await openTestStore({ deviceId: 'device-a', persistence: 'memory', clock });
		stores.push(a);
		const id = await paidOrder(a);
		const first = await a.actions.refundLines({ id, request: { lines: [{ sku: 'MUG', qty: 2 }] } });
		clock.advance(86_400_000);
		const second = await a.actions.refundLines({
			id,
			request: { lines: [{ sku: 'HONEY', qty: 1, restock: false }], shipping: true }
		});
		if (!first.ok || !second.ok) throw new Error();
		const detail = a.queries.getOrder(id)!;
		const [mug, honey] = detail.order.lines;
		expect(detail.refunds).toHaveLength(2);
		const [one, two] = detail.refunds;
		expect(one!.id).not.toBe(two!.id);
		expect(two!.at - one!.at).toBeGreaterThanOrEqual(86_400_000);
		expect(one).toMatchObject({
			deviceId: 'device-a',
			lines: [{ lineId: mug!.id, qty: 2, restocked: 2, amount: 2500 }],
			shipping: 0,
			amount: first.value.amount
		});
		expect(two).toMatchObject({
			lines: [{ lineId: honey!.id, qty: 1, restocked: 0, amount: 890 }],
			shipping: 590,
			amount: second.value.amount
		});
		expect(two!.vat).toEqual([
			{ rate: 550, net: 844, vat: 46, gross: 890 },
			{ rate: 2000, net: 492, vat: 98, gross: 590 }
		]);
		expect(one!.amount + two!.amount).toBe(detail.refunded);
	});

	it('groups records written before refund ids by date and device', async () => {
		const a = await openTestStore({ deviceId: 'device-a', persistence: 'memory' });
		stores.push(a);
		const id = await paidOrder(a);
		const map = maps(a.doc).orders.get(id)!;
		const line = a.queries.getOrder(id)!.order.lines[0]!.id;
		a.doc.transact(() => {
			map.set(refundKey(line, 1), { restock: true, at: 1000, deviceId: 'old' });
			map.set(refundKey(line, 2), { restock: true, at: 1000, deviceId: 'old' });
			map.set(refundKey(line, 3), { restock: false, at: 2000, deviceId: 'old' });
		});
		await a.flush();
		const events = a.queries.getOrder(id)!.refunds;
		expect(events.map((e) => [e.at, e.lines[0]!.qty, e.amount])).toEqual([
			[1000, 2, 2500],
			[2000, 1, 1250]
		]);
	});

	it('two devices refunding units of one line offline keep both refunds, seen alike', async () => {
		const clock = testClock();
		const a = await openTestStore({ deviceId: 'device-a', persistence: 'memory', clock, seed: 1 });
		const b = await openTestStore({ deviceId: 'device-b', persistence: 'memory', clock, seed: 2 });
		stores.push(a, b);
		const id = await paidOrder(a);
		await sync(a, b);
		// A refunds two mugs; B, offline, refunds "the first" mug and the shipping: three mugs.
		await a.actions.refundLines({ id, request: { lines: [{ sku: 'MUG', qty: 2 }] } });
		clock.advance(60_000);
		await b.actions.refundLines({
			id,
			request: { lines: [{ sku: 'MUG', qty: 1 }], shipping: true }
		});
		await sync(a, b);
		const [onA, onB] = [a.queries.getOrder(id)!, b.queries.getOrder(id)!];
		expect(onB.refunds).toEqual(onA.refunds);
		const mugUnits = onA.refunds.flatMap((e) => e.lines).reduce((n, l) => n + l.qty, 0);
		expect(mugUnits).toBe(3);
		expect(onA.refunds.map((e) => e.amount)).toEqual([2500, 1250 + 590]);
		expect(onA.refunds.reduce((n, e) => n + e.amount, 0)).toBe(onA.refunded);
		expect(onA.conflicts).toEqual([]);
	});
});
