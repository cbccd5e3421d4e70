/**
 * Convergence proves devices end up equal; this proves they end up right. Three replicas with
 * skewed, drifting clocks run random money and stock actions on bare documents (no index, so a
 * run takes milliseconds) while updates between them are partitioned, delivered late, reordered
 * and twice. After a full exchange they must agree, and the meaning must hold: every refund made
 * is there with the amount and credit-note number it was given, the refunds add up to the amount
 * refunded, refunded ≤ paid unless flagged, restocks never exceed the units sold, the stock level
 * is the latest count plus what moved since, (series, n) is never given twice, and an issued
 * invoice's content never changes (invoices are printed and corrected along the way).
 * 1,000 runs by default; FC_RUNS=10000 for more.
 */
import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { newId, seededRandom } from '../../domain/id';
import { refundedAmount, paidAmount } from '../../domain/order-money';
import { orderConflicts } from '../../domain/order-conflicts';
import { refundEvents } from '../../domain/refund-events';
import { isObservation, latestCount, type StockCount } from '../../domain/stock-count';
import { levels, orderMovements, type StockMovement } from '../../domain/stock-movement';
import { createActions } from '../actions/all';
import type { ActionContext } from '../crdt/context';
import { readOrder } from '../crdt/order-read';
import { maps } from '../crdt/schema';
import { allMovements, stockLevel } from '../crdt/stock-read';

const pick = fc.nat({ max: 1000 });
const r = fc.nat({ max: 2 });
const w = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });
// Weighted towards money: few orders, many payments, refunds and cancellations on each.
const command = fc.oneof(
	w(
		4,
		fc.record({
			k: fc.constant('create' as const),
			r,
			qty: fc.integer({ min: 1, max: 4 }),
			paid: fc.boolean()
		})
	),
	w(3, fc.record({ k: fc.constant('pay' as const), r, o: pick })),
	w(
		6,
		fc.record({
			k: fc.constant('refund' as const),
			r,
			o: pick,
			qty: fc.nat({ max: 2 }),
			restock: fc.boolean(),
			shipping: fc.boolean(),
			free: fc.constantFrom(0, 0, 0, 100, 999)
		})
	),
	w(
		2,
		fc.record({
			k: fc.constant('edit' as const),
			r,
			o: pick,
			qty: fc.integer({ min: 1, max: 5 }),
			correct: fc.boolean()
		})
	),
	w(2, fc.record({ k: fc.constant('print' as const), r, o: pick })),
	w(3, fc.record({ k: fc.constant('cancel' as const), r, o: pick })),
	w(1, fc.record({ k: fc.constant('ship' as const), r, o: pick })),
	w(2, fc.record({ k: fc.constant('count' as const), r, counted: fc.nat({ max: 20 }) })),
	w(1, fc.record({ k: fc.constant('adjust' as const), r, delta: fc.integer({ min: -3, max: 3 }) })),
	w(
		4,
		fc.record({
			k: fc.constant('deliver' as const),
			from: r,
			to: r,
			n: fc.nat({ max: 6 }),
			reverse: fc.boolean(),
			twice: fc.boolean()
		})
	)
);
type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

/** A replica: a bare document with its actions, a clock off by `skew` that drifts. */
function replica(i: number, o: { seed: number; skew: number }) {
	const doc = new Y.Doc();
	const random = seededRandom(o.seed * 7 + i);
	let t = Date.UTC(2026, 10, 23, 9) + o.skew;
	const ctx: ActionContext = {
		doc,
		deviceId: `device-${i}`,
		now: () => (t += 1 + Math.floor(random() * 60_000)),
		newId: () => newId(random),
		origin: { replica: i },
		commit: async () => {},
		levelOf: async (sku) => stockLevel(doc, sku)
	};
	const actions = createActions(
		(fn) =>
			(...args) =>
				fn(ctx, ...args)
	);
	return { doc, actions, outbox: [[], [], []] as Uint8Array[][] };
}

interface Made {
	id: string;
	amount: number;
	number: string;
}

/** Every issued invoice seen on any replica after any step, by id: its content as first seen. */
type Issued = Map<string, string>;

