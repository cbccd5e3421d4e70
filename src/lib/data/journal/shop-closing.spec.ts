/**
 * Three tills of one shop close the same day without seeing each other's closings: once they
 * meet, the shop's figures for that day count each till's sales once, and the next day's closing
 * carries a grand total that counts every sale once.
 */
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../store/store';
import { openTestStore, sampleOrder, testClock } from '../store/testing';
import { verifyStoreJournal } from './read';

const stores: Store[] = [];
afterEach(async () => {
	await Promise.all(stores.splice(0).map((s) => s.destroy()));
});

async function sync(a: Store, b: Store) {
	Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)), 'peer');
	Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)), 'peer');
	await Promise.all([a.flush(), b.flush()]);
}

async function sell(store: Store, unitPrice: number) {
	const lines = [{ sku: 'MUG', name: 'Tasse', quantity: 1, unitPrice, vatRate: 2000 }];
	const r = await store.actions.recordSale({
		input: sampleOrder({ lines, shippingFee: 0 }),
		payments: [{ method: 'Espèces', amount: unitPrice }]
	});
	if (!r.ok) throw new Error(r.error.code);
	return unitPrice;
}

describe('three tills closing one day apart', () => {
	it("count each till's sales once in the shop's day and in the next grand total", async () => {
		const clock = testClock();
		const [a, b, c] = await Promise.all(
			['till-a', 'till-b', 'till-c'].map((deviceId, i) =>
				openTestStore({ deviceId, persistence: 'memory', clock, seed: i + 1 })
			)
		);
		stores.push(a!, b!, c!);
		let sold = 0;
		sold += await sell(a!, 1000);
		sold += await sell(b!, 2000);
		await sync(a!, b!);
		sold += await sell(c!, 4000);
		await sync(b!, c!);
		sold += await sell(a!, 8000); // only till A knows this one when the tills close
		for (const s of [a!, b!, c!]) {
			const closed = await s.actions.closePeriods({ level: 'day' });
			expect(closed.ok && closed.value.length).toBe(1);
		}
		await sync(a!, b!);
		await sync(b!, c!);
		await sync(a!, b!);

		const closings = a!.journal.closings('day');
		expect(closings).toHaveLength(3);
		expect(closings.reduce((t, x) => t + x.totals.salesTotal, 0)).toBeGreaterThan(sold);
		for (const s of [a!, b!, c!]) {
			const [day] = s.journal.shopPeriods('day');
			expect(day!.closings).toHaveLength(3);
			expect(day!.totals.salesTotal).toBe(sold);
			expect(day!.totals.payTotal).toBe(sold);
			expect(day!.totals.events).toBe(4 * 2); // a sale and its payment each
			expect(day!.grand).toBe(sold);
			expect(verifyStoreJournal(s.doc).problems).toEqual([]);
		}

		clock.advance(86_400_000);
		const next = await sell(b!, 500);
		const closed = await b!.actions.closePeriods({ level: 'day' });
		if (!closed.ok) throw new Error(closed.error.code);
		expect(closed.value.map((x) => [x.totals.salesTotal, x.grand])).toEqual([[next, sold + next]]);
		expect(b!.journal.shopPeriods('day').map((d) => d.grand)).toEqual([sold, sold + next]);
		expect(verifyStoreJournal(b!.doc).problems).toEqual([]);
	});
});
