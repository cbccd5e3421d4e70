/**
 * Three replicas (each with its own skewed clock) run random actions while updates between them are delivered late, out of
 * order and twice; after a full exchange they must hold the same orders, stock and index rows
 * (also after a rebuild), and the invariants must hold. FC_RUNS=2000 runs thousands.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { levels } from '../../domain/stock-movement';
import { paidAmount, refundedAmount } from '../../domain/order-money';
import { orderConflicts } from '../../domain/order-conflicts';
import { refundEvents } from '../../domain/refund-events';
import { computeTotals } from '../../domain/totals';
import { readOrder } from '../crdt/order-read';
import { allMovements } from '../crdt/stock-read';
import type { Store } from './store';
import { openTestStore, testClock } from './testing';

const pick = fc.nat({ max: 1000 });
const replica = fc.nat({ max: 2 });
const command = fc.oneof(
	fc.oneof(
		fc.record({
			k: fc.constant('create' as const),
			r: replica,
			mug: fc.nat({ max: 4 }),
			honey: fc.nat({ max: 3 })
		}),
		fc.record({
			k: fc.constant('edit' as const),
			r: replica,
			o: pick,
			qty: fc.integer({ min: 1, max: 5 })
		}),
		fc.record({ k: fc.constant('pay' as const), r: replica, o: pick, paid: fc.boolean() }),
		fc.record({
			k: fc.constant('fulfil' as const),
			r: replica,
			o: pick,
			s: fc.constantFrom('processing', 'shipped', 'delivered', 'will_not_deliver')
		}),
		fc.record({
			k: fc.constant('refund' as const),
			r: replica,
			o: pick,
			qty: fc.integer({ min: 1, max: 3 }),
			restock: fc.boolean(),
			shipping: fc.boolean(),
			whole: fc.boolean()
		})
	),
	fc.oneof(
		fc.record({ k: fc.constant('cancel' as const), r: replica, o: pick }),
		fc.record({
			k: fc.constant('adjust' as const),
			r: replica,
			delta: fc.integer({ min: -5, max: 5 })
		}),
		fc.record({ k: fc.constant('tag' as const), r: replica, o: pick, on: fc.boolean() }),
		fc.record({ k: fc.constant('archive' as const), r: replica, o: pick, on: fc.boolean() }),
		fc.record({ k: fc.constant('count' as const), r: replica, counted: fc.nat({ max: 20 }) }),
		fc.record({
			k: fc.constant('draft' as const),
			r: replica,
			mug: fc.integer({ min: 1, max: 3 })
		}),
		fc.record({ k: fc.constant('place' as const), r: replica, o: pick }),
		fc.record({ k: fc.constant('note' as const), r: replica, o: pick }),
		fc.record({
			k: fc.constant('channel' as const),
			r: replica,
			o: pick,
			ch: fc.constantFrom('phone', 'event', 'online', null)
		}),
		fc.record({
			k: fc.constant('deliver' as const),
			from: replica,
			to: replica,
			n: fc.nat({ max: 6 }),
			reverse: fc.boolean(),
			twice: fc.boolean()
		})
	)
);
type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

interface Replica {
	store: Store;
	/** Updates made here, not yet delivered, per destination replica. */
	outbox: Uint8Array[][];
}

