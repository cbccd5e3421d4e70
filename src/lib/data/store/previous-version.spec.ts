/**
 * A device on the previous version of the records syncs with this one, both ways. The fixture
 * is a store written by record format v1 (commit f2fd344) with what it must read as; the frozen
 * v1 order reader stands for that device reading what this version writes.
 */
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { computeTotals } from '../../domain/totals';
import { readOrder } from '../crdt/order-read';
import fixture from './fixtures/v1-store.json';
import { readOrder as readOrderV1 } from './fixtures/v1-order-read';
import { openTestStore, sampleOrder } from './testing';

const v1Update = () => new Uint8Array(Buffer.from(fixture.update, 'base64'));

describe('a device on record format v1', () => {
	it('sends its store: every record is readable and reads as it did there', async () => {
		const store = await openTestStore({ persistence: 'memory' });
		Y.applyUpdate(store.doc, v1Update(), 'peer');
		await store.flush();
		expect(await store.queries.unreadable()).toEqual([]);
		const rows = await store.index.orders.toArray();
		expect(rows).toHaveLength(fixture.orders);
		expect(rows.reduce((a, r) => a + r.total, 0)).toBe(fixture.total);
		expect(rows.reduce((a, r) => a + r.refunded, 0)).toBe(fixture.refunded);
		const levels = Object.fromEntries(
			(await store.queries.listProducts()).map((p) => [p.sku, p.level])
		);
		expect(levels).toEqual(fixture.levels);
		await store.destroy();
	});

	it('reads what this version writes: orders, edits, refunds, cancellations, notes', async () => {
		const store = await openTestStore({ persistence: 'memory', deviceId: 'new-device' });
		Y.applyUpdate(store.doc, v1Update(), 'peer');
		const a = store.actions;
		const created = await a.createOrder(sampleOrder());
		if (!created.ok) throw new Error('setup');
		const id = created.value.id;
		const lineId = store.queries.getOrder(id)!.order.lines[0]!.id;
		expect((await a.setPaymentStatus({ id, status: 'paid' })).ok).toBe(true);
		expect((await a.addNote({ id, text: 'fragile' })).ok).toBe(true);
		expect(
			(await a.refundLines({ id, request: { lines: [{ lineId, qty: 1, restock: true }] } })).ok
		).toBe(true);
		const other = await a.createOrder(sampleOrder({ shippingFee: 0 }));
		if (!other.ok) throw new Error('setup');
		expect((await a.cancelOrder(other.value.id)).ok).toBe(true);
		const old = new Y.Doc();
		Y.applyUpdate(old, v1Update());
		Y.applyUpdate(old, Y.encodeStateAsUpdate(store.doc, Y.encodeStateVector(old)));
		for (const orderId of old.getMap('orders').keys()) {
			const mine = readOrder(store.doc, orderId)!;
			const theirs = readOrderV1(old, orderId)!;
			expect(theirs.order.lines).toEqual(mine.order.lines);
			expect(computeTotals(theirs.order)).toEqual(computeTotals(mine.order));
			// Refunds are events since record format v2 (`rfe:` keys, decision 0024): a v1 device
			// keeps them (nothing is lost or rewritten) but does not count them until it updates.
			const unitRefunds = mine.order.refundEntries.length === 0;
			if (unitRefunds) {
				expect(theirs.order.refunds).toEqual(mine.order.refunds);
				expect(theirs.order.paymentStatus).toBe(mine.order.paymentStatus);
			} else expect(theirs.order.refunds).toEqual({ lines: {}, shipping: false });
		}
		await store.destroy();
	});
});
