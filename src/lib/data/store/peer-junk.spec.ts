/**
 * Whatever a peer writes, under any key it can write: arbitrary JSON and Yjs values, and valid
 * records with one field made arbitrary, synced into a store holding good orders. No exception
 * escapes, every good order is still listed with its total, the live index equals a rebuilt
 * one, and totals and stock count readable records only. FC_RUNS sets the number of runs
 * (1,000 by default, the CI sample).
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { levels } from '../../domain/stock-movement';
import { readOrder } from '../crdt/order-read';
import { maps } from '../crdt/schema';
import { allMovements } from '../crdt/stock-read';
import { openStore, type Store } from './store';
import { openTestStore, sampleOrder } from './testing';

const runs = Number(process.env.FC_RUNS ?? 1000);

/** A value a peer can store: JSON, odd numbers, bytes, or a Yjs type (made fresh per write). */
type Junk =
	| { t: 'json'; v: unknown }
	| { t: 'map' | 'array'; v: [string, unknown][] }
	| { t: 'text'; v: string }
	| { t: 'bytes'; v: number[] };

const odd = fc.constantFrom(
	null,
	undefined,
	1.5,
	-1,
	1e300,
	-0,
	Number.NaN,
	Number.POSITIVE_INFINITY,
	2 ** 53,
	'',
	'EURO',
	'x'.repeat(20_000),
	true,
	[],
	{}
);
const scalar = fc.oneof(odd, fc.jsonValue({ maxDepth: 2 }));
const junk: fc.Arbitrary<Junk> = fc.oneof(
	{ weight: 6, arbitrary: scalar.map((v) => ({ t: 'json' as const, v })) },
	fc
		.array(fc.tuple(fc.string({ maxLength: 4 }), scalar), { maxLength: 3 })
		.map((v) => ({ t: 'map' as const, v })),
	fc
		.array(fc.tuple(fc.constant(''), scalar), { maxLength: 3 })
		.map((v) => ({ t: 'array' as const, v })),
	fc.string({ maxLength: 8 }).map((v) => ({ t: 'text' as const, v })),
	fc.array(fc.nat({ max: 255 }), { maxLength: 8 }).map((v) => ({ t: 'bytes' as const, v }))
);

function make(j: Junk): unknown {
	if (j.t === 'json') return j.v;
	if (j.t === 'text') return new Y.Text(j.v);
	if (j.t === 'bytes') return new Uint8Array(j.v);
	// Yjs refuses undefined inside an array (a peer cannot send it).
	if (j.t === 'array') return Y.Array.from(j.v.map(([, v]) => v ?? null));
	const map = new Y.Map<unknown>();
	for (const [k, v] of j.v) map.set(k, v);
	return map;
}

const line = { id: 'l1', sku: 'MUG', name: 'Tasse', quantity: 1, unitPrice: 1250, vatRate: 2000 };
const record = {
	schema: 1,
	createdAt: Date.UTC(2026, 10, 23),
	deviceId: 'peer',
	draft: false,
	number: { series: 'P', n: 1, deviceId: 'peer' },
	pricesIncludeVat: true,
	feeVatRate: 2000,
	paymentStatus: 'paid',
	fulfilmentStatus: 'awaiting_processing',
	lines: [line],
	customer: { email: '', name: 'Pair', phone: '' },
	shippingAddress: null,
	shippingMethod: '',
	paymentMethod: '',
	shippingFee: 0
};
/** Valid values per order key, which the arbitraries then damage one field at a time. */
const valid: Record<string, unknown> = {
	o: record,
	cust: { customer: record.customer, shippingAddress: null, billingAddress: null },
	methods: { shippingMethod: 'Poste', paymentMethod: 'Carte' },
	fees: { shippingFee: 100, handlingFee: 0, discount: { kind: 'percent', percent: 1000 } },
	comments: { customerComments: 'merci' },
	ch: { channel: 'phone' },
	ps: { status: 'paid', at: 1 },
	fs: { status: 'shipped', at: 1 },
	trk: { number: '1Z', carrier: 'UPS', url: '' },
	arc: true,
	num: { series: 'P', n: 2, deviceId: 'peer' },
	placed: { at: 1 },
	cancel: { at: 1, deviceId: 'peer', restock: { l1: 1 } },
	'l:l1': { ...line, quantity: 3 },
	'l:l9': { ...line, id: 'l9' },
	'tag:t1': true,
	'rf:l1:1': { restock: true, at: 1, deviceId: 'peer', refundId: 'r1' },
	'rf:ship': { at: 1, deviceId: 'peer' },
	'note:n1': { id: 'n1', at: 1, deviceId: 'peer', text: 'hello' },
	'msg:m1': { id: 'm1', at: 1, deviceId: 'peer', text: 'hi', from: 'customer' },
	'act:a1': { at: 1, deviceId: 'peer', kind: 'edited', detail: {} }
};
const orderKey = fc.constantFrom(...Object.keys(valid));

