import { describe, expect, it } from 'vitest';
import { closingsOf, planClosing } from './closing';
import { periodBounds, periodOf } from './period';
import type { JournalEvent } from './record';
import { simAppend, simClose, simDevice, simSnapshot, simSync, simViews } from './simulation';
import { verifyJournal } from './verify';

const day1 = periodBounds('2026-03-02').start;
const h = 3_600_000;

function sale(at: number, lines: [rate: number, gross: number][], method: string): JournalEvent {
	const sales = lines.map(([rate, gross]) => {
		const vat = Math.round((gross * rate) / (10000 + rate));
		return { rate, net: gross - vat, vat, gross };
	});
	const total = lines.reduce((a, [, g]) => a + g, 0);
	return { at, kind: 'sale', ref: `o${at}`, sales, pay: [{ method, amount: total }], info: {} };
}

describe('closings', () => {
	it('hold the totals by VAT rate and payment method of the events they cover', () => {
		const a = simDevice('a');
		simAppend(
			a,
			sale(
				day1 + 9 * h,
				[
					[2000, 1200],
					[550, 1055]
				],
				'cash'
			)
		);
		simAppend(a, sale(day1 + 10 * h, [[2000, 600]], 'card'));
		const refund: JournalEvent = {
			...sale(day1 + 11 * h, [[2000, -600]], 'card'),
			kind: 'refund'
		};
		simAppend(a, refund);
		expect(simClose(a, { level: 'day', period: '2026-03-02', at: day1 + 20 * h })).toBe(true);
		const [closing] = closingsOf(simViews(a), 'day');
		const t = closing!.info.totals;
		expect(t.sales).toEqual([
			{ rate: 550, net: 1000, vat: 55, gross: 1055 },
			{ rate: 2000, net: 1000, vat: 200, gross: 1200 }
		]);
		expect(t.pay).toEqual([
			{ method: 'card', amount: 0 },
			{ method: 'cash', amount: 2255 }
		]);
		expect(t.salesTotal).toBe(2255);
		expect(t.events).toBe(3);
		expect(closing!.info.grand).toBe(2255);
		expect(verifyJournal(simSnapshot(a, [a])).problems).toEqual([]);
	});

	it('carry the perpetual grand total over, and refuse a period closed twice', () => {
		const a = simDevice('a');
		simAppend(a, sale(day1 + 9 * h, [[2000, 1000]], 'cash'));
		simClose(a, { level: 'day', period: '2026-03-02', at: day1 + 20 * h });
		simAppend(a, sale(day1 + 33 * h, [[2000, 500]], 'cash'));
		simClose(a, { level: 'day', period: '2026-03-03', at: day1 + 44 * h });
		const days = closingsOf(simViews(a), 'day').map((c) => [
			c.info.period,
			c.info.totals.salesTotal,
			c.info.grand
		]);
		expect(days).toEqual([
			['2026-03-02', 1000, 1000],
			['2026-03-03', 500, 1500]
		]);
		const again = planClosing({
			level: 'day',
			period: '2026-03-03',
			at: day1 + 45 * h,
			chains: simViews(a)
		});
		expect(again).toEqual({ ok: false, reason: 'alreadyClosed' });
		const earlier = planClosing({
			level: 'day',
			period: '2026-03-01',
			at: day1 + 45 * h,
			chains: simViews(a)
		});
		expect(earlier).toEqual({ ok: false, reason: 'laterClosed' });
		// The month sums both days, and its grand total is the same running figure.
		simClose(a, { level: 'month', period: '2026-03', at: day1 + 46 * h });
		const [month] = closingsOf(simViews(a), 'month');
		expect([month!.info.totals.salesTotal, month!.info.grand]).toEqual([1500, 1500]);
		expect(verifyJournal(simSnapshot(a, [a])).problems).toEqual([]);
	});

	it('put a late event from an offline device in the next open period, and say so', () => {
		const a = simDevice('a');
		const b = simDevice('b');
		simAppend(a, sale(day1 + 9 * h, [[2000, 1000]], 'cash'));
		simAppend(b, sale(day1 + 10 * h, [[2000, 700]], 'card')); // b is offline all day
		simClose(a, { level: 'day', period: '2026-03-02', at: day1 + 20 * h });
		simSync(a, b); // the next morning
		simAppend(a, sale(day1 + 33 * h, [[550, 300]], 'cash'));
		simClose(a, { level: 'day', period: '2026-03-03', at: day1 + 44 * h });
		const [first, second] = closingsOf(simViews(a), 'day');
		expect(first!.info.totals.salesTotal).toBe(1000);
		expect(first!.info.ranges.map((r) => r.device)).toEqual(['a']);
		expect(second!.info.totals.salesTotal).toBe(1000);
		expect(second!.info.late).toEqual([{ device: 'b', seq: 1, at: day1 + 10 * h }]);
		expect(second!.info.grand).toBe(2000);
		expect(periodOf('day', second!.info.late[0]!.at)).toBe('2026-03-02');
		expect(verifyJournal(simSnapshot(a, [a, b])).problems).toEqual([]);
	});

	it('reveal a closing whose totals do not match its events, even with a valid hash', () => {
		const a = simDevice('a');
		simAppend(a, sale(day1 + 9 * h, [[2000, 1000]], 'cash'));
		const plan = planClosing({
			level: 'day',
			period: '2026-03-02',
			at: day1 + 20 * h,
			chains: simViews(a)
		});
		if (!plan.ok) throw new Error('refused');
		const forged = structuredClone(plan.event);
		(forged.info.totals as { salesTotal: number }).salesTotal = 900;
		(forged.info as { grand: number }).grand = 900;
		simAppend(a, forged);
		const codes = verifyJournal(simSnapshot(a, [a])).problems.map((p) => p.code);
		// The grand total is checked against the events too, not only carried from the last one.
		expect(codes).toEqual(['closingTotals', 'closingGrand']);
	});

	it('reveal a dropped tail through the head a closing saw', () => {
		const a = simDevice('a');
		const b = simDevice('b');
		simAppend(b, sale(day1 + 9 * h, [[2000, 1000]], 'cash'));
		simAppend(b, sale(day1 + 10 * h, [[2000, 1000]], 'cash'));
		simSync(a, b);
		simClose(a, { level: 'day', period: '2026-03-02', at: day1 + 20 * h });
		const snap = simSnapshot(a, [a]);
		const cut = new Map(snap.entries).set('b', snap.entries.get('b')!.slice(0, 1));
		const problems = verifyJournal({ entries: cut, remembered: new Map() }).problems;
		expect(problems).toContainEqual({ device: 'b', seq: 2, code: 'closingRange', by: 'a:1' });
	});
});
