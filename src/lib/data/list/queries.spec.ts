import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchesQuery } from '../../domain/search';
import type { OrderRow } from '../index/db';
import { ListCache } from './cache';
import { listOrders, searchTerms, type Cursor, type OrderPage, type OrderQuery } from './queries';
import { queryCache } from './cache-query';
import { compareRows } from './query-plan';
import type { Store } from '../store/store';
import { openTestStore } from '../store/testing';

let store: Store;
let all: OrderRow[];
const cache = () => new ListCache(store.index);

beforeAll(async () => {
	store = await openTestStore({ persistence: 'memory' });
	await store.actions.fillWithDemoData({ orders: 400, seed: 5 });
	await store.actions.saveDraft({
		input: { lines: [{ sku: 'SKU-0001', name: 'Savon', quantity: 1, unitPrice: 650 }] }
	});
	all = await store.index.orders.toArray();
}, 60_000);
afterAll(() => store.destroy());

/** What a query must return, computed the slow obvious way from every row. */
function reference(q: OrderQuery): string[] {
	const views =
		q.view === 'all'
			? ['active', 'archived']
			: q.view === 'drafts'
				? ['draft']
				: [q.view ?? 'active'];
	const cmp = compareRows(q.sort ?? 'date');
	return all
		.filter(
			(r) =>
				views.includes(r.view) &&
				(!q.paymentStatus || q.paymentStatus.includes(r.paymentStatus)) &&
				(!q.fulfilmentStatus || q.fulfilmentStatus.includes(r.fulfilmentStatus)) &&
				(!q.tag || r.tags.includes(q.tag)) &&
				(!q.paymentMethod || r.paymentMethod === q.paymentMethod) &&
				(!q.shippingMethod || r.shippingMethod === q.shippingMethod) &&
				(!q.channel || r.channel === (q.channel === 'unspecified' ? '' : q.channel)) &&
				(q.from === undefined || r.createdAt >= q.from) &&
				(q.to === undefined || r.createdAt < q.to) &&
				(!q.search || matchesQuery(r.words, q.search))
		)
		.sort((a, b) => (q.dir === 'asc' ? cmp(a, b) : cmp(b, a)))
		.map((r) => r.id);
}

async function pages(q: OrderQuery, c?: ListCache | 'store'): Promise<string[]> {
	const ids: string[] = [];
	let after: Cursor | null = null;
	for (let i = 0; i < 100; i++) {
		const query = { ...q, limit: 17, after };
		const page: OrderPage =
			c === 'store'
				? await store.queries.listOrders(query)
				: await listOrders(store.index, query, { cache: c });
		ids.push(...page.rows.map((r) => r.id));
		if (!page.next) break;
		after = page.next;
	}
	return ids;
}

const queries: OrderQuery[] = [
	{},
	{ sort: 'number', dir: 'asc' },
	{ sort: 'total' },
	{ sort: 'customer', dir: 'asc' },
	{ view: 'archived', sort: 'total', dir: 'asc' },
	{ view: 'all' },
	{ view: 'drafts' },
	{ view: 'all', paymentStatus: ['refunded', 'cancelled'] },
	{ view: 'all', fulfilmentStatus: ['delivered'], sort: 'customer' },
	{ view: 'all', tag: 'vip' },
	{ view: 'all', paymentMethod: 'PayPal', shippingMethod: 'Colissimo' },
	{ view: 'all', channel: 'stall' },
	{ view: 'all', channel: 'online', sort: 'total', dir: 'asc' },
	{ view: 'all', channel: 'unspecified', sort: 'customer' },
	{ view: 'active', channel: 'event', paymentMethod: 'PayPal' },
	{ view: 'all', from: Date.UTC(2025, 0, 1), to: Date.UTC(2025, 6, 1) },
	{ view: 'all', from: Date.UTC(2025, 0, 1), to: Date.UTC(2025, 6, 1), dir: 'asc' },
	{ view: 'archived', to: Date.UTC(2025, 0, 1) },
	{ view: 'archived', from: Date.UTC(2025, 0, 1), dir: 'asc' },
	{ view: 'all', from: Date.UTC(2025, 0, 1), to: Date.UTC(2025, 6, 1), sort: 'total' },
	{ view: 'all', search: 'martin' },
	{ view: 'all', search: 'sku-0012 paris' },
	{ view: 'all', search: 'e' },
	{ view: 'all', search: 'zzzz' }
];