/** A valid value with one field (or the value itself) replaced by junk. */
const damaged = (key: string): fc.Arbitrary<Junk> =>
	fc.tuple(fc.nat(), junk, fc.boolean()).map(([i, j, asText]) => {
		const base = valid[key];
		if (typeof base !== 'object' || base === null) return j;
		const fields = Object.keys(base);
		const field = fields[i % fields.length]!;
		const value = { ...base, [field]: j.t === 'json' ? j.v : [] };
		return { t: 'json', v: key === 'o' && asText ? JSON.stringify(value) : value };
	});
const orderValue = (key: string) => fc.oneof(junk, damaged(key));

type Write =
	| { to: 'newOrder'; id: string; key: string; value: Junk; o: Junk }
	| { to: 'victim'; key: string; value: Junk }
	| { to: 'orders'; id: string; value: Junk }
	| { to: 'top'; map: string; key: string; value: Junk };

const write: fc.Arbitrary<Write> = fc.oneof(
	fc.record({
		to: fc.constant('newOrder' as const),
		id: fc.constantFrom('p1', 'p2'),
		key: orderKey,
		value: orderKey.chain(orderValue),
		o: orderValue('o')
	}),
	orderKey.chain((key) =>
		fc.record({ to: fc.constant('victim' as const), key: fc.constant(key), value: orderValue(key) })
	),
	fc.record({ to: fc.constant('orders' as const), id: fc.constantFrom('p3'), value: junk }),
	fc.record({
		to: fc.constant('top' as const),
		map: fc.constantFrom(
			'products',
			'customers',
			'stock',
			'tags',
			'devices',
			'counters',
			'settings'
		),
		key: fc.constantFrom(
			'MUG',
			'TEA',
			'lea@exemple.fr',
			'opening:MUG',
			'adjustment:x',
			'peer',
			'money',
			'identity',
			'numbering',
			'orders',
			'documents',
			'floor:peer',
			'ch:c-x',
			'ch:phone'
		),
		value: fc.oneof(
			junk,
			fc.constantFrom<Junk>(
				{ t: 'json', v: { sku: 'MUG', qty: 1e300, kind: 'adjustment', at: 1, deviceId: 'p' } },
				{ t: 'json', v: { sku: 'MUG', qty: 5, kind: 'adjustment', at: 1, deviceId: 'p' } },
				{ t: 'json', v: { currency: 'EURO', pricesIncludeVat: false, defaultVatRate: 550 } },
				{ t: 'json', v: { sku: 'MUG', name: 'Tasse', price: 1.5 } },
				{ t: 'json', v: { name: 'Salon', hidden: false, addedAt: 1 } }
			)
		)
	})
);

