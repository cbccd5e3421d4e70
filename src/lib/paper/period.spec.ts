import { describe, expect, it } from 'vitest';
import { dayText, parseDay, periodRange } from './period';

const now = new Date(2026, 10, 25, 14, 30).getTime(); // Wednesday 25 November 2026
const at = (y: number, m: number, d: number) => new Date(y, m, d).getTime();

describe('report periods', () => {
	it('computes today, a market day, the week from Monday and the month', () => {
		expect(periodRange({ kind: 'today' }, now)).toEqual({
			from: at(2026, 10, 25),
			to: at(2026, 10, 26)
		});
		expect(periodRange({ kind: 'day', date: '2026-11-21' }, now)).toEqual({
			from: at(2026, 10, 21),
			to: at(2026, 10, 22)
		});
		expect(periodRange({ kind: 'week' }, now)).toEqual({
			from: at(2026, 10, 23),
			to: at(2026, 10, 30)
		});
		expect(periodRange({ kind: 'month' }, now)).toEqual({
			from: at(2026, 10, 1),
			to: at(2026, 11, 1)
		});
	});

	it('includes the last day of a custom range and refuses reversed or broken dates', () => {
		expect(periodRange({ kind: 'custom', date: '2026-01-01', until: '2026-01-31' }, now)).toEqual({
			from: at(2026, 0, 1),
			to: at(2026, 1, 1)
		});
		expect(
			periodRange({ kind: 'custom', date: '2026-02-01', until: '2026-01-31' }, now)
		).toBeNull();
		expect(periodRange({ kind: 'day', date: '2026-02-30' }, now)).toBeNull();
		expect(periodRange({ kind: 'day' }, now)).toBeNull();
	});

	it('reads and writes YYYY-MM-DD in local time', () => {
		expect(dayText(now)).toBe('2026-11-25');
		expect(parseDay('2026-11-25')?.getTime()).toBe(at(2026, 10, 25));
	});
});
