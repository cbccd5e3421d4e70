/**
 * Two tabs of one browser share a device id, so one chain: appends from both, at the same
 * moment, must still get distinct sequence numbers that chain, whatever the delay before one
 * tab's update reaches the other (BroadcastChannel takes a moment).
 */
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseEntryKey, journalMap } from './layout';
import { verifyStoreJournal } from './read';
import type { Store } from '../store/store';
import { openTestStore, sampleOrder } from '../store/testing';

const stores: Store[] = [];
afterEach(async () => {
	await Promise.all(stores.splice(0).map((s) => s.destroy()));
});

/** Two tabs on one store and device; each update reaches the other tab `delay` ms later. */
async function twoTabs(delay: number) {
	const name = `journal-tabs-${Math.random()}`;
	const a = await openTestStore({ name, deviceId: 'till-a', persistence: 'memory' });
	const b = await openTestStore({ name, deviceId: 'till-a', persistence: 'memory', seed: 2 });
	stores.push(a, b);
	const pass = (from: Store, to: Store, origin: object) =>
		from.doc.on('update', (u: Uint8Array, o: unknown) => {
			if (o !== origin) setTimeout(() => Y.applyUpdate(to.doc, u, origin), delay);
		});
	const fromA = { tab: 'a' };
	const fromB = { tab: 'b' };
	pass(a, b, fromA);
	pass(b, a, fromB);
	return { a, b };
}

async function settle(a: Store, b: Store, delay: number) {
	await new Promise((r) => setTimeout(r, delay * 3 + 50));
	await Promise.all([a.flush(), b.flush()]);
}

describe('two tabs appending to one chain', () => {
	it('give every entry its own sequence number, and the chain verifies', async () => {
		const delay = 30;
		const { a, b } = await twoTabs(delay);
		const made = await Promise.all(
			Array.from({ length: 6 }, (_, i) => (i % 2 ? b : a).actions.createOrder(sampleOrder()))
		);
		expect(made.every((r) => r.ok)).toBe(true);
		await Promise.all(
			made.map((r, i) =>
				(i % 2 ? a : b).actions.setPaymentStatus({ id: r.ok ? r.value.id : '', status: 'paid' })
			)
		);
		await settle(a, b, delay);
		for (const tab of [a, b]) {
			const seqs = [...journalMap(tab.doc).keys()].map((k) => parseEntryKey(k)!.seq);
			// 6 sales and 6 payments: 12 entries, numbered 1 to 12 once each.
			expect(seqs.sort((x, y) => x - y)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
			const report = verifyStoreJournal(tab.doc);
			expect(report.problems).toEqual([]);
			expect(report.events).toBe(12);
		}
	});
});