function watchInvoices(doc: Y.Doc, issued: Issued) {
	for (const map of maps(doc).orders.values()) {
		map.forEach((value, key) => {
			if (!key.startsWith('isn:')) return;
			const id = key.slice(4);
			const content = JSON.stringify((value as { content: unknown }).content);
			// An issued invoice's content never changes, on any replica, at any step.
			expect(issued.get(id) ?? content).toBe(content);
			issued.set(id, content);
		});
	}
}

async function run(commands: Command[], o: { seed: number; skews: number[] }) {
	const replicas = o.skews.map((skew, i) => replica(i, { seed: o.seed, skew }));
	replicas.forEach((rep, i) =>
		rep.doc.on('update', (u: Uint8Array, origin: unknown) => {
			if (origin === 'remote') return;
			replicas.forEach((_, j) => j !== i && rep.outbox[j]!.push(u));
		})
	);
	const exchangeAll = () => {
		for (const from of replicas)
			replicas.forEach((to, j) => {
				for (const u of from.outbox[j]!.splice(0)) Y.applyUpdate(to.doc, u, 'remote');
			});
	};
	await replicas[0]!.actions.upsertProduct({
		sku: 'JAR',
		name: 'Miel',
		price: 450,
		openingStock: 10
	});
	exchangeAll();
	const made: Made[] = [];
	const issued: Issued = new Map();
	for (const c of commands) {
		if (c.k === 'deliver') {
			if (c.from === c.to) continue;
			let batch = replicas[c.from]!.outbox[c.to]!.splice(0, c.n);
			if (c.reverse) batch = batch.reverse();
			if (c.twice) batch = [...batch, ...batch];
			for (const u of batch) Y.applyUpdate(replicas[c.to]!.doc, u, 'remote');
			watchInvoices(replicas[c.to]!.doc, issued);
			continue;
		}
		const { doc, actions: a } = replicas[c.r]!;
		const ids = [...maps(doc).orders.keys()].sort();
		const id = 'o' in c ? ids[c.o % Math.max(1, ids.length)] : undefined;
		if (c.k === 'create') {
			const created = await a.createOrder({
				lines: [{ sku: 'JAR', name: 'Miel', quantity: c.qty, unitPrice: 450, vatRate: 550 }],
				shippingFee: 390
			});
			if (created.ok && c.paid) await a.setPaymentStatus({ id: created.value.id, status: 'paid' });
		} else if (c.k === 'count') await a.countStock({ sku: 'JAR', counted: c.counted });
		else if (c.k === 'adjust' && c.delta) await a.adjustStock({ sku: 'JAR', delta: c.delta });
		else if (!id) continue;
		else if (c.k === 'pay') await a.setPaymentStatus({ id, status: 'paid' });
		else if (c.k === 'cancel') await a.cancelOrder(id);
		else if (c.k === 'ship') await a.setFulfilmentStatus({ id, status: 'shipped' });
		else if (c.k === 'print') await a.issueInvoice(id);
		else if (c.k === 'edit') {
			const order = readOrder(doc, id)!.order;
			const lines = order.lines.map((l) => ({ ...l, quantity: c.qty }));
			await a.editOrder({ id, input: { ...order, lines }, correctInvoice: c.correct });
		} else if (c.k === 'refund') {
			const lines = c.qty ? [{ sku: 'JAR', qty: c.qty, restock: c.restock }] : [];
			const done = await a.refundLines({
				id,
				request: { lines, shipping: c.shipping, free: c.free }
			});
			if (done.ok) {
				const n = done.value.number;
				made.push({
					id: done.value.refundId,
					amount: done.value.amount,
					number: `${n.series}-${n.n}`
				});
			}
		}
		watchInvoices(doc, issued);
	}
	exchangeAll();
	for (const rep of replicas) watchInvoices(rep.doc, issued);
	return { docs: replicas.map((x) => x.doc), made, issued };
}