describe('order list queries', () => {
	it.each(queries.map((q) => [JSON.stringify(q), q] as const))(
		'%s: index walk and in-memory list page through exactly the expected orders',
		async (_, q) => {
			const expected = reference(q);
			expect(await pages(q)).toEqual(expected);
			const c = cache();
			await c.load();
			expect(await pages(q, c)).toEqual(expected);
		}
	);

	it('the in-memory list follows new orders and edits', async () => {
		await store.whenListReady;
		const r = await store.actions.createOrder({
			lines: [{ sku: 'SKU-0002', name: 'Bougie', quantity: 1, unitPrice: 2490 }],
			customer: { name: 'Zoé Nouvelle' }
		});
		if (!r.ok) throw new Error(r.error.code);
		expect((await store.queries.listOrders({ search: 'nouvelle' })).rows.map((x) => x.id)).toEqual([
			r.value.id
		]);
		await store.actions.archiveOrders([r.value.id]);
		expect((await store.queries.listOrders({ search: 'nouvelle' })).rows).toEqual([]);
		expect(
			(await store.queries.listOrders({ view: 'archived', search: 'nouvelle' })).rows
		).toHaveLength(1);
	});

	it('the in-memory list stays sorted through edits, archives and tags', async () => {
		await store.whenListReady;
		await store.actions.upsertTag({ id: 'vip', name: 'VIP', colour: '#b8860b' });
		// Build every sorted array first, so the edits below go through incremental updates.
		for (const q of queries) await pages(q, 'store');
		const ids = all.filter((r) => r.view !== 'draft').map((r) => r.id);
		for (let i = 0; i < 12; i++) {
			const id = ids[(i * 37) % ids.length]!;
			const order = store.queries.getOrder(id)!.order;
			if (i % 3 === 0) await store.actions.archiveOrders([id]);
			if (i % 3 === 1) await store.actions.unarchiveOrders([id]);
			if (i % 4 === 0) await store.actions.tagOrders({ ids: [id], tagId: 'vip', on: i % 8 === 0 });
			const lines = order.lines.map((l) => ({ ...l, quantity: l.quantity + 1 }));
			await store.actions.editOrder({
				id,
				input: { ...order, lines, customer: { ...order.customer, name: `Zed ${i}` } }
			});
		}
		all = await store.index.orders.toArray();
		for (const q of queries) expect(await pages(q, 'store')).toEqual(reference(q));
	});

	it('searching by walking the sorted rows gives the same pages as by candidates', async () => {
		const c = cache();
		await c.load();
		for (const search of ['martin', 'sku-0012 paris', 'e', 'zzzz']) {
			for (const sort of ['date', 'total'] as const) {
				const q: OrderQuery = { view: 'all', search, sort };
				const ids: string[] = [];
				let cursor: Cursor | null = null;
				for (let i = 0; i < 100; i++) {
					const terms = searchTerms(search, { prefix: '', suffix: '' });
					const base = { views: ['active', 'archived'] as const, sort, desc: true, limit: 17 };
					const rows = queryCache(c, {
						...base,
						views: [...base.views],
						cursor,
						terms,
						fewMatches: 0
					});
					ids.push(...rows.map((r) => r.id));
					const last = rows[rows.length - 1];
					if (rows.length < 17 || !last) break;
					cursor = { value: sort === 'date' ? last.createdAt : last.total, id: last.id };
				}
				expect(ids).toEqual(reference(q));
			}
		}
	});

	it('finds an order by its full number with prefix and suffix', async () => {
		await store.actions.updateSettings({ numbering: { prefix: 'Boutique-', suffix: '-2026' } });
		const row = all.find((r) => r.n === 42)!;
		const page = await store.queries.listOrders({
			view: 'all',
			search: `Boutique-${row.series}-42-2026`
		});
		expect(page.rows.map((r) => r.id)).toEqual([row.id]);
	});
});
