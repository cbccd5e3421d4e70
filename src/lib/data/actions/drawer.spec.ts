/** Cash counts are recorded one entry each and refused when the amounts are not amounts. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../store/store';
import { openTestStore } from '../store/testing';

const stores: Store[] = [];
afterEach(async () => {
	await Promise.all(stores.splice(0).map((s) => s.destroy()));
});

describe('recordCashCount', () => {
	it('records the count and its difference; two counts both stay', async () => {
		const s = await openTestStore({ persistence: 'memory' });
		stores.push(s);
		const first = await s.actions.recordCashCount({
			day: '2026-12-02',
			float: 5000,
			counted: 7850,
			expected: 6900
		});
		expect(first).toMatchObject({ ok: true, value: { difference: 950 } });
		await s.actions.recordCashCount({
			day: '2026-12-02',
			float: 5000,
			counted: 6900,
			expected: 6900
		});
		expect(s.queries.cashCounts().map((c) => c.difference)).toEqual([0, 950]);
	});

	it('refuses a bad day or amount and writes nothing', async () => {
		const s = await openTestStore({ persistence: 'memory' });
		stores.push(s);
		const bad = [
			{ day: 'today', float: 0, counted: 0, expected: 0 },
			{ day: '2026-12-02', float: -1, counted: 0, expected: 0 },
			{ day: '2026-12-02', float: 0, counted: 1.5, expected: 0 },
			{ day: '2026-12-02', float: 0, counted: 0, expected: 'x' }
		];
		for (const input of bad) expect((await s.actions.recordCashCount(input)).ok).toBe(false);
		expect(s.queries.cashCounts()).toEqual([]);
	});
});

describe('cash counts a peer wrote', () => {
	it('skips a count whose amounts are not amounts, keeps the good ones, and never reads "NaN"', async () => {
		const s = await openTestStore({ persistence: 'memory' });
		stores.push(s);
		await s.actions.recordCashCount({ day: '2026-12-02', float: 0, counted: 500, expected: 400 });
		const settings = s.doc.getMap('settings');
		const at = Date.now();
		s.doc.transact(() => {
			settings.set('drawer:junk1', {
				day: '2026-12-02',
				float: 0,
				counted: 'lots',
				expected: 0,
				at
			});
			settings.set('drawer:junk2', { day: 'hier', float: 0, counted: 1, expected: 0, at });
			settings.set('drawer:junk3', null);
			// A lying difference is recomputed from what was counted.
			settings.set('drawer:liar', {
				day: '2026-12-01',
				float: 0,
				counted: 300,
				expected: 100,
				difference: 'NaN',
				at: 1,
				deviceId: 'peer'
			});
		}, 'peer');
		const counts = s.queries.cashCounts();
		expect(counts.map((c) => c.difference)).toEqual([100, 200]);
		for (const c of counts)
			for (const v of [c.float, c.counted, c.expected, c.difference, c.at])
				expect(Number.isSafeInteger(v)).toBe(true);
	});
});
