/**
 * Order-list queries with keyset paging. Each filter becomes a set of ids read from an index
 * without reading rows (keys only); a small intersection is read and sorted in memory, a large
 * one is matched while walking the sort index from the cursor. Rows are read only for the page.
 */
import type { FulfilmentStatus, PaymentStatus } from '../domain/order-status';
import { fold, words } from '../domain/search';
import type { IndexDb, OrderRow, OrderView } from './index-db';
import { toListRow, type ListCache, type ListRow } from './list-cache';
import { listSortValue, queryRows } from './list-query';
import {
	afterCursor,
	compareRows,
	intersect,
	walkSortIndex,
	type Cursor,
	type OrderSort
} from './query-plan';

/** Filters, sort and page of the order list. Dates in ms since the epoch, `to` exclusive. */
export interface OrderQuery {
	/** Default 'active'; 'all' is active and archived; 'abandoned' is drafts older than the delay. */
	view?: 'active' | 'archived' | 'all' | 'drafts' | 'abandoned';
	paymentStatus?: PaymentStatus[];
	fulfilmentStatus?: FulfilmentStatus[];
	from?: number;
	to?: number;
	tag?: string;
	paymentMethod?: string;
	shippingMethod?: string;
	/** Words matched as prefixes of number, customer name, email, phone, SKU, item name, notes. */
	search?: string;
	/** Default 'date'. */
	sort?: OrderSort;
	/** Default 'desc'. */
	dir?: 'asc' | 'desc';
	/** Default 50. */
	limit?: number;
	after?: Cursor | null;
	/** Needed for 'abandoned': now in ms and the delay in hours. */
	now?: number;
	abandonedCartHours?: number;
}

/** One page of orders and the cursor of the next page (null at the end). */
export interface OrderPage {
	rows: ListRow[];
	next: Cursor | null;
}

const smallSet = 300;

/** Lists orders. */
export async function listOrders(
	db: IndexDb,
	q: OrderQuery = {},
	o: { numbering?: { prefix: string; suffix: string }; cache?: ListCache } = {}
): Promise<OrderPage> {
	const numbering = o.numbering ?? { prefix: '', suffix: '' };
	const format = { prefix: fold(numbering.prefix), suffix: fold(numbering.suffix) };
	const view = q.view ?? 'active';
	const views: OrderView[] =
		view === 'all'
			? ['active', 'archived']
			: view === 'drafts' || view === 'abandoned'
				? ['draft']
				: [view];
	const sort = q.sort ?? 'date';
	const desc = (q.dir ?? 'desc') === 'desc';
	const limit = q.limit ?? 50;
	const cursor = q.after ?? null;
	const staleBefore =
		view === 'abandoned'
			? (q.now ?? Date.now()) - (q.abandonedCartHours ?? 24) * 3_600_000
			: undefined;
	let rows: ListRow[];
	if (o.cache?.ready) {
		const terms = searchTerms(q.search ?? '', format);
		rows = queryRows(o.cache.rows(), {
			...q,
			views,
			sort,
			desc,
			limit,
			cursor,
			terms,
			staleBefore
		});
	} else {
		const pages = await Promise.all(
			views.map((v) => listView(db, { ...q, format, view: v, sort, desc, limit, cursor }))
		);
		const cmp = compareRows(sort);
		let found = pages.flat().sort((a, b) => (desc ? cmp(b, a) : cmp(a, b)));
		if (staleBefore !== undefined) found = found.filter((r) => r.updatedAt < staleBefore);
		rows = found.slice(0, limit).map(toListRow);
	}
	const last = rows[rows.length - 1];
	const next =
		rows.length === limit && last ? { value: listSortValue(last, sort), id: last.id } : null;
	return { rows, next };
}

type ViewQuery = Omit<OrderQuery, 'view'> & {
	format: { prefix: string; suffix: string };
	view: OrderView;
	sort: OrderSort;
	desc: boolean;
	limit: number;
	cursor: Cursor | null;
};

