/**
 * Checking closings against the chains: each range still ends on the head the closing saw
 * (a dropped or rewritten tail shows here too), its totals equal the sum of the records it
 * covers, its grand total carries the previous one on, and no two closings of a level overlap.
 */
import { canonical, type Json } from './canonical';
import {
	closingsOf,
	grandThrough,
	isClosingInfo,
	type ChainView,
	type ClosingInfo
} from './closing';
import type { JournalRecord } from './record';
import { sumRecords } from './totals';
import type { Problem } from './verify-chain';

/** Problems found in the closings of every level. */
export function verifyClosings(chains: readonly ChainView[]): Problem[] {
	const problems: Problem[] = [];
	for (const c of chains) {
		for (const r of c.records) {
			if (r.kind === 'closing' && !isClosingInfo(r.info)) {
				problems.push({ device: c.device, seq: r.seq, code: 'closingTotals' });
			}
		}
	}
	const byDevice = new Map(chains.map((c) => [c.device, c]));
	const all = closingsOf(chains);
	const byId = new Map(all.map((c) => [`${c.record.device}:${c.record.seq}`, c.info]));
	// Ranges already covered, per level and device, with the closing that covered them.
	const seen = new Map<string, { from: number; to: number; id: string }[]>();
	const knew = (later: ClosingInfo, id: string) => {
		for (let p = later.previous; p !== null; p = byId.get(p)?.previous ?? null) {
			if (p === id) return true;
		}
		return false;
	};
	for (const { record, info } of all) {
		const by = `${record.device}:${record.seq}`;
		const flag = (p: Omit<Problem, 'by'>) => problems.push({ ...p, by });
		const covered: JournalRecord[] = [];
		for (const range of info.ranges) {
			const chain = byDevice.get(range.device);
			if (chain?.hashes.get(range.to) !== range.hash) {
				flag({ device: range.device, seq: range.to, code: 'closingRange' });
			}
			// Two devices closing the same day without seeing each other both count what they saw
			// (the shop's figures count each event once); a closing that knew an earlier one and
			// still covers its events is wrong.
			const key = `${info.level}:${range.device}`;
			const earlier = seen.get(key) ?? [];
			if (earlier.some((e) => e.from <= range.to && range.from <= e.to && knew(info, e.id))) {
				flag({ device: range.device, seq: range.from, code: 'closingOverlap' });
			}
			seen.set(key, [...earlier, { from: range.from, to: range.to, id: by }]);
			covered.push(...inRange(chain, range.from, range.to));
		}
		if (
			canonical(sumRecords(covered) as unknown as Json) !==
			canonical(info.totals as unknown as Json)
		) {
			flag({ device: record.device, seq: record.seq, code: 'closingTotals' });
		}
		const previous: ClosingInfo | undefined = info.previous ? byId.get(info.previous) : undefined;
		const grand = !Array.isArray(info.through)
			? (previous?.grand ?? 0) + info.totals.salesTotal
			: throughCoversRanges(info)
				? grandThrough(chains, info.through)
				: Number.NaN;
		if (grand !== info.grand) {
			flag({ device: record.device, seq: record.seq, code: 'closingGrand' });
		}
	}
	return problems;
}

function inRange(chain: ChainView | undefined, from: number, to: number): JournalRecord[] {
	if (!chain) return [];
	// Records are in sequence order: find the start by binary search, not a scan per closing.
	const rs = chain.records;
	let lo = 0;
	let hi = rs.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (rs[mid]!.seq < from) lo = mid + 1;
		else hi = mid;
	}
	const out: JournalRecord[] = [];
	for (let i = lo; i < rs.length && rs[i]!.seq <= to; i++) out.push(rs[i]!);
	return out;
}

/** True when a closing's `through` is well formed and reaches the end of each of its ranges. */
function throughCoversRanges(info: ClosingInfo): boolean {
	const through = info.through ?? [];
	const ok = through.every(
		(t) =>
			typeof t === 'object' &&
			t !== null &&
			typeof t.device === 'string' &&
			Number.isSafeInteger(t.seq)
	);
	return (
		ok && info.ranges.every((r) => through.some((t) => t.device === r.device && t.seq >= r.to))
	);
}
