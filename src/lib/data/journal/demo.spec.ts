/**
 * Demo data stays out of the journal: demo orders are not sales, and neither is what is done to
 * them later; closings count real sales only, and the store says it holds demo orders.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../store/store';
import { openTestStore, sampleOrder } from '../store/testing';
import { journalMap } from './layout';
import { verifyStoreJournal } from './read';

const stores: Store[] = [];
afterEach(async () => {
	await Promise.all(stores.splice(0).map((s) => s.destroy()));
});

describe('demo data and the journal', () => {
	it('journals no demo order nor anything done to it, and closings count real sales only', async () => {
		const store = await openTestStore({ deviceId: 'till-a', persistence: 'memory' });
		stores.push(store);
		await store.actions.fillWithDemoData({ orders: 30, seed: 7 });
		expect(journalMap(store.doc).size).toBe(0);
		expect(store.journal.demoFills().map((f) => f.to - f.from + 1)).toEqual([30]);

		// Paying, refunding and invoicing demo orders: still nothing in the journal.
		const { rows } = await store.queries.listOrders({ view: 'all', limit: 100 });
		const [toggled, paid] = rows.filter((r) => r.paymentStatus === 'paid' && r.refunded === 0);
		for (const status of ['awaiting_payment', 'paid'])
			expect((await store.actions.setPaymentStatus({ id: toggled!.id, status })).ok).toBe(true);
		const refund = await store.actions.refundLines({ id: paid!.id, request: { whole: true } });
		expect(refund.ok).toBe(true);
		expect((await store.actions.issueInvoice(paid!.id)).ok).toBe(true);
		expect(journalMap(store.doc).size).toBe(0);

		// A real sale after the demo is journalled, and the day's closing holds it alone.
		const real = await store.actions.createOrder(sampleOrder({ paymentMethod: 'Espèces' }));
		if (!real.ok) throw new Error(real.error.code);
		await store.actions.setPaymentStatus({ id: real.value.id, status: 'paid' });
		expect(journalMap(store.doc).size).toBe(2);
		const closed = await store.actions.closePeriods({ level: 'day' });
		if (!closed.ok) throw new Error(closed.error.code);
		const total = store.queries.getOrder(real.value.id)!.totals.total;
		expect(closed.value.at(-1)!.totals.salesTotal).toBe(total);
		expect(closed.value.at(-1)!.grand).toBe(total);
		expect(verifyStoreJournal(store.doc).problems).toEqual([]);
	});
});
