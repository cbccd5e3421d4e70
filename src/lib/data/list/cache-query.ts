/** Answers an order-list query from the in-memory sorted rows, reading from the cursor on. */
import type { ListCache } from './cache';
import type { ListRow } from './list-row';
import type { OrderView } from '../index/db';
import { channelKey, type Cursor, type OrderSort } from './query-plan';
import { compareKeys, listSortValue, lowerBound } from './sorted-rows';

export { listSortValue };

/** A query already resolved to views, sort, terms and cursor. */
export interface ResolvedQuery {
	views: OrderView[];
	sort: OrderSort;
	desc: boolean;
	limit: number;
	cursor: Cursor | null;
	terms: string[];
	paymentStatus?: readonly string[];
	fulfilmentStatus?: readonly string[];
	paymentMethod?: string;
	shippingMethod?: string;
	channel?: string;
	tag?: string;
	from?: number;
	to?: number;
	/** Drafts not touched since this time (ms) only: abandoned carts. */
	staleBefore?: number;
	/** Up to this many rows containing the search word are sorted directly (default 2000). */
	fewMatches?: number;
}

/** True when a row passes every filter of the query (not the cursor). */
export function matches(row: ListRow, q: ResolvedQuery, terms: readonly string[]): boolean {
	if (q.paymentStatus?.length && !q.paymentStatus.includes(row.paymentStatus)) return false;
	if (q.fulfilmentStatus?.length && !q.fulfilmentStatus.includes(row.fulfilmentStatus)) {
		return false;
	}
	if (q.paymentMethod && row.paymentMethod !== q.paymentMethod) return false;
	if (q.shippingMethod && row.shippingMethod !== q.shippingMethod) return false;
	if (q.channel && row.channel !== channelKey(q.channel)) return false;
	if (q.tag && !row.tags.includes(q.tag)) return false;
	if (q.from !== undefined && row.createdAt < q.from) return false;
	if (q.to !== undefined && row.createdAt >= q.to) return false;
	if (q.staleBefore !== undefined && row.updatedAt >= q.staleBefore) return false;
	return terms.every((t) => row.text.includes(t));
}

const fewMatches = 2000;
const searchCap = 20000;

/** The first `limit` matching rows after the cursor, in the requested order. */
export function queryCache(cache: ListCache, q: ResolvedQuery): ListRow[] {
	const terms = q.terms.map((t) => ` ${t}`);
	const sign = q.desc ? -1 : 1;
	const order = (a: ListRow, b: ListRow) =>
		sign * compareKeys(listSortValue(a, q.sort), a.id, listSortValue(b, q.sort), b.id);
	// Each search word gives the rows containing it unless too many do; the intersection of
	// those sets, when small, is filtered and sorted directly instead of walking every row.
	let candidates: ListRow[] | null = null;
	for (const term of q.terms) {
		const rows: ListRow[] = [];
		let tooMany = false;
		for (const view of q.views) {
			const found = cache.search(view, term, searchCap - rows.length);
			if (found === null) tooMany = true;
			else rows.push(...found);
		}
		if (tooMany) continue;
		const ids = new Set(rows.map((r) => r.id));
		candidates = candidates ? candidates.filter((r) => ids.has(r.id)) : rows;
	}
	if (candidates && candidates.length <= (q.fewMatches ?? fewMatches)) {
		const c = q.cursor;
		const after = (r: ListRow) =>
			!c || sign * compareKeys(listSortValue(r, q.sort), r.id, c.value, c.id) > 0;
		return candidates
			.filter((r) => matches(r, q, terms) && after(r))
			.sort(order)
			.slice(0, q.limit);
	}
	const found: ListRow[] = [];
	for (const view of q.views) {
		const rows = cache.sorted(view, q.sort);
		const step = q.desc ? -1 : 1;
		let i: number;
		if (!q.cursor) i = q.desc ? rows.length - 1 : 0;
		else {
			const at = lowerBound(rows, { sort: q.sort, value: q.cursor.value, id: q.cursor.id });
			// Ascending: skip the cursor row itself; descending: start just before it.
			i = q.desc ? at - 1 : rows[at]?.id === q.cursor.id ? at + 1 : at;
		}
		// Sorting by date, a date range is a slice of the array: jump to it, stop after it.
		let end = q.desc ? -1 : rows.length;
		if (q.sort === 'date') {
			const bound = (value: number) => lowerBound(rows, { sort: 'date', value, id: '' });
			if (q.desc && q.to !== undefined) i = Math.min(i, bound(q.to) - 1);
			if (q.desc && q.from !== undefined) end = bound(q.from) - 1;
			if (!q.desc && q.from !== undefined) i = Math.max(i, bound(q.from));
			if (!q.desc && q.to !== undefined) end = bound(q.to);
		}
		let taken = 0;
		for (; i !== end && i >= 0 && i < rows.length && taken < q.limit; i += step) {
			const row = rows[i]!;
			if (matches(row, q, terms)) {
				found.push(row);
				taken++;
			}
		}
	}
	return found.sort(order).slice(0, q.limit);
}
