/** The journal as the store writes it: one entry per money event, closings, peers, archives. */
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { periodOf } from '../../domain/journal/period';
import { verifyArchive } from '../../domain/journal/verify-archive';
import type { Store } from '../store/store';
import { openTestStore, sampleOrder, testClock } from '../store/testing';
import { journalMap } from './layout';

const stores: Store[] = [];
afterEach(async () => {
	await Promise.all(stores.splice(0).map((s) => s.destroy()));
});

async function open(deviceId: string, clock = testClock()) {
	const s = await openTestStore({ deviceId, persistence: 'memory', clock });
	stores.push(s);
	return s;
}

async function sync(a: Store, b: Store) {
	Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)), 'peer');
	Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)), 'peer');
	await Promise.all([a.flush(), b.flush()]);
}

const twoRates = sampleOrder({
	lines: [
		{ sku: 'MUG', name: 'Tasse', quantity: 3, unitPrice: 1250, vatRate: 2000 },
		{ sku: 'HONEY', name: 'Miel', quantity: 1, unitPrice: 890, vatRate: 550 }
	],
	paymentMethod: 'Espèces'
});

async function sell(store: Store, input = twoRates) {
	const r = await store.actions.createOrder(input);
	if (!r.ok) throw new Error(r.error.code);
	const paid = await store.actions.setPaymentStatus({ id: r.value.id, status: 'paid' });
	if (!paid.ok) throw new Error(paid.error.code);
	return r.value.id;
}

describe('the store journal', () => {
	it('closes a day with totals by VAT rate and payment method equal to the events', async () => {
		const a = await open('till-a');
		const first = await sell(a);
		await sell(a, sampleOrder({ paymentMethod: 'Carte' }));
		const refund = await a.actions.refundLines({
			id: first,
			request: { lines: [{ sku: 'MUG', qty: 1 }] }
		});
		expect(refund.ok).toBe(true);
		const unpaid = await a.actions.createOrder(sampleOrder());
		if (!unpaid.ok) throw new Error('refused');
		await a.actions.cancelOrder(unpaid.value.id);
		const closed = await a.actions.closePeriods({ level: 'day' });
		if (!closed.ok) throw new Error(closed.error.code);
		const [day] = closed.value;
		// Order 1 (cash): 3 × 12.50 + 5.90 shipping at 20 % (43.40, VAT 7.23) and 8.90 at 5.5 %
		// (VAT 0.46); one mug refunded (−12.50, VAT −2.08). Order 2 (card): 2 × 12.50 + 5.90 at
		// 20 % (30.90, VAT 5.15). Order 3 placed then cancelled: nets to zero.
		expect(day!.totals.sales).toEqual([
			{ rate: 550, net: 844, vat: 46, gross: 890 },
			{ rate: 2000, net: 6180 - 1030, vat: 723 - 208 + 515, gross: 4340 - 1250 + 3090 }
		]);
		expect(day!.totals.pay).toEqual([
			{ method: 'card', amount: 3090 },
			{ method: 'cash', amount: 5230 - 1250 }
		]);
		expect(day!.totals.salesTotal).toBe(day!.totals.payTotal);
		expect(day!.totals.events).toBe(7);
		expect(day!.grand).toBe(7070);
		expect(a.journal.verify().problems).toEqual([]);
		// The day is closed: closing it again is refused and changes nothing.
		const again = await a.actions.closePeriods({ level: 'day' });
		expect(again.ok).toBe(false);
		expect(a.journal.closings('day')).toHaveLength(1);
	});

	it('puts a sale made offline on a closed day into the next closing, marked late', async () => {
		const clock = testClock();
		const a = await open('till-a', clock);
		const b = await open('till-b', clock);
		await sell(a);
		const offline = await sell(b, sampleOrder({ paymentMethod: 'Carte' }));
		const day1 = periodOf('day', clock.now());
		await a.actions.closePeriods({ level: 'day' });
		clock.advance(86_400_000);
		await sync(a, b);
		await sell(a);
		const closed = await a.actions.closePeriods({ level: 'day' });
		if (!closed.ok) throw new Error(closed.error.code);
		const [next] = closed.value;
		expect(next!.period).not.toBe(day1);
		expect(next!.late.map((l) => [l.device, periodOf('day', l.at)])).toEqual([
			['till-b', day1],
			['till-b', day1]
		]);
		expect(next!.totals.salesTotal).toBe(5230 + 3090);
		const [first] = a.journal.closings('day');
		expect([first!.totals.salesTotal, first!.grand, next!.grand]).toEqual([
			5230,
			5230,
			5230 * 2 + 3090
		]);
		expect(offline).toBeTruthy();
		expect(a.journal.verify().problems).toEqual([]);
	});

	it('lets a peer catch a device whose tail was lost', async () => {
		const a = await open('till-a');
		const b = await open('till-b');
		await sell(a);
		await sync(a, b);
		await sell(b); // b remembers a's head as it appends
		const key = [...journalMap(a.doc).keys()]
			.filter((k) => k.startsWith('till-a:'))
			.sort()
			.at(-1)!;
		journalMap(a.doc).delete(key);
		await sync(a, b);
		const problems = b.journal.verify().problems;
		expect(problems).toContainEqual({ device: 'till-a', seq: 2, code: 'lostTail', by: 'till-b' });
	});

	it('exports an archive the verifier accepts, and names the line of any change', async () => {
		const a = await open('till-a');
		await sell(a);
		await sell(a, sampleOrder({ paymentMethod: 'Carte' }));
		const closed = await a.actions.closePeriods({ level: 'day' });
		if (!closed.ok) throw new Error(closed.error.code);
		const id = a.journal.closings('day')[0]!.id;
		const archive = a.journal.archive(id);
		if (!archive.ok) throw new Error(archive.error.code);
		const good = verifyArchive(archive.value.text);
		expect(good.problems).toEqual([]);
		expect([good.events, good.documents, good.closing?.totals.salesTotal]).toEqual([5, 2, 8320]);
		const lines = archive.value.text.split('\n');
		const n = lines.findIndex((l) => l.includes('"kind":"payment"') && l.includes('"card"'));
		lines[n] = lines[n]!.replace('"amount":3090', '"amount":309');
		const bad = verifyArchive(lines.join('\n'));
		expect(bad.ok).toBe(false);
		expect(bad.problems.map((p) => [p.line, p.code])).toContainEqual([n + 1, 'hash']);
	});
});
