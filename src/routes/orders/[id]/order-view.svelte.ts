/**
 * The order shown on the page, re-read after every change (local, another tab or a peer) since
 * `session.revision` grows with each. `getOrder` reads the CRDT, so it waits for the store to load.
 */
import { untrack } from 'svelte';
import { session } from '$lib/app/session.svelte';
import type { OrderDetail } from '$lib/data';
import type { Device } from '$lib/domain/device';
import type { Tag } from '$lib/domain/tag';

/** Where the page stands: loading, showing an order, or the id matches none. */
export type OrderViewStatus = 'loading' | 'ready' | 'missing' | 'unreadable' | 'failed';

/** One order with the store's tags and devices, kept fresh. Create it during component init. */
export class OrderView {
	#detail = $state.raw<OrderDetail | null>(null);
	#status = $state<OrderViewStatus>('loading');
	#tags = $state.raw<Tag[]>([]);
	#devices = $state.raw<Device[]>([]);
	#failure = $state('');
	#problem = $state('');

	constructor(id: () => string) {
		$effect(() => {
			const orderId = id();
			void session.revision;
			let current = true;
			// Read without tracking: the answer below writes #detail and must not re-run this.
			const shown = untrack(() => this.#detail);
			if (shown && shown.order.id !== orderId) {
				this.#detail = null;
				this.#status = 'loading';
			}
			const store = session.store;
			store.whenSynced.then(
				() => {
					if (!current) return;
					// Never left on "Loading…": whatever a read throws is shown as a failure.
					try {
						const detail = store.queries.getOrder(orderId);
						this.#detail = detail;
						this.#tags = store.queries.tags();
						this.#devices = store.queries.devices();
						this.#problem = detail ? '' : (store.queries.orderProblem(orderId) ?? '');
						this.#status = detail ? 'ready' : this.#problem ? 'unreadable' : 'missing';
					} catch (error) {
						this.#failure = error instanceof Error ? error.message : String(error);
						this.#status = 'failed';
					}
				},
				(error: unknown) => {
					if (!current) return;
					this.#failure = error instanceof Error ? error.message : String(error);
					this.#status = 'failed';
				}
			);
			return () => (current = false);
		});
	}

	/** The order with totals, money and activity (null while loading or when missing). */
	get detail(): OrderDetail | null {
		return this.#detail;
	}

	get status(): OrderViewStatus {
		return this.#status;
	}

	/** Why the store could not be read (IndexedDB refused…), when status is 'failed'. */
	get failure(): string {
		return this.#failure;
	}

	/** What makes the order unreadable, when status is 'unreadable'. */
	get problem(): string {
		return this.#problem;
	}

	/** Every tag of the store, by name. */
	get tags(): Tag[] {
		return this.#tags;
	}

	/** Every device of the store, to name who made each change. */
	get devices(): Device[] {
		return this.#devices;
	}
}
