/**
 * Sorted arrays of list rows, one per view and sort order, built on first use and kept sorted
 * as rows change (binary search + splice), so a page is read from the cursor onwards instead of
 * scanning every order.
 */
import type { OrderView } from '../index/db';
import type { ListRow } from './list-row';
import type { OrderSort } from './query-plan';

/** The value a list row sorts by. */
export function listSortValue(row: ListRow, sort: OrderSort): string | number {
	return sort === 'date'
		? row.createdAt
		: sort === 'number'
			? row.numberKey
			: sort === 'total'
				? row.total
				: row.customerKey;
}

/** Compares (value, id) pairs ascending. */
export function compareKeys(av: string | number, aid: string, bv: string | number, bid: string) {
	if (av !== bv) return av < bv ? -1 : 1;
	return aid < bid ? -1 : aid > bid ? 1 : 0;
}

/** First index whose row is not before (value, id) in ascending order. */
export function lowerBound(
	rows: readonly ListRow[],
	o: { sort: OrderSort; value: string | number; id: string }
): number {
	let lo = 0;
	let hi = rows.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		const row = rows[mid]!;
		if (compareKeys(listSortValue(row, o.sort), row.id, o.value, o.id) < 0) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

const sorts: OrderSort[] = ['date', 'number', 'total', 'customer'];

/** Sorted arrays of one cache, keyed by view and sort. */
export class SortedRows {
	#arrays = new Map<string, ListRow[]>();
	#source: (view: OrderView) => Iterable<ListRow>;

	constructor(source: (view: OrderView) => Iterable<ListRow>) {
		this.#source = source;
	}

	/** The rows of a view in ascending order of `sort` (then id). */
	get(view: OrderView, sort: OrderSort): ListRow[] {
		const key = `${view}|${sort}`;
		let rows = this.#arrays.get(key);
		if (!rows) {
			// Sort (value, id, row) triples: reading the value once per row, not per comparison.
			const keyed = [...this.#source(view)].map((row) => ({ v: listSortValue(row, sort), row }));
			keyed.sort((a, b) => compareKeys(a.v, a.row.id, b.v, b.row.id));
			rows = keyed.map((k) => k.row);
			this.#arrays.set(key, rows);
		}
		return rows;
	}

	/** Takes a row out of every built array of its view. */
	remove(row: ListRow): void {
		for (const sort of sorts) {
			const rows = this.#arrays.get(`${row.view}|${sort}`);
			if (!rows) continue;
			const i = lowerBound(rows, { sort, value: listSortValue(row, sort), id: row.id });
			if (rows[i]?.id === row.id) rows.splice(i, 1);
		}
	}

	/** Puts a row into every built array of its view. */
	insert(row: ListRow): void {
		for (const sort of sorts) {
			const rows = this.#arrays.get(`${row.view}|${sort}`);
			if (!rows) continue;
			rows.splice(lowerBound(rows, { sort, value: listSortValue(row, sort), id: row.id }), 0, row);
		}
	}

	/** Forgets every array (they are rebuilt on next use). */
	clear(): void {
		this.#arrays.clear();
	}
}
