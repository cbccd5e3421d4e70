/** Report periods in the device's time zone: today, one market day, this week, this month, custom. */

/** Kinds of period offered on the report screen. */
export const periodKinds = ['today', 'day', 'week', 'month', 'custom'] as const;
/** A kind of period. */
export type PeriodKind = (typeof periodKinds)[number];

/** A period as chosen on screen: dates are `YYYY-MM-DD` (what `<input type="date">` gives). */
export interface PeriodChoice {
	kind: PeriodKind;
	/** The market day ('day') or the first day ('custom'). */
	date?: string;
	/** The last day, included ('custom'). */
	until?: string;
}

/** `from` inclusive, `to` exclusive, in ms since the epoch. */
export interface Range {
	from: number;
	to: number;
}

/** Midnight (local) of a `YYYY-MM-DD` date, or null when the text is not a date. */
export function parseDay(text: string | undefined): Date | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
	if (!m) return null;
	const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
	return d.getMonth() === Number(m[2]) - 1 ? d : null;
}

/** `YYYY-MM-DD` of a time in the device's time zone. */
export function dayText(ms: number): string {
	const d = new Date(ms);
	const p = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** The range of a chosen period, or null when its dates are missing or reversed. */
export function periodRange(choice: PeriodChoice, now: number): Range | null {
	const today = new Date(now);
	today.setHours(0, 0, 0, 0);
	const plusDays = (d: Date, n: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);
	switch (choice.kind) {
		case 'today':
			return { from: today.getTime(), to: plusDays(today, 1).getTime() };
		case 'day': {
			const d = parseDay(choice.date);
			return d ? { from: d.getTime(), to: plusDays(d, 1).getTime() } : null;
		}
		case 'week': {
			// Weeks start on Monday, as in France and most of Europe.
			const monday = plusDays(today, -((today.getDay() + 6) % 7));
			return { from: monday.getTime(), to: plusDays(monday, 7).getTime() };
		}
		case 'month': {
			const first = new Date(today.getFullYear(), today.getMonth(), 1);
			return {
				from: first.getTime(),
				to: new Date(today.getFullYear(), today.getMonth() + 1, 1).getTime()
			};
		}
		case 'custom': {
			const from = parseDay(choice.date);
			const until = parseDay(choice.until);
			if (!from || !until || until < from) return null;
			return { from: from.getTime(), to: plusDays(until, 1).getTime() };
		}
	}
}
