/**
 * The rows the order list shows: the first page of the current query, more pages on demand
 * (keyset cursors, never the whole store), and a fresh copy of the same number of rows after
 * any data change so that scrolling far and then changing a status keeps the seller's place.
 */
import { untrack } from 'svelte';
import { session } from '$lib/app/session.svelte';
import type { ListRow } from '$lib/data';
import type { Cursor, OrderQuery } from '$lib/data';

/** Rows fetched per page. */
export const pageSize = 50;

/** The loaded rows of a query, re-read when the data changes. */
export class OrderList {
	#rows = $state.raw<ListRow[]>([]);
	#next = $state.raw<Cursor | null>(null);
	#loading = $state(true);
	#error = $state<unknown>(null);
	#query: OrderQuery = {};
	#key = '';
	#generation = 0;

	constructor(query: () => OrderQuery) {
		$effect(() => {
			const q = query();
			void session.revision;
			const key = JSON.stringify(q);
			const keep = key === this.#key ? untrack(() => this.#rows.length) : 0;
			this.#key = key;
			this.#query = q;
			void this.#fetch({ ...q, limit: Math.max(pageSize, keep) }, false);
		});
	}

	/** The rows loaded so far, in list order. */
	get rows(): ListRow[] {
		return this.#rows;
	}

	/** True when more rows match than are loaded. */
	get hasMore(): boolean {
		return this.#next !== null;
	}

	/** True while a page is being read. */
	get loading(): boolean {
		return this.#loading;
	}

	/** The last failure, or null. */
	get error(): unknown {
		return this.#error;
	}

	/** Reads the next page, once at a time. */
	loadMore(): void {
		if (this.#loading || !this.#next) return;
		void this.#fetch({ ...this.#query, limit: pageSize, after: this.#next }, true);
	}

	async #fetch(q: OrderQuery, append: boolean): Promise<void> {
		const generation = ++this.#generation;
		this.#loading = true;
		try {
			const page = await session.store.queries.listOrders(q);
			// A slower, older answer must not overwrite a newer one.
			if (generation !== this.#generation) return;
			this.#rows = append ? [...this.#rows, ...page.rows] : page.rows;
			this.#next = page.next;
			this.#error = null;
		} catch (error) {
			if (generation === this.#generation) this.#error = error;
		} finally {
			if (generation === this.#generation) this.#loading = false;
		}
	}
}

/** Every id matching a query, read page by page (for "select all matching"). */
export async function allMatchingRows(
	query: OrderQuery,
	onProgress?: (count: number) => void
): Promise<ListRow[]> {
	const out: ListRow[] = [];
	let after: Cursor | null = null;
	do {
		const page = await session.store.queries.listOrders({ ...query, limit: 2000, after });
		out.push(...page.rows);
		onProgress?.(out.length);
		after = page.next;
	} while (after);
	return out;
}
