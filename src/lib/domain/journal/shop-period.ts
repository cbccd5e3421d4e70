/**
 * The shop's figures for a closed period, whatever devices closed it. Two tills that close the
 * same day without seeing each other each write a closing of what they saw, and their ranges
 * overlap; the shop counts each device's entry once (by device and sequence number): its
 * period totals are the sum over the union of the ranges of every closing of that period, and
 * its perpetual grand total the sum over every range closed so far, up to that period.
 */
import type { ChainView, FoundClosing } from './closing';
import { closingsOf } from './closing';
import type { ClosingLevel } from './period';
import type { JournalRecord } from './record';
import { sumRecords, type PeriodTotals } from './totals';

/** A period as the shop closed it. */
export interface ShopPeriod {
	level: ClosingLevel;
	period: string;
	/** The closings of this period (`device:seq`), oldest first: one, unless tills closed apart. */
	closings: string[];
	/** Each device's entries counted once, by VAT rate and payment method. */
	totals: PeriodTotals;
	devices: { device: string; totals: PeriodTotals }[];
	/** Perpetual grand total of takings once this period is closed, in cents. */
	grand: number;
	/** Late entries (dated before the period), each once. */
	late: { device: string; seq: number; at: number }[];
}

/** Sequence numbers per device, as a set of `device:seq`-free numbers. */
type Covered = Map<string, Set<number>>;

/** The shop's closed periods of `level`, oldest first. */
export function shopPeriods(chains: readonly ChainView[], level: ClosingLevel): ShopPeriod[] {
	const byPeriod = new Map<string, FoundClosing[]>();
	for (const c of closingsOf(chains, level))
		byPeriod.set(c.info.period, [...(byPeriod.get(c.info.period) ?? []), c]);
	const records = new Map(chains.map((c) => [c.device, new Map(c.records.map((r) => [r.seq, r]))]));
	const counted: Covered = new Map();
	let grand = 0;
	const out: ShopPeriod[] = [];
	for (const [period, closings] of [...byPeriod].sort(([a], [b]) => (a < b ? -1 : 1))) {
		const mine: Covered = new Map();
		for (const { info } of closings) {
			for (const r of info.ranges) {
				const set = mine.get(r.device) ?? new Set<number>();
				for (let seq = r.from; seq <= r.to; seq++) set.add(seq);
				mine.set(r.device, set);
			}
		}
		const all: JournalRecord[] = [];
		const devices: ShopPeriod['devices'] = [];
		for (const [device, seqs] of [...mine].sort(([a], [b]) => (a < b ? -1 : 1))) {
			const chain = records.get(device);
			const own = [...seqs].sort((a, b) => a - b).flatMap((s) => chain?.get(s) ?? []);
			devices.push({ device, totals: sumRecords(own) });
			all.push(...own);
			// The grand total counts what no earlier period counted (a late closing may overlap one).
			const before = counted.get(device) ?? new Set<number>();
			grand += sumRecords(own.filter((r) => !before.has(r.seq))).salesTotal;
			for (const s of seqs) before.add(s);
			counted.set(device, before);
		}
		const late = new Map<string, ShopPeriod['late'][number]>();
		for (const { info } of closings) for (const l of info.late) late.set(`${l.device}:${l.seq}`, l);
		out.push({
			level,
			period,
			closings: closings.map((c) => `${c.record.device}:${c.record.seq}`),
			totals: sumRecords(all),
			devices,
			grand,
			late: [...late.values()]
		});
	}
	return out;
}
