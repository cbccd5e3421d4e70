/** Journal figures (issue 13): verify 100k entries of 3 devices, close a day, archive a year. */
import { writeArchive } from '../src/lib/domain/journal/archive';
import { closingsOf, planClosing } from '../src/lib/domain/journal/closing';
import { periodBounds } from '../src/lib/domain/journal/period';
import type { JournalEvent } from '../src/lib/domain/journal/record';
import {
	simAppend,
	simDevice,
	simSnapshot,
	simSync,
	simViews
} from '../src/lib/domain/journal/simulation';
import { verifyArchive } from '../src/lib/domain/journal/verify-archive';
import { verifyJournal } from '../src/lib/domain/journal/verify';

const rates = [550, 1000, 2000];
function sale(at: number, i: number): JournalEvent[] {
	const rate = rates[i % 3]!;
	const gross = 500 + ((i * 7919) % 20000);
	const vat = Math.round((gross * rate) / (10000 + rate));
	const lines = [
		{ sku: `SKU-${i % 300}`, name: 'Pot de miel toutes fleurs 500 g', qty: 1, unit: gross, rate }
	];
	return [
		{
			at,
			kind: 'sale',
			ref: `order-${i}`,
			sales: [{ rate, net: gross - vat, vat, gross }],
			pay: [],
			info: { number: `A-${i}`, lines, pricesIncludeVat: true }
		},
		{
			at: at + 1,
			kind: 'payment',
			ref: `order-${i}`,
			sales: [],
			pay: [{ method: i % 2 ? 'Carte' : 'Espèces', amount: gross }],
			info: { number: `A-${i}`, undone: false }
		}
	];
}

// CPU time of this process, not wall time: on a shared, loaded machine wall time mostly
// measures the other processes; both are printed.
const wall: Record<string, number> = {};
function time<T>(fn: () => T, name?: string): [T, number] {
	const t = performance.now();
	const c = process.cpuUsage();
	const v = fn();
	const used = process.cpuUsage(c);
	if (name) wall[name] = Math.round(performance.now() - t);
	return [v, (used.user + used.system) / 1000];
}

export function run() {
	const out: Record<string, number> = {};
	// 1. 100k entries on 3 devices (50k sales), synced now and then.
	const devices = ['till-a', 'till-b', 'till-c'].map(simDevice);
	const start = periodBounds('2026-01-05').start;
	for (let i = 0; i < 50_000; i++) {
		for (const e of sale(start + i * 60_000, i)) simAppend(devices[i % 3]!, e);
		if (i % 5000 === 4999) for (const d of devices.slice(1)) simSync(devices[0]!, d);
	}
	for (const d of devices.slice(1)) simSync(devices[0]!, d);
	const snap = simSnapshot(devices[0]!, devices);
	const entries = [...snap.entries.values()].reduce((a, l) => a + l.length, 0);
	const [report, verifyMs] = time(() => verifyJournal(snap), 'verifyMs');
	if (report.problems.length) throw new Error('journal does not verify');
	out.verifyEntries = entries;
	out.verifyMs = Math.round(verifyMs);
	// 2. A day of 500 sales (1,000 entries) closed: read the chains, plan, sum.
	const day = simDevice('till-a');
	const dayStart = periodBounds('2026-06-06').start + 8 * 3_600_000;
	for (let i = 0; i < 500; i++) for (const e of sale(dayStart + i * 60_000, i)) simAppend(day, e);
	const [, closeMs] = time(() => {
		const plan = planClosing({
			level: 'day',
			period: '2026-06-06',
			at: dayStart + 12 * 3_600_000,
			chains: simViews(day)
		});
		if (!plan.ok) throw new Error('refused');
		simAppend(day, plan.event);
	}, 'closeDay500Ms');
	out.closeDay500Ms = Math.round(closeMs);
	// 3. A year of 20k orders (40k entries + 20k documents): write the archive, then verify it.
	const year = simDevice('till-a');
	const yStart = periodBounds('2026').start;
	for (let i = 0; i < 20_000; i++)
		for (const e of sale(yStart + i * 1_500_000, i)) simAppend(year, e);
	const plan = planClosing({
		level: 'year',
		period: '2026',
		at: periodBounds('2027').start,
		chains: simViews(year)
	});
	if (!plan.ok) throw new Error('refused');
	simAppend(year, plan.event);
	const closing = closingsOf(simViews(year))[0]!;
	const [text, archiveMs] = time(() => {
		const s = simSnapshot(year, [year]);
		const entries = new Map(
			[...s.entries].map(([d, l]) => [d, [...l].sort((a, b) => a.seq - b.seq)])
		);
		const documents = Array.from({ length: 20_000 }, (_, i) => ({
			id: `order-${i}`,
			number: `A-${i}`,
			createdAt: yStart + i,
			lines: [{ sku: `SKU-${i % 300}`, qty: 1, unit: 1000, rate: 2000 }],
			total: 1000
		}));
		return writeArchive({
			header: {
				store: 'Bench',
				level: 'year',
				period: '2026',
				closing: `till-a:${closing.record.seq}`,
				createdAt: 0,
				heads: [],
				counts: []
			},
			entries,
			documents
		});
	}, 'archiveYearMs');
	out.archiveYearMs = Math.round(archiveMs);
	out.archiveYearMB = Math.round(text.length / 1e5) / 10;
	const [checked, checkMs] = time(() => verifyArchive(text), 'verifyArchiveYearMs');
	if (!checked.ok) throw new Error('archive does not verify');
	out.verifyArchiveYearMs = Math.round(checkMs);
	return { cpu: out, wall };
}
