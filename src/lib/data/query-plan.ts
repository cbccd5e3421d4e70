/** Building blocks of order-list queries: candidate id sets and keyset walks over sort indexes. */
import Dexie, { cmp } from 'dexie';
import type { IndexDb, OrderRow, OrderView } from './index-db';

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
 * Walks a view's sort index from the cursor, keys only (no row is read), and returns up to
 * `limit` ids that pass `keep`. Date bounds narrow the walk when sorting by date.
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
		from?: number;
		to?: number;
	}
): Promise<string[]> {
	const byDate = o.sort === 'date';
	let lo: unknown[] = [
		o.view,
		byDate && o.from !== undefined ? o.from : Dexie.minKey,
		Dexie.minKey
	];
	let hi: unknown[] = [o.view, byDate && o.to !== undefined ? o.to : Dexie.maxKey, Dexie.minKey];
	let loOpen = false;
	let hiOpen = true;
	if (o.cursor) {
		if (o.desc) [hi, hiOpen] = [[o.view, o.cursor.value, o.cursor.id], true];
		else [lo, loOpen] = [[o.view, o.cursor.value, o.cursor.id], true];
	}
	const out: string[] = [];
	const step = o.keep ? 1000 : o.limit;
	for (;;) {
		if (cmp(lo, hi) > 0) return out;
		let coll = db.orders.where(sortIndex[o.sort]).between(lo, hi, !loOpen, !hiOpen);
		if (o.desc) coll = coll.reverse();
		const keys = (await coll.limit(step).keys()) as unknown as [string, string | number, string][];
		for (const key of keys) {
			if (!o.keep || o.keep(key[2])) out.push(key[2]);
			if (out.length >= o.limit) return out;
		}
		if (keys.length < step) return out;
		const last = keys[keys.length - 1]!;
		if (o.desc) [hi, hiOpen] = [last, true];
		else [lo, loOpen] = [last, true];
	}
}

/** Intersects id sets, smallest first. */
export function intersect(sets: Set<string>[]): Set<string> {
	const sorted = [...sets].sort((a, b) => a.size - b.size);
	const [first, ...rest] = sorted;
	if (!first) return new Set();
	return new Set([...first].filter((id) => rest.every((s) => s.has(id))));
}
