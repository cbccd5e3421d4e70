/**
 * Closing periods: a day `2026-12-02`, a month `2026-12`, a year `2026`, in the device's local
 * time (a market day ends at local midnight). Keys sort in time order within one level.
 */

/** The three closing levels. */
export type ClosingLevel = 'day' | 'month' | 'year';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The period of `level` holding the instant `at` (ms since the epoch), in local time. */
export function periodOf(level: ClosingLevel, at: number): string {
	const d = new Date(at);
	const year = pad(d.getFullYear(), 4);
	if (level === 'year') return year;
	const month = `${year}-${pad(d.getMonth() + 1)}`;
	return level === 'month' ? month : `${month}-${pad(d.getDate())}`;
}

/** First and past-the-end instants of a period key, in ms since the epoch (local time). */
export function periodBounds(key: string): { start: number; end: number } {
	const [y, m, d] = key.split('-').map(Number) as [number, number?, number?];
	if (m === undefined)
		return { start: new Date(y, 0, 1).getTime(), end: new Date(y + 1, 0, 1).getTime() };
	if (d === undefined) {
		return { start: new Date(y, m - 1, 1).getTime(), end: new Date(y, m, 1).getTime() };
	}
	return { start: new Date(y, m - 1, d).getTime(), end: new Date(y, m - 1, d + 1).getTime() };
}

/** The level of a period key. */
export function levelOf(key: string): ClosingLevel {
	const parts = key.split('-').length;
	return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/** True when `key` is a well-formed period key of `level`. */
export function isPeriodKey(level: ClosingLevel, key: string): boolean {
	const shape = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ }[level];
	if (!shape.test(key)) return false;
	const { start } = periodBounds(key);
	return Number.isFinite(start) && periodOf(level, start) === key;
}
