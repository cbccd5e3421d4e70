import { describe, expect, it } from 'vitest';
import { closingsOf } from './closing';
import { periodBounds } from './period';
import type { JournalEvent } from './record';
import { shopPeriods } from './shop-period';
import { simAppend, simClose, simDevice, simSnapshot, simSync, simViews } from './simulation';
import { verifyJournal } from './verify';

const day1 = periodBounds('2026-03-02').start;
const day2 = periodBounds('2026-03-03').start;
const h = 3_600_000;

function sale(at: number, gross: number, method: string): JournalEvent {
	const vat = Math.round((gross * 2000) / 12000);
	const sales = [{ rate: 2000, net: gross - vat, vat, gross }];
	return { at, kind: 'sale', ref: `o${at}`, sales, pay: [{ method, amount: gross }], info: {} };
}

describe("the shop's figures for a period", () => {
	it('count each device’s entry once when several tills closed the same day apart', () => {
		const [a, b, c] = ['a', 'b', 'c'].map(simDevice) as [
			ReturnType<typeof simDevice>,
			ReturnType<typeof simDevice>,
			ReturnType<typeof simDevice>
		];
		simAppend(a, sale(day1 + 9 * h, 1000, 'cash'));
		simAppend(b, sale(day1 + 10 * h, 2000, 'card'));
		simAppend(c, sale(day1 + 11 * h, 4000, 'cash'));
		simSync(a, b); // a and b see each other's sales; c stays apart
		simSync(b, c); // c sees a's and b's sales, b sees c's
		simAppend(a, sale(day1 + 12 * h, 8000, 'cash')); // only a knows this one yet
		// Three tills close the day, none seeing another's closing.
		for (const d of [a, b, c])
			expect(simClose(d, { level: 'day', period: '2026-03-02', at: day1 + 20 * h })).toBe(true);
		simSync(a, b);
		simSync(b, c);
		simSync(a, b);

		const raw = closingsOf(simViews(a), 'day');
		expect(raw).toHaveLength(3);
		// Summed closing by closing, the day would count sales two or three times.
		expect(raw.reduce((t, x) => t + x.info.totals.salesTotal, 0)).toBeGreaterThan(15000);
		for (const d of [a, b, c]) {
			const [day] = shopPeriods(simViews(d), 'day');
			expect(day!.closings).toHaveLength(3);
			expect(day!.totals.salesTotal).toBe(15000);
			expect(day!.totals.events).toBe(4);
			expect(day!.totals.pay).toEqual([
				{ method: 'card', amount: 2000 },
				{ method: 'cash', amount: 13000 }
			]);
			expect(day!.devices.map((x) => [x.device, x.totals.salesTotal])).toEqual([
				['a', 9000],
				['b', 2000],
				['c', 4000]
			]);
			expect(day!.grand).toBe(15000);
		}
		expect(verifyJournal(simSnapshot(a, [a, b, c])).problems).toEqual([]);

		// The next day's closing, on any till, carries the shop's grand total: every sale once.
		simAppend(c, sale(day2 + 9 * h, 500, 'cash'));
		expect(simClose(c, { level: 'day', period: '2026-03-03', at: day2 + 20 * h })).toBe(true);
		const next = closingsOf(simViews(c), 'day').at(-1)!;
		expect(next.info.totals.salesTotal).toBe(500);
		expect(next.info.grand).toBe(15500);
		const days = shopPeriods(simViews(c), 'day');
		expect(days.map((d) => [d.period, d.totals.salesTotal, d.grand])).toEqual([
			['2026-03-02', 15000, 15000],
			['2026-03-03', 500, 15500]
		]);
		simSync(b, c);
		expect(verifyJournal(simSnapshot(b, [a, b, c])).problems).toEqual([]);
	});

	it('reveal a grand total changed in a closing, even with a valid hash', () => {
		const a = simDevice('a');
		simAppend(a, sale(day1 + 9 * h, 1000, 'cash'));
		simClose(a, { level: 'day', period: '2026-03-02', at: day1 + 20 * h });
		simAppend(a, sale(day2 + 9 * h, 500, 'cash'));
		const views = simViews(a);
		const [first] = closingsOf(views, 'day');
		const info = { ...first!.info, period: '2026-03-03', grand: 1000 };
		info.ranges = [{ ...info.ranges[0]!, from: 3, to: 3, hash: views[0]!.hashes.get(3)! }];
		info.totals = { ...info.totals, salesTotal: 500, events: 1 };
		info.through = [{ device: 'a', seq: 3 }];
		const event: JournalEvent = {
			at: day2 + 20 * h,
			kind: 'closing',
			ref: 'day:2026-03-03',
			sales: [],
			pay: [],
			info: info as never
		};
		simAppend(a, event);
		const codes = verifyJournal(simSnapshot(a, [a])).problems.map((p) => p.code);
		expect(codes).toContain('closingGrand');
	});
});