function check({ docs, made, issued }: { docs: Y.Doc[]; made: Made[]; issued: Issued }) {
	const [a, ...others] = docs as [Y.Doc, ...Y.Doc[]];
	const ids = [...maps(a).orders.keys()].sort();
	for (const other of others) {
		for (const id of ids) expect(readOrder(other, id)).toEqual(readOrder(a, id));
		expect(stockLevel(other, 'JAR')).toBe(stockLevel(a, 'JAR'));
	}
	const seen = new Map<string, { amount: number; number: string }>();
	const orderNumbers = new Set<string>();
	const noteNumbers = new Set<string>();
	for (const id of ids) {
		const state = readOrder(a, id)!;
		const { order } = state;
		const events = refundEvents(order);
		// The sum of the refund events is the amount refunded.
		expect(events.reduce((n, e) => n + e.amount, 0)).toBe(refundedAmount(order));
		// Refunded ≤ paid, unless flagged for a person to settle.
		const flags = orderConflicts(order).map((c) => c.kind);
		if (refundedAmount(order) > paidAmount(order)) expect(flags).toContain('abovePaid');
		// Restocks of a line never exceed its units.
		const back = new Map<string, number>();
		for (const m of orderMovements(order, state)) {
			if (m.kind !== 'refund_restock' && m.kind !== 'cancel_restock') continue;
			const lineId = m.key.slice(m.key.lastIndexOf(':') + 1);
			back.set(lineId, (back.get(lineId) ?? 0) + m.qty);
		}
		for (const line of order.lines)
			expect(back.get(line.id) ?? 0).toBeLessThanOrEqual(line.quantity);
		for (const e of events) {
			const n = e.number ? `${e.number.series}-${e.number.n}` : '';
			seen.set(e.id, { amount: e.amount, number: n });
			expect(noteNumbers.has(n)).toBe(false);
			noteNumbers.add(n);
		}
		if (order.number) {
			const key = `${order.number.series}-${order.number.n}`;
			expect(orderNumbers.has(key)).toBe(false);
			orderNumbers.add(key);
		}
		// A corrected invoice takes a new number of its device's series: no order or other
		// invoice has it. Two records under one number carry one content, unless flagged.
		const contents = new Map<string, Set<string>>();
		for (const i of order.issuedInvoices) {
			const key = `${i.number.series}-${i.number.n}`;
			if (i.replaces !== null) {
				expect(orderNumbers.has(key)).toBe(false);
				orderNumbers.add(key);
			}
			contents.set(key, (contents.get(key) ?? new Set()).add(JSON.stringify(i.content)));
			const n = i.creditNote ? `${i.creditNote.series}-${i.creditNote.n}` : null;
			if (n) {
				expect(noteNumbers.has(n)).toBe(false);
				noteNumbers.add(n);
			}
		}
		if ([...contents.values()].some((set) => set.size > 1))
			expect(flags).toContain('invoiceDiverged');
	}
	// No issued invoice is lost, and each reads as it was first seen.
	const all = new Map(
		ids.flatMap((id) =>
			readOrder(a, id)!.order.issuedInvoices.map((i) => [i.id, JSON.stringify(i.content)])
		)
	);
	expect(all).toEqual(issued);
	// Every refund made is there, with the amount and credit-note number it was given.
	for (const m of made) expect(seen.get(m.id)).toEqual({ amount: m.amount, number: m.number });
	expect(seen.size).toBe(made.length);
	// Stock: the latest count plus the movements it had not seen (computed from the raw ledger).
	const raw = [...maps(a).stock.values()] as StockMovement[];
	const counts = raw.filter(isObservation) as StockCount[];
	const moves = allMovements(a).filter((m) => !isObservation(m));
	const now = moves.reduce((n, m) => n + m.qty, 0);
	const latest = latestCount(counts);
	const expected = latest ? latest.counted + now - latest.seenSum : now;
	expect(levels(allMovements(a)).get('JAR') ?? 0).toBe(expected);
}

describe('meaning holds after merges', () => {
	const runs = Number(process.env.FC_RUNS ?? 1000);
	it(
		'refunds, restocks, counts and numbers add up on skewed replicas with partitions, reordering and duplicates',
		async () => {
			const hour = 3_600_000;
			await fc.assert(
				fc.asyncProperty(
					fc.array(command, { minLength: 10, maxLength: 50 }),
					fc.nat(),
					fc.array(fc.integer({ min: -6 * hour, max: 6 * hour }), { minLength: 3, maxLength: 3 }),
					async (commands, seed, skews) => check(await run(commands, { seed, skews }))
				),
				{ numRuns: runs }
			);
		},
		Math.max(120_000, runs * 200)
	);
});