function apply(doc: Y.Doc, w: Write, victim: string): void {
	const m = maps(doc);
	if (w.to === 'newOrder') {
		const map = new Y.Map<unknown>();
		map.set('o', make(w.o));
		map.set(w.key, make(w.value));
		m.orders.set(w.id, map);
	} else if (w.to === 'victim') m.orders.get(victim)!.set(w.key, make(w.value));
	else if (w.to === 'orders') m.orders.set(w.id, make(w.value) as Y.Map<unknown>);
	else (doc.getMap(w.map) as Y.Map<unknown>).set(w.key, make(w.value));
}

async function snapshot(store: Store) {
	const db = store.index;
	return {
		orders: await db.orders.orderBy('id').toArray(),
		products: await db.products.orderBy('sku').toArray(),
		customers: await db.customers.orderBy('email').toArray(),
		unreadable: (await db.meta.get('unreadable'))?.value
	};
}

describe('whatever a peer writes', () => {
	it(`never breaks the store: good orders listed, index = rebuild, stock from readable records (${runs} runs)`, async () => {
		const shop = await openTestStore({ persistence: 'memory' });
		await shop.actions.upsertProduct({ sku: 'MUG', name: 'Tasse', price: 1250, openingStock: 20 });
		await shop.actions.upsertTag({ id: 't1', name: 'VIP', colour: '#ff0000' });
		const ids: string[] = [];
		for (let i = 0; i < 3; i++) {
			const r = await shop.actions.createOrder(sampleOrder());
			if (!r.ok) throw new Error('setup');
			ids.push(r.value.id);
		}
		const base = Y.encodeStateAsUpdate(shop.doc);
		const totals = new Map((await shop.index.orders.toArray()).map((r) => [r.id, r.total]));
		await shop.destroy();
		const [victim, ...good] = ids as [string, ...string[]];
		let n = 0;
		await fc.assert(
			fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 4 }), async (writes) => {
				const doc = new Y.Doc();
				Y.applyUpdate(doc, base);
				const name = `junk-${n++}`;
				const store = openStore({
					name,
					deviceId: 'device-a',
					doc,
					persistence: 'memory',
					loadDelayMs: 0
				});
				try {
					await store.whenSynced;
					const peer = new Y.Doc();
					Y.applyUpdate(peer, base);
					peer.transact(() => writes.forEach((w) => apply(peer, w, victim)));
					Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)), 'peer');
					await store.flush();
					const q = store.queries;
					const listed = await q.listOrders({ view: 'all', limit: 1000 });
					const rows = new Map(listed.rows.map((r) => [r.id, r]));
					for (const id of good) expect(rows.get(id)?.total).toBe(totals.get(id));
					// Listed exactly when readable; unreadable ones are reported.
					const problems = new Set((await q.unreadable()).map((u) => `${u.kind}:${u.id}`));
					for (const id of maps(doc).orders.keys()) {
						const state = readOrder(doc, id);
						const row = await store.index.orders.get(id);
						expect(row === undefined).toBe(state === null);
						expect(problems.has(`order:${id}`)).toBe(state === null);
						if (state) expect(q.getOrder(id)?.totals.total).toBe(row!.total);
						else expect(q.getOrder(id)).toBeNull();
					}
					// Stock: the index's level is the sum of the readable movements.
					const expected = levels(allMovements(doc));
					for (const p of await q.listProducts()) expect(p.level).toBe(expected.get(p.sku) ?? 0);
					// Screens' reads do not throw, and money formats in the store's currency.
					const settings = q.settings();
					new Intl.NumberFormat('fr', { style: 'currency', currency: settings.money.currency });
					q.channels();
					q.tags();
					q.devices();
					q.nextNumber('device-a');
					await q.stockMovements('MUG');
					// The live index is what a rebuild gives.
					const live = await snapshot(store);
					await store.rebuildIndex();
					expect(await snapshot(store)).toEqual(live);
				} finally {
					await store.destroy();
					indexedDB.deleteDatabase(`${name}-index`);
				}
			}),
			{ numRuns: runs }
		);
	}, 600_000);
});
