/**
 * The order list in memory. IndexedDB on a small device costs tens of microseconds per index
 * entry touched, too slow to filter 100k orders within a frame; a compact copy of the index
 * rows (no stock, words joined into one string) answers any filter and sort in one pass.
 * It loads from the Dexie index in the background after the first page, and follows the
 * indexer's changes. Until it is ready, queries go to Dexie.
 */
import type { Collection } from 'dexie';
import type { IndexDb, OrderRow, OrderView } from '../index/db';
import type { IndexChange } from '../index/indexer';
import type { OrderSort } from './query-plan';
import { SortedRows } from './sorted-rows';
import { buildHaystack, findRows, type Haystack } from './text-search';
import { toListRow, type ListRow } from './list-row';

/** In-memory copy of the order rows. */
export class ListCache {
	// Rows by view, so a query on the active list does not visit the archive.
	#views: Record<OrderView, Map<string, ListRow>> = {
		active: new Map(),
		archived: new Map(),
		draft: new Map()
	};
	#sorted = new SortedRows((view) => this.#views[view].values());
	#haystacks = new Map<OrderView, Haystack>();
	#db: IndexDb;
	#loading: Promise<void> | null = null;
	#pending: IndexChange[] = [];
	ready = false;

	constructor(db: IndexDb) {
		this.#db = db;
	}

	/** Rows of some views (ready only). */
	*rows(views: readonly OrderView[] = ['active', 'archived', 'draft']): Generator<ListRow> {
		for (const view of views) yield* this.#views[view].values();
	}

	/** Rows of a view sorted ascending by `sort` then id (ready only; do not modify). */
	sorted(view: OrderView, sort: OrderSort): readonly ListRow[] {
		return this.#sorted.get(view, sort);
	}

	/** Rows of a view with a word starting with `term`, or null beyond `max` (ready only). */
	search(view: OrderView, term: string, max?: number): ListRow[] | null {
		let h = this.#haystacks.get(view);
		if (!h) {
			h = buildHaystack(this.#views[view].values());
			this.#haystacks.set(view, h);
		}
		return findRows(h, term, max);
	}

	#set(row: ListRow): void {
		this.#delete(row.id);
		this.#views[row.view].set(row.id, row);
		this.#sorted.insert(row);
		this.#haystacks.delete(row.view);
	}

	#delete(id: string): void {
		for (const map of Object.values(this.#views)) {
			const old = map.get(id);
			if (!old) continue;
			map.delete(id);
			this.#sorted.remove(old);
			this.#haystacks.delete(old.view);
		}
	}

	/** Loads the rows from the index in chunks; changes seen meanwhile are applied after. */
	load(): Promise<void> {
		this.#loading ??= (async () => {
			const chunk = 5000;
			let last: string | null = null;
			for (;;) {
				const orders = this.#db.orders;
				const coll: Collection<OrderRow, string> =
					last === null ? orders.toCollection() : orders.where('id').above(last);
				const rows: OrderRow[] = await coll.limit(chunk).toArray();
				for (const row of rows) this.#set(toListRow(row));
				if (rows.length < chunk) break;
				last = rows[rows.length - 1]!.id;
			}
			// Build every sort order now, yielding between them, rather than on a seller's first click.
			for (const sort of ['date', 'number', 'total', 'customer'] as const) {
				for (const view of ['active', 'archived', 'draft'] as const) this.#sorted.get(view, sort);
				await new Promise((resolve) => setTimeout(resolve, 0));
			}
			this.ready = true;
			for (const change of this.#pending.splice(0)) this.apply(change);
		})();
		return this.#loading;
	}

	/** Applies an indexer change. */
	apply(change: IndexChange): void {
		if (change.rebuilt) {
			for (const map of Object.values(this.#views)) map.clear();
			this.#sorted.clear();
			this.#haystacks.clear();
			this.ready = false;
			this.#loading = null;
			void this.load();
			return;
		}
		if (!this.ready) {
			this.#pending.push(change);
			return;
		}
		const found = new Set(change.rows.map((r) => r.id));
		for (const row of change.rows) this.#set(toListRow(row));
		for (const id of change.orders) {
			if (!found.has(id)) this.#delete(id);
		}
	}
}