async function run(commands: Command[], seed: number) {
	const replicas: Replica[] = [];
	for (let i = 0; i < 3; i++) {
		// Each replica its own clock, hours apart: dates never decide a merge.
		const clock = testClock(Date.UTC(2026, 10, 23, 9) + (seed % 7) * (i - 1) * 3_600_000);
		const store = await openTestStore({
			deviceId: `device-${i}`,
			persistence: 'memory',
			clock,
			seed: seed * 10 + i
		});
		const outbox: Uint8Array[][] = [[], [], []];
		store.doc.on('update', (update: Uint8Array, origin: unknown) => {
			if (origin === 'remote') return;
			for (let j = 0; j < 3; j++) if (j !== i) outbox[j]!.push(update);
		});
		replicas.push({ store, outbox });
	}
	const exchangeAll = () => {
		for (const from of replicas) {
			replicas.forEach((to, j) => {
				for (const u of from.outbox[j]!.splice(0)) Y.applyUpdate(to.store.doc, u, 'remote');
			});
		}
	};
	const first = replicas[0]!.store.actions;
	await first.upsertProduct({ sku: 'MUG', name: 'Tasse', price: 1250, openingStock: 10 });
	await first.upsertProduct({
		sku: 'HONEY',
		name: 'Miel',
		price: 890,
		vatRate: 550,
		openingStock: 5
	});
	await first.upsertTag({ id: 'vip', name: 'VIP', colour: '#b8860b' });
	exchangeAll();
	for (const c of commands) {
		if (c.k === 'deliver') {
			const box = replicas[c.from]!.outbox[c.to];
			if (!box || c.from === c.to) continue;
			let batch = box.splice(0, c.n);
			if (c.reverse) batch = batch.reverse();
			if (c.twice) batch = [...batch, ...batch];
			for (const u of batch) Y.applyUpdate(replicas[c.to]!.store.doc, u, 'remote');
			continue;
		}
		const { store } = replicas[c.r]!;
		const a = store.actions;
		const ids = [...store.doc.getMap('orders').keys()].sort();
		const id = 'o' in c ? ids[c.o % Math.max(1, ids.length)] : undefined;
		if (c.k === 'create') {
			const lines = [];
			if (c.mug) lines.push({ sku: 'MUG', name: 'Tasse', quantity: c.mug, unitPrice: 1250 });
			if (c.honey)
				lines.push({ sku: 'HONEY', name: 'Miel', quantity: c.honey, unitPrice: 890, vatRate: 550 });
			if (!lines.length) lines.push({ custom: true, name: 'Retouche', quantity: 1, unitPrice: 0 });
			await a.createOrder({
				lines,
				shippingFee: 590,
				customer: { email: `c${c.mug}@exemple.fr`, name: `Client ${c.honey}` },
				channel: (['stall', 'phone', null] as const)[c.mug % 3]
			});
		} else if (c.k === 'draft') {
			await a.saveDraft({
				input: { lines: [{ sku: 'MUG', name: 'Tasse', quantity: c.mug, unitPrice: 1250 }] }
			});
		} else if (c.k === 'count') await a.countStock({ sku: 'MUG', counted: c.counted });
		else if (!id) continue;
		else if (c.k === 'place') await a.placeDraft(id);
		else if (c.k === 'note') await a.addNote({ id, text: `note ${c.o}` });
		else if (c.k === 'channel') {
			const order = store.queries.getOrder(id)!.order;
			await a.editOrder({ id, input: { ...order, channel: c.ch } });
		} else if (c.k === 'edit') {
			const order = store.queries.getOrder(id)!.order;
			const lines = order.lines.map((l, i) => (i === 0 ? { ...l, quantity: c.qty } : l));
			await a.editOrder({ id, input: { ...order, lines } });
		} else if (c.k === 'pay')
			await a.setPaymentStatus({ id, status: c.paid ? 'paid' : 'awaiting_payment' });
		else if (c.k === 'fulfil') await a.setFulfilmentStatus({ id, status: c.s });
		else if (c.k === 'refund') {
			const line = store.queries.getOrder(id)!.order.lines[0];
			const request = c.whole
				? { whole: true }
				: {
						lines: line ? [{ lineId: line.id, qty: c.qty, restock: c.restock }] : [],
						shipping: c.shipping
					};
			await a.refundLines({ id, request });
		} else if (c.k === 'cancel') await a.cancelOrder(id);
		else if (c.k === 'tag') await a.tagOrders({ ids: [id], tagId: 'vip', on: c.on });
		else if (c.k === 'archive') await (c.on ? a.archiveOrders([id]) : a.unarchiveOrders([id]));
		else if (c.k === 'adjust' && c.delta !== 0)
			await a.adjustStock({ sku: c.delta > 0 ? 'MUG' : 'HONEY', delta: c.delta });
	}
	exchangeAll();
	await Promise.all(replicas.map((r) => r.store.flush()));
	return replicas.map((r) => r.store);
}

async function indexRows(store: Store) {
	const byKey = <T>(rows: T[], key: keyof T) =>
		rows.sort((x, y) => (String(x[key]) < String(y[key]) ? -1 : 1));
	return {
		orders: byKey(await store.index.orders.toArray(), 'id'),
		products: byKey(await store.index.products.toArray(), 'sku'),
		customers: byKey(await store.index.customers.toArray(), 'email')
	};
}

async function check(stores: Store[]) {
	const [a, ...others] = stores as [Store, ...Store[]];
	const rows = await indexRows(a);
	const ids = [...a.doc.getMap('orders').keys()].sort();
	for (const other of others) {
		expect([...other.doc.getMap('orders').keys()].sort()).toEqual(ids);
		for (const id of ids) expect(readOrder(other.doc, id)).toEqual(readOrder(a.doc, id));
		expect(await indexRows(other)).toEqual(rows);
	}
	// Invariants.
	const ledger = levels(allMovements(a.doc));
	for (const p of rows.products) expect(p.level).toBe(ledger.get(p.sku) ?? 0);
	const numbers = new Set<string>();
	for (const id of ids) {
		const { order } = readOrder(a.doc, id)!;
		const row = rows.orders.find((r) => r.id === id)!;
		expect(row.total).toBe(computeTotals(order).total);
		expect(row.channel).toBe(order.channel ?? '');
		// Refunds add up and stay within what was paid unless flagged (convergence-meaning.spec.ts
		// checks the rest of the meaning on 1,000 runs without the index).
		expect(refundEvents(order).reduce((n, e) => n + e.amount, 0)).toBe(refundedAmount(order));
		if (refundedAmount(order) > paidAmount(order)) {
			expect(orderConflicts(order).map((c) => c.kind)).toContain('abovePaid');
		}
		if (order.number) {
			const key = `${order.number.series}-${order.number.n}`;
			expect(numbers.has(key)).toBe(false);
			numbers.add(key);
		}
	}
	// The index rebuilt from the CRDT gives exactly the same rows.
	await a.rebuildIndex();
	expect(await indexRows(a)).toEqual(rows);
}

describe('convergence of three replicas', () => {
	it(
		'same orders, stock and index after random partitions and late, reordered, duplicated delivery',
		async () => {
			await fc.assert(
				fc.asyncProperty(
					fc.array(command, { minLength: 5, maxLength: 40 }),
					fc.nat(),
					async (commands, seed) => {
						const stores = await run(commands, seed);
						try {
							await check(stores);
						} finally {
							await Promise.all(stores.map((s) => s.destroy()));
						}
					}
				),
				{ numRuns: Number(process.env.FC_RUNS ?? 12) }
			);
		},
		Math.max(120_000, Number(process.env.FC_RUNS ?? 12) * 3000)
	);
});
