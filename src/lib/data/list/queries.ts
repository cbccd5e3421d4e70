/**
 * Order-list queries with keyset paging: from the in-memory list once loaded (list-query.ts),
 * from the Dexie index before (query-dexie.ts). Both return exactly the same pages.
 */
import { fold } from '../../domain/search';
import type { IndexDb, OrderView } from '../index/db';
import type { ListCache } from './cache';
import { toListRow, type ListRow } from './list-row';
import { listSortValue, queryCache } from './cache-query';
import { listView, searchTerms } from './query-dexie';
import { compareRows, type Cursor, type OrderSort } from './query-plan';
import type { OrderPage, OrderQuery } from './order-query';

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
		rows = queryCache(o.cache, {
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

export { searchTerms };
export type { Cursor, OrderSort, OrderPage, OrderQuery };