async function listView(db: IndexDb, q: ViewQuery): Promise<OrderRow[]> {
	const terms = searchTerms(q.search ?? '', q.format);
	const viewSize = await db.orders
		.where('[view+createdAt+id]')
		.between([q.view], [q.view, []])
		.count();
	const filters = await planFilters(db, { ...q, terms, viewSize });
	const test = (r: OrderRow) =>
		r.view === q.view &&
		(q.from === undefined || r.createdAt >= q.from) &&
		(q.to === undefined || r.createdAt < q.to) &&
		terms.every((w) => r.words.some((rw) => rw.startsWith(w))) &&
		filters.tests.every((t) => t(r)) &&
		afterCursor({ row: r, sort: q.sort, desc: q.desc, cursor: q.cursor });
	// Abandoned carts are filtered on updatedAt after reading, so read every draft.
	const limit = q.view === 'draft' ? Number.MAX_SAFE_INTEGER : q.limit;
	const sets = filters.sets;
	const ids = sets.length ? intersect(sets) : null;
	if (ids && ids.size <= smallSet) {
		const rows = (await db.orders.bulkGet([...ids])).filter(
			(r): r is OrderRow => r !== undefined && test(r)
		);
		const cmp = compareRows(q.sort);
		return rows.sort((a, b) => (q.desc ? cmp(b, a) : cmp(a, b))).slice(0, limit);
	}
	const needsTest =
		terms.length > 0 ||
		filters.tests.length > 0 ||
		(q.sort !== 'date' && (q.from !== undefined || q.to !== undefined));
	return walkSortIndex(db, {
		...q,
		limit,
		keep: ids ? (id) => ids.has(id) : undefined,
		test: needsTest ? test : undefined
	});
}

type Filter = { index: string; keys: unknown[]; test: (r: OrderRow) => boolean };

/**
 * Each filter is either an id set (selective: fetched as keys) or a test on rows (common values:
 * cheaper to check on the rows walked, since most of them pass).
 */
async function planFilters(
	db: IndexDb,
	q: ViewQuery & { terms: string[]; viewSize: number }
): Promise<{ sets: Set<string>[]; tests: ((r: OrderRow) => boolean)[] }> {
	const v = q.view;
	const filters: Filter[] = [];
	const add = (index: string, field: keyof OrderRow, values: readonly string[] | undefined) => {
		if (!values?.length) return;
		const test = (r: OrderRow) => values.includes(r[field] as string);
		filters.push({ index, keys: values.map((x) => [v, x]), test });
	};
	add('[view+paymentStatus]', 'paymentStatus', q.paymentStatus);
	add('[view+fulfilmentStatus]', 'fulfilmentStatus', q.fulfilmentStatus);
	add('[view+paymentMethod]', 'paymentMethod', q.paymentMethod ? [q.paymentMethod] : undefined);
	add('[view+shippingMethod]', 'shippingMethod', q.shippingMethod ? [q.shippingMethod] : undefined);
	const tag = q.tag;
	if (tag) filters.push({ index: 'tags', keys: [tag], test: (r) => r.tags.includes(tag) });
	const sets: Set<string>[] = [];
	const tests: ((r: OrderRow) => boolean)[] = [];
	await Promise.all(
		filters.map(async (f) => {
			const counts = await Promise.all(
				f.keys.map((k) =>
					db.orders
						.where(f.index)
						.equals(k as string)
						.count()
				)
			);
			const total = counts.reduce((a, b) => a + b, 0);
			if (total > smallSet && total > q.viewSize * 0.1) return void tests.push(f.test);
			const keys = await Promise.all(
				f.keys.map((k) =>
					db.orders
						.where(f.index)
						.equals(k as string)
						.primaryKeys()
				)
			);
			sets.push(new Set(keys.flat() as string[]));
		})
	);
	// Search words always become id sets: a prefix rarely matches more than a few percent.
	const prefixes = q.terms.filter((w) => w.length >= 2);
	const found = await Promise.all(
		prefixes.map((w) => db.orders.where('words').startsWith(w).primaryKeys())
	);
	for (const keys of found) sets.push(new Set(keys as string[]));
	if (q.sort !== 'date' && (q.from !== undefined || q.to !== undefined)) {
		const range = db.orders
			.where('[view+createdAt+id]')
			.between(q.from === undefined ? [v] : [v, q.from], q.to === undefined ? [v, []] : [v, q.to]);
		if ((await range.count()) <= smallSet * 5)
			sets.push(new Set((await range.primaryKeys()) as string[]));
	}
	return { sets, tests };
}

/** Query words to match: digits typed with spaces join ("06 12" → "0612"); parts of a longer word go. */
export function searchTerms(search: string, format: { prefix: string; suffix: string }): string[] {
	let s = stripNumbering(search, format);
	if (/^[\d\s.+-]+$/.test(s)) s = s.replace(/\s+/g, '');
	const all = words(s);
	return all.filter((w) => !all.some((o) => o !== w && o.split(/[@.+-]+/).includes(w)));
}

function stripNumbering(search: string, format: { prefix: string; suffix: string }): string {
	let s = fold(search.trim());
	if (format.prefix && s.startsWith(format.prefix)) s = s.slice(format.prefix.length);
	if (format.suffix && s.endsWith(format.suffix)) s = s.slice(0, -format.suffix.length);
	return s;
}
