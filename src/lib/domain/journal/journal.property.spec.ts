/**
 * Property: random money events on 3 devices with partitions; every chain verifies from every
 * device's point of view; then single-character changes, deletions and truncations of any
 * device's stored journal are all caught. FC_RUNS scales the runs (each run tampers 80 times: 2,400 by default).
 * And whatever tills closed which days apart, the shop's figures count each closed entry once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredEntry } from './chain';
import type { JournalEvent } from './record';
import { closingsOf } from './closing';
import { shopPeriods } from './shop-period';
import {
	simAppend,
	simClose,
	simDevice,
	simSnapshot,
	simSync,
	simViews,
	type SimDevice
} from './simulation';
import { periodOf } from './period';
import { verifyJournal, type JournalSnapshot } from './verify';

const runs = Number(process.env.FC_RUNS ?? 30);
const day = 86_400_000;
const t0 = Date.UTC(2026, 0, 5, 9);

const rates = [0, 550, 1000, 2000];
const methods = ['cash', 'card', 'cheque', 'transfer'];

function saleEvent(o: { at: number; gross: number; rate: number; method: string; sign: 1 | -1 }) {
	const vat = Math.round((o.gross * o.rate) / (10000 + o.rate));
	const s = o.sign;
	const event: JournalEvent = {
		at: o.at,
		kind: s > 0 ? 'sale' : 'refund',
		ref: `o${o.at}`,
		sales: [{ rate: o.rate, net: s * (o.gross - vat), vat: s * vat, gross: s * o.gross }],
		pay: [{ method: o.method, amount: s * o.gross }],
		info: { n: o.at % 1000, note: 'crème brûlée €' }
	};
	return event;
}

const step = fc.oneof(
	fc.record({
		op: fc.constant('sell' as const),
		d: fc.nat(2),
		gross: fc.integer({ min: 1, max: 500_000 }),
		rate: fc.constantFrom(...rates),
		method: fc.constantFrom(...methods),
		refund: fc.boolean()
	}),
	fc.record({ op: fc.constant('sync' as const), a: fc.nat(2), b: fc.nat(2) }),
	fc.record({ op: fc.constant('partition' as const), cut: fc.nat(2) }),
	fc.record({ op: fc.constant('close' as const), d: fc.nat(2) }),
	fc.record({ op: fc.constant('night' as const) })
);

const tamper = fc.record({
	kind: fc.constantFrom('char', 'char', 'delete', 'truncate'),
	device: fc.nat(2),
	entry: fc.nat(),
	pos: fc.nat(),
	unit: fc.integer({ min: 0, max: 0xffff }),
	keep: fc.nat()
});

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;
type Tamper = typeof tamper extends fc.Arbitrary<infer T> ? T : never;

function play(steps: readonly Step[]): SimDevice[] {
	const devices = ['till-a', 'till-b', 'till-c'].map(simDevice);
	let now = t0;
	let cut = -1;
	for (const s of steps) {
		now += 60_000;
		if (s.op === 'sell') {
			const sign = s.refund ? -1 : 1;
			simAppend(
				devices[s.d]!,
				saleEvent({ at: now, gross: s.gross, rate: s.rate, method: s.method, sign })
			);
		} else if (s.op === 'sync') {
			if (s.a !== s.b && s.a !== cut && s.b !== cut) simSync(devices[s.a]!, devices[s.b]!);
		} else if (s.op === 'partition') cut = cut === s.cut ? -1 : s.cut;
		else if (s.op === 'close')
			simClose(devices[s.d]!, { level: 'day', period: periodOf('day', now - day), at: now });
		else now += day;
	}
	return devices;
}

function healAll(devices: SimDevice[]) {
	for (let round = 0; round < 2; round++) {
		for (const a of devices) for (const b of devices) if (a !== b) simSync(a, b);
	}
}

function tampered(s: JournalSnapshot, t: Tamper): JournalSnapshot | null {
	const devices = [...s.entries.keys()].sort();
	const device = devices[t.device % devices.length]!;
	const list = [...s.entries.get(device)!];
	if (list.length === 0) return null;
	const i = t.entry % list.length;
	if (t.kind === 'delete') list.splice(i, 1);
	else if (t.kind === 'truncate') list.length = t.keep % list.length;
	else {
		const e = list[i] as StoredEntry;
		const pos = t.pos % e.line.length;
		let unit = t.unit;
		if (unit === e.line.charCodeAt(pos)) unit = (unit + 1) & 0xffff;
		list[i] = {
			seq: e.seq,
			line: e.line.slice(0, pos) + String.fromCharCode(unit) + e.line.slice(pos + 1)
		};
	}
	return { entries: new Map(s.entries).set(device, list), remembered: s.remembered };
}

describe('journal chains across three devices', () => {
	it('verify from every device, and every tampering is caught', () => {
		let caught = 0;
		fc.assert(
			fc.property(
				fc.array(step, { minLength: 10, maxLength: 120 }),
				fc.array(tamper, { minLength: 80, maxLength: 80 }),
				(steps, tampers) => {
					const devices = play(steps);
					for (const d of devices) {
						// Mid-way a device knows only the heads it remembers itself.
						const report = verifyJournal(simSnapshot(d, [d]));
						expect(report.problems).toEqual([]);
					}
					healAll(devices);
					const whole = simSnapshot(devices[0]!, devices);
					expect(verifyJournal(whole).problems).toEqual([]);
					for (const t of tampers) {
						const bad = tampered(whole, t);
						if (!bad) continue;
						expect(verifyJournal(bad).problems.length, JSON.stringify(t)).toBeGreaterThan(0);
						caught++;
					}
				}
			),
			{ numRuns: runs }
		);
		expect(caught).toBeGreaterThanOrEqual(Math.min(2000, runs * 60));
	});

	it("count each closed entry once in the shop's figures, whatever tills closed apart", () => {
		fc.assert(
			fc.property(fc.array(step, { minLength: 10, maxLength: 120 }), (steps) => {
				const devices = play(steps);
				healAll(devices);
				const views = simViews(devices[0]!);
				// Independently: the set of (device, seq) any closing covers, and their takings.
				const covered = new Set<string>();
				for (const c of closingsOf(views, 'day'))
					for (const r of c.info.ranges)
						for (let seq = r.from; seq <= r.to; seq++) covered.add(`${r.device}:${seq}`);
				let takings = 0;
				let events = 0;
				for (const v of views)
					for (const r of v.records)
						if (covered.has(`${v.device}:${r.seq}`) && r.kind !== 'closing') {
							takings += r.sales.reduce((a, x) => a + x.gross, 0);
							events++;
						}
				const periods = shopPeriods(views, 'day');
				expect(periods.at(-1)?.grand ?? 0).toBe(takings);
				// Periods may share an entry only when tills closed apart; never more than covered.
				expect(periods.reduce((a, p) => a + p.totals.events, 0)).toBeGreaterThanOrEqual(events);
				expect(verifyJournal(simSnapshot(devices[0]!, devices)).problems).toEqual([]);
			}),
			{ numRuns: runs }
		);
	});
});
