/** Answers an order-list query from the in-memory rows in one pass, keeping the best page. */
import type { ListRow } from './list-cache';
import type { OrderView } from './index-db';
import type { Cursor, OrderSort } from './query-plan';

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
	tag?: string;
	from?: number;
	to?: number;
	/** Drafts not touched since this time (ms) only: abandoned carts. */
	staleBefore?: number;
}

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

/** Matching rows after the cursor, first `limit` in sort order. */
export function queryRows(rows: Iterable<ListRow>, q: ResolvedQuery): ListRow[] {
	const sign = q.desc ? -1 : 1;
	// cmp > 0 when a comes after b in the requested order.
	const cmp = (va: string | number, ida: string, vb: string | number, idb: string) =>
		sign * (va !== vb ? (va < vb ? -1 : 1) : ida < idb ? -1 : ida > idb ? 1 : 0);
	const best: { row: ListRow; v: string | number }[] = [];
	const terms = q.terms.map((t) => ` ${t}`);
	for (const row of rows) {
		if (!q.views.includes(row.view)) continue;
		if (q.paymentStatus && q.paymentStatus.length && !q.paymentStatus.includes(row.paymentStatus))
			continue;
		if (
			q.fulfilmentStatus &&
			q.fulfilmentStatus.length &&
			!q.fulfilmentStatus.includes(row.fulfilmentStatus)
		)
			continue;
		if (q.paymentMethod && row.paymentMethod !== q.paymentMethod) continue;
		if (q.shippingMethod && row.shippingMethod !== q.shippingMethod) continue;
		if (q.tag && !row.tags.includes(q.tag)) continue;
		if (q.from !== undefined && row.createdAt < q.from) continue;
		if (q.to !== undefined && row.createdAt >= q.to) continue;
		if (q.staleBefore !== undefined && row.updatedAt >= q.staleBefore) continue;
		const v = listSortValue(row, q.sort);
		if (q.cursor && cmp(v, row.id, q.cursor.value, q.cursor.id) <= 0) continue;
		if (best.length === q.limit) {
			const worst = best[best.length - 1]!;
			if (cmp(v, row.id, worst.v, worst.row.id) >= 0) continue;
		}
		if (terms.length && !terms.every((t) => row.text.includes(t))) continue;
		// Binary insertion keeps `best` sorted; it holds at most `limit` rows.
		let lo = 0;
		let hi = best.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			const m = best[mid]!;
			if (cmp(v, row.id, m.v, m.row.id) < 0) hi = mid;
			else lo = mid + 1;
		}
		best.splice(lo, 0, { row, v });
		if (best.length > q.limit) best.pop();
	}
	return best.map((b) => b.row);
}
