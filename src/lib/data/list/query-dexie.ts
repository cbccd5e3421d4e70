/**
 * The Dexie side of order-list queries, used until the in-memory list is loaded. Each filter
 * becomes a set of ids read from an index without reading rows (keys only), or a test on rows
 * when most rows pass; a small intersection is read and sorted, a large one is matched while
 * walking the sort index from the cursor.
 */
import type { IndexDb, OrderRow, OrderView } from '../index/db';
import type { OrderQuery } from './order-query';
import {
	afterCursor,
	compareRows,
	intersect,
	walkSortIndex,
	type Cursor,
	type OrderSort
} from './query-plan';
import { fold, isPhoneLike, words } from '../../domain/search';
import { channelKey } from './query-plan';

const smallSet = 300;

/** A query for one view of the list. */
export type ViewQuery = Omit<OrderQuery, 'view'> & {
	format: { prefix: string; suffix: string };
	view: OrderView;
	sort: OrderSort;
	desc: boolean;
	limit: number;
	cursor: Cursor | null;
};

/** One view of the list for a query, read from the Dexie index. */
export async function listView(db: IndexDb, q: ViewQuery): Promise<OrderRow[]> {
	const terms = searchTerms(q.search ?? '', q.format);
	// Counting a view walks all its entries: only worth it when there are filters to plan.
	const viewSize = () =>
		db.orders.where('[view+createdAt+id]').between([q.view], [q.view, []]).count();
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
	q: ViewQuery & { terms: string[]; viewSize: () => Promise<number> }
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
	add('[view+channel]', 'channel', q.channel ? [channelKey(q.channel)] : undefined);
	const tag = q.tag;
	if (tag) filters.push({ index: 'tags', keys: [tag], test: (r) => r.tags.includes(tag) });
	const sets: Set<string>[] = [];
	const tests: ((r: OrderRow) => boolean)[] = [];
	const size = filters.length ? await q.viewSize() : 0;
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
			if (total > smallSet && total > size * 0.1) return void tests.push(f.test);
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
	// A phone whatever its spacing ("06 12.34-56 78", "+33 6…"): its digits, as orders index it.
	if (isPhoneLike(s)) s = s.replace(/\D/g, '').replace(/^00/, '');
	else if (/^[\d\s.+-]+$/.test(s)) s = s.replace(/\s+/g, '');
	const all = words(s);
	return all.filter((w) => !all.some((o) => o !== w && o.split(/[@.+-]+/).includes(w)));
}

function stripNumbering(search: string, format: { prefix: string; suffix: string }): string {
	let s = fold(search.trim());
	if (format.prefix && s.startsWith(format.prefix)) s = s.slice(format.prefix.length);
	if (format.suffix && s.endsWith(format.suffix)) s = s.slice(0, -format.suffix.length);
	return s;
}
