/**
 * Closings (clôtures). A closing of a day, month or year covers, per device, a range of that
 * device's chain: from just after what the previous closing of the same level covered up to the
 * last entry dated before the period's end that the closing device had seen. Ranges are fixed in
 * the closing record, so a closed period never takes a new event: an event that reaches the
 * closing device later (an offline till) falls in the next closing's ranges and is listed there
 * as late, with its own date. The closing holds the totals of its ranges, by VAT rate and
 * payment method, per device and for the shop, and the perpetual grand total of takings.
 */
import type { Json } from './canonical';
import { periodBounds, type ClosingLevel } from './period';
import type { JournalEvent, JournalRecord } from './record';
import { sumRecords, type PeriodTotals } from './totals';

/** The part of one device's chain a closing covers (sequence numbers, inclusive). */
export interface ClosingRange {
	device: string;
	from: number;
	to: number;
	/** Hash of entry `to`: the head this closing saw. */
	hash: string;
}

/** A late event: counted in this closing although dated before its period. */
export interface LateEvent {
	device: string;
	seq: number;
	at: number;
}

/** The `info` of a closing record. */
export interface ClosingInfo {
	level: ClosingLevel;
	period: string;
	ranges: ClosingRange[];
	totals: PeriodTotals;
	/** Totals per device, in the order of `ranges`. */
	devices: { device: string; totals: PeriodTotals }[];
	/** Perpetual grand total of takings after this period, in cents. */
	grand: number;
	/**
	 * Per device, the last entry counted in `grand`: this closing's ranges and those of every
	 * closing of its level it knew. `grand` is the sum of every device's takings up to there, so
	 * two tills that closed one day apart are each counted once by the next closing. Absent from
	 * closings made before it existed (their grand total is the previous one plus the period's).
	 */
	through?: { device: string; seq: number }[];
	/** `device:seq` of the previous closing of this level, or null for the first. */
	previous: string | null;
	late: LateEvent[];
}

/** A device's readable records (in sequence order) and stored hashes. */
export interface ChainView {
	device: string;
	records: readonly JournalRecord[];
	hashes: ReadonlyMap<number, string>;
}

/** A closing record found in a chain, with its info. */
export interface FoundClosing {
	record: JournalRecord;
	info: ClosingInfo;
}

/** Every closing of `level` in the chains, in period order (then time, device, seq). */
export function closingsOf(chains: readonly ChainView[], level?: ClosingLevel): FoundClosing[] {
	const found: FoundClosing[] = [];
	for (const c of chains) {
		for (const r of c.records) {
			if (r.kind !== 'closing') continue;
			const info = r.info as unknown as ClosingInfo;
			if (!isClosingInfo(info)) continue;
			if (level === undefined || info.level === level) found.push({ record: r, info });
		}
	}
	return found.sort(
		(a, b) =>
			cmp(a.info.period, b.info.period) ||
			a.record.at - b.record.at ||
			cmp(a.record.device, b.record.device) ||
			a.record.seq - b.record.seq
	);
}

