/**
 * Order-list queries with keyset paging. Each filter becomes a set of ids read from an index
 * without reading rows (keys only); a small intersection is read and sorted in memory, a large
 * one is matched while walking the sort index from the cursor. Rows are read only for the page.
 */
import type { FulfilmentStatus, PaymentStatus } from '../domain/order-status';
import { fold, words } from '../domain/search';
import type { IndexDb, OrderRow, OrderView } from './index-db';
import {
	afterCursor,
	compareRows,
	intersect,
	sortValue,
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
	rows: OrderRow[];
	next: Cursor | null;
}

const smallSet = 2000;

/** Lists orders. */
export async function listOrders(
	db: IndexDb,
	q: OrderQuery = {},
	numbering: { prefix: string; suffix: string } = { prefix: '', suffix: '' }
): Promise<OrderPage> {
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
	const pages = await Promise.all(
		views.map((v) => listView(db, { ...q, format, view: v, sort, desc, limit, cursor }))
	);
	const cmp = compareRows(sort);
	let rows = pages.flat().sort((a, b) => (desc ? cmp(b, a) : cmp(a, b)));
	if (view === 'abandoned') {
		const cutoff = (q.now ?? Date.now()) - (q.abandonedCartHours ?? 24) * 3_600_000;
		rows = rows.filter((r) => r.updatedAt < cutoff);
	}
	rows = rows.slice(0, limit);
	const last = rows[rows.length - 1];
	const next = rows.length === limit && last ? { value: sortValue(last, sort), id: last.id } : null;
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
	const sets = await candidateSets(db, q);
	const shortWords = words(stripNumbering(q.search ?? '', q.format)).filter((w) => w.length < 2);
	const rowFilter = (r: OrderRow) =>
		r.view === q.view &&
		(q.from === undefined || r.createdAt >= q.from) &&
		(q.to === undefined || r.createdAt < q.to) &&
		shortWords.every((w) => r.words.some((rw) => rw.startsWith(w))) &&
		afterCursor({ row: r, sort: q.sort, desc: q.desc, cursor: q.cursor });
	// Abandoned carts are filtered on updatedAt after reading, so read every draft.
	const limit = q.view === 'draft' ? Number.MAX_SAFE_INTEGER : q.limit;
	if (sets.length === 0 && shortWords.length === 0) {
		const ids = await walkSortIndex(db, { ...q, limit });
		return rowsOf(db, ids);
	}
	const ids = intersect(sets);
	if (sets.length > 0 && ids.size <= smallSet) {
		const rows = (await rowsOf(db, [...ids])).filter(rowFilter);
		const cmp = compareRows(q.sort);
		return rows.sort((a, b) => (q.desc ? cmp(b, a) : cmp(a, b))).slice(0, limit);
	}
	if (shortWords.length === 0) {
		const keep = sets.length ? (id: string) => ids.has(id) : undefined;
		return rowsOf(db, await walkSortIndex(db, { ...q, limit, keep }));
	}
	// Rare: only one-letter search words, so rows must be read while walking.
	const out: OrderRow[] = [];
	let cursor = q.cursor;
	while (out.length < limit) {
		const batch = await rowsOf(db, await walkSortIndex(db, { ...q, cursor, limit: 500 }));
		out.push(...batch.filter((r) => rowFilter(r) && (sets.length === 0 || ids.has(r.id))));
		const last = batch[batch.length - 1];
		if (batch.length < 500 || !last) break;
		cursor = { value: sortValue(last, q.sort), id: last.id };
	}
	return out.slice(0, limit);
}

async function rowsOf(db: IndexDb, ids: string[]): Promise<OrderRow[]> {
	const rows = await db.orders.bulkGet(ids);
	return rows.filter((r): r is OrderRow => r !== undefined);
}

async function candidateSets(db: IndexDb, q: ViewQuery): Promise<Set<string>[]> {
	const sets: Promise<Set<string>>[] = [];
	const keys = (p: Promise<unknown[]>) => p.then((k) => new Set(k as string[]));
	const anyOf = (index: string, values: readonly string[]) =>
		keys(
			db.orders
				.where(index)
				.anyOf(values.map((v) => [q.view, v]))
				.primaryKeys()
		);
	if (q.paymentStatus?.length) sets.push(anyOf('[view+paymentStatus]', q.paymentStatus));
	if (q.fulfilmentStatus?.length) sets.push(anyOf('[view+fulfilmentStatus]', q.fulfilmentStatus));
	if (q.paymentMethod) sets.push(anyOf('[view+paymentMethod]', [q.paymentMethod]));
	if (q.shippingMethod) sets.push(anyOf('[view+shippingMethod]', [q.shippingMethod]));
	if (q.tag) sets.push(keys(db.orders.where('tags').equals(q.tag).primaryKeys()));
	for (const w of words(stripNumbering(q.search ?? '', q.format)).filter((w) => w.length >= 2)) {
		sets.push(keys(db.orders.where('words').startsWith(w).primaryKeys()));
	}
	if (q.sort !== 'date' && (q.from !== undefined || q.to !== undefined)) {
		const range = db.orders
			.where('[view+createdAt+id]')
			.between([q.view, q.from ?? -Infinity, ''], [q.view, q.to ?? Infinity, ''], true, false);
		sets.push(keys(range.primaryKeys()));
	}
	return Promise.all(sets);
}

function stripNumbering(search: string, format: { prefix: string; suffix: string }): string {
	let s = fold(search.trim());
	if (format.prefix && s.startsWith(format.prefix)) s = s.slice(format.prefix.length);
	if (format.suffix && s.endsWith(format.suffix)) s = s.slice(0, -format.suffix.length);
	return s;
}
