/** Building blocks of order-list queries: candidate id sets and keyset walks over sort indexes. */
// Array keys sort after numbers and strings, and a prefix sorts before its extensions, so
// [view] and [view, []] bound every entry of a view (Dexie.minKey fails in fake-indexeddb).
import { cmp } from 'dexie';
import type { IndexDb, OrderRow, OrderView } from '../index/db';
import { unspecifiedChannel } from '../../domain/channel';

/** Sort orders of the order list. */
export type OrderSort = 'date' | 'number' | 'total' | 'customer';

/** Where the previous page stopped: the last row's sort value and id. */
export interface Cursor {
	value: string | number;
	id: string;
}

const sortIndex: Record<OrderSort, string> = {
	date: '[view+createdAt+id]',
	number: '[view+numberKey+id]',
	total: '[view+total+id]',
	customer: '[view+customerKey+id]'
};

/** The value a row sorts by. */
export function sortValue(row: OrderRow, sort: OrderSort): string | number {
	return sort === 'date'
		? row.createdAt
		: sort === 'number'
			? row.numberKey
			: sort === 'total'
				? row.total
				: row.customerKey;
}

/** Compares rows by sort value then id, ascending. */
export function compareRows(sort: OrderSort): (a: OrderRow, b: OrderRow) => number {
	return (a, b) => {
		const va = sortValue(a, sort);
		const vb = sortValue(b, sort);
		if (va !== vb) return va < vb ? -1 : 1;
		return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
	};
}

/** True when a row comes after the cursor in the given direction. */
export function afterCursor(o: {
	row: OrderRow;
	sort: OrderSort;
	desc: boolean;
	cursor: Cursor | null;
}): boolean {
	if (!o.cursor) return true;
	const v = sortValue(o.row, o.sort);
	const c =
		v !== o.cursor.value
			? v < o.cursor.value
				? -1
				: 1
			: o.row.id < o.cursor.id
				? -1
				: o.row.id > o.cursor.id
					? 1
					: 0;
	return o.desc ? c < 0 : c > 0;
}

/**
 * Walks a view's sort index from the cursor in chunks of primary keys (IndexedDB getAllKeys, no
 * row read), keeps ids that pass `keep`, reads those rows and keeps rows that pass `test`, until
 * `limit` rows. Date bounds narrow the walk when sorting by date.
 */
export async function walkSortIndex(
	db: IndexDb,
	o: {
		view: OrderView;
		sort: OrderSort;
		desc: boolean;
		cursor: Cursor | null;
		limit: number;
		keep?: (id: string) => boolean;
		test?: (row: OrderRow) => boolean;
		from?: number;
		to?: number;
	}
): Promise<OrderRow[]> {
	const byDate = o.sort === 'date';
	let lo: unknown[] = byDate && o.from !== undefined ? [o.view, o.from] : [o.view];
	let hi: unknown[] = byDate && o.to !== undefined ? [o.view, o.to] : [o.view, []];
	let loOpen = false;
	let hiOpen = true;
	if (o.cursor) {
		if (o.desc) [hi, hiOpen] = [[o.view, o.cursor.value, o.cursor.id], true];
		else [lo, loOpen] = [[o.view, o.cursor.value, o.cursor.id], true];
	}
	const out: OrderRow[] = [];
	const filtered = o.keep !== undefined || o.test !== undefined;
	const step = filtered ? 500 : Math.min(o.limit, 500);
	for (;;) {
		if (cmp(lo, hi) > 0) return out;
		let coll = db.orders.where(sortIndex[o.sort]).between(lo, hi, !loOpen, !hiOpen);
		if (o.desc) coll = coll.reverse();
		// Without an id filter, one getAll over the range beats a get per id (bulkGet).
		const keep = o.keep;
		let ids: string[];
		let rows: OrderRow[];
		if (keep) {
			ids = (await coll.limit(step).primaryKeys()) as string[];
			rows = (await db.orders.bulkGet(ids.filter(keep))).filter((r): r is OrderRow => !!r);
		} else {
			rows = await coll.limit(step).toArray();
			ids = rows.map((r) => r.id);
		}
		for (const row of rows) {
			if (!o.test || o.test(row)) out.push(row);
			if (out.length >= o.limit) return out;
		}
		const lastId = ids[ids.length - 1];
		if (ids.length < step || lastId === undefined) return out;
		const last = rows.find((r) => r.id === lastId) ?? (await db.orders.get(lastId));
		if (!last) return out;
		const key = [o.view, sortValue(last, o.sort), last.id];
		if (o.desc) [hi, hiOpen] = [key, true];
		else [lo, loOpen] = [key, true];
	}
}

/** Intersects id sets, smallest first. */
export function intersect(sets: Set<string>[]): Set<string> {
	const sorted = [...sets].sort((a, b) => a.size - b.size);
	const [first, ...rest] = sorted;
	if (!first) return new Set();
	return new Set([...first].filter((id) => rest.every((s) => s.has(id))));
}

/** The index value of a channel filter: '' stands for orders without a channel. */
export function channelKey(channel: string): string {
	return channel === unspecifiedChannel ? '' : channel;
}