/** True when a closing record's info has the shape of a closing (a hand-made one may not). */
export function isClosingInfo(v: unknown): v is ClosingInfo {
	if (typeof v !== 'object' || v === null) return false;
	const i = v as Record<string, unknown>;
	const totals = i.totals as Record<string, unknown> | null;
	return (
		typeof i.level === 'string' &&
		typeof i.period === 'string' &&
		typeof i.grand === 'number' &&
		(i.previous === null || typeof i.previous === 'string') &&
		Array.isArray(i.ranges) &&
		i.ranges.every(
			(r: Record<string, unknown>) =>
				typeof r === 'object' &&
				r !== null &&
				typeof r.device === 'string' &&
				typeof r.from === 'number' &&
				typeof r.to === 'number' &&
				typeof r.hash === 'string'
		) &&
		typeof totals === 'object' &&
		totals !== null &&
		typeof totals.salesTotal === 'number'
	);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Why a closing cannot be made. */
export type ClosingRefusal = 'alreadyClosed' | 'laterClosed';

/** Plans the closing of `period`: the event to append, or why not. */
export function planClosing(o: {
	level: ClosingLevel;
	period: string;
	at: number;
	chains: readonly ChainView[];
}): { ok: true; event: JournalEvent; info: ClosingInfo } | { ok: false; reason: ClosingRefusal } {
	const existing = closingsOf(o.chains, o.level);
	if (existing.some((c) => c.info.period === o.period))
		return { ok: false, reason: 'alreadyClosed' };
	if (existing.some((c) => c.info.period > o.period)) return { ok: false, reason: 'laterClosed' };
	const covered = coveredTo(existing);
	const { start, end } = periodBounds(o.period);
	const ranges: ClosingRange[] = [];
	const devices: ClosingInfo['devices'] = [];
	const all: JournalRecord[] = [];
	const late: LateEvent[] = [];
	for (const chain of [...o.chains].sort((a, b) => cmp(a.device, b.device))) {
		const from = (covered.get(chain.device) ?? 0) + 1;
		const open = chain.records.filter((r) => r.seq >= from);
		const last = open.filter((r) => r.at < end).at(-1);
		const hash = last && chain.hashes.get(last.seq);
		if (!last || !hash) continue;
		const inRange = open.filter((r) => r.seq <= last.seq);
		ranges.push({ device: chain.device, from, to: last.seq, hash });
		devices.push({ device: chain.device, totals: sumRecords(inRange) });
		all.push(...inRange);
		for (const r of inRange) {
			if (r.kind !== 'closing' && r.at < start)
				late.push({ device: r.device, seq: r.seq, at: r.at });
		}
	}
	const totals = sumRecords(all);
	const previous = existing.at(-1);
	for (const r of ranges) covered.set(r.device, Math.max(covered.get(r.device) ?? 0, r.to));
	const through = [...covered]
		.sort(([a], [b]) => cmp(a, b))
		.map(([device, seq]) => ({ device, seq }));
	const info: ClosingInfo = {
		level: o.level,
		period: o.period,
		ranges,
		totals,
		devices,
		grand: grandThrough(o.chains, through),
		previous: previous ? `${previous.record.device}:${previous.record.seq}` : null,
		late,
		through
	};
	const event: JournalEvent = {
		at: o.at,
		kind: 'closing',
		ref: `${o.level}:${o.period}`,
		sales: [],
		pay: [],
		info: info as unknown as { [key: string]: Json }
	};
	return { ok: true, event, info };
}

/** Highest sequence number per device covered by the given closings. */
export function coveredTo(closings: readonly FoundClosing[]): Map<string, number> {
	const covered = new Map<string, number>();
	for (const c of closings) {
		for (const r of c.info.ranges)
			covered.set(r.device, Math.max(covered.get(r.device) ?? 0, r.to));
	}
	return covered;
}

/** Takings of every device up to `through` (inclusive), in cents: a closing's grand total. */
export function grandThrough(
	chains: readonly ChainView[],
	through: readonly { device: string; seq: number }[]
): number {
	let grand = 0;
	for (const t of through) {
		const chain = chains.find((c) => c.device === t.device);
		if (!chain) continue;
		const { seqs, sums } = runningTakings(chain);
		// The last record at or before t.seq (records are in sequence order).
		let lo = 0;
		let hi = seqs.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (seqs[mid]! <= t.seq) lo = mid + 1;
			else hi = mid;
		}
		grand += lo === 0 ? 0 : sums[lo - 1]!;
	}
	return grand;
}

// Running totals per chain, computed once: verifying a year of closings reads each chain once.
const running = new WeakMap<ChainView, { seqs: number[]; sums: number[] }>();

function runningTakings(chain: ChainView) {
	let r = running.get(chain);
	if (!r) {
		let sum = 0;
		r = { seqs: [], sums: [] };
		for (const rec of chain.records) {
			for (const s of rec.sales) sum += s.gross;
			r.seqs.push(rec.seq);
			r.sums.push(sum);
		}
		running.set(chain, r);
	}
	return r;
}
