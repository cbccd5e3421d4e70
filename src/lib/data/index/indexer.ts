/**
 * Keeps the Dexie index in step with the CRDT. Every transaction, local or from a peer, marks
 * the orders, products and customers it touched; a flush rewrites their rows in one Dexie
 * transaction together with the document's state vector. At start, a state vector that differs
 * from the document's (a crash between the two writes, or an index from an older version) makes
 * the index rebuild from the CRDT (see docs/decisions/0005).
 *
 * Tabs of one browser share the index. A flush writes only rows that differ from the stored
 * ones, so a change another tab already indexed costs a read here, not a second write; the
 * state vector is written whenever this tab made or received a change no other tab indexes.
 */
import * as Y from 'yjs';
import { customerRow, orderRow, productRow } from './rows';
import { indexVersion, type IndexDb, type OrderRow } from './db';
import { readOrderEntry } from '../crdt/order-read';
import { customerOf, movementOf, productOf } from '../crdt/records-read';
import { rebuildIndex } from './rebuild';
import { unreadableKey, type UnreadableOrders } from './unreadable';
import { maps } from '../crdt/schema';
import { manualBySku } from '../crdt/stock-read';
import { isObservation } from '../../domain/stock-count';

/** What changed in the index, for screens to refresh. */
export interface IndexChange {
	orders: string[];
	products: string[];
	customers: string[];
	/** New rows of the orders that changed (missing ones were not found in the CRDT). */
	rows: OrderRow[];
	/** True after a full rebuild: every row may have changed. */
	rebuilt?: boolean;
}

/** Follows a document and writes its index. */
export class Indexer {
	#doc: Y.Doc;
	#db: IndexDb;
	#ignore: (origin: unknown) => boolean;
	#storedElsewhere: (origin: unknown) => boolean;
	/** A change since the last flush that no other tab indexes (so the state vector is due). */
	#ownChange = false;
	#orders = new Set<string>();
	#products = new Set<string>();
	#customers = new Set<string>();
	#chain: Promise<void> = Promise.resolve();
	#paused = true;
	/**
	 * Manual stock per SKU (opening, adjustments, counts), summed once then kept up to date from
	 * the stock map's changes: summing every movement at each flush made an import of 100k
	 * products quadratic. Null until first needed, and after a rebuild.
	 */
	#manual: Map<string, number> | null = null;
	/** A batch failed to commit: the index may miss changes, so the next flush rebuilds it. */
	#dirty = false;
	#listeners = new Set<(change: IndexChange) => void>();
	#detach: () => void;

	constructor(o: {
		doc: Y.Doc;
		db: IndexDb;
		/** Origins that are not changes (loading from disk). */
		ignore: (origin: unknown) => boolean;
		/** Origins whose changes another tab of this browser indexes. */
		storedElsewhere?: (origin: unknown) => boolean;
	}) {
		this.#doc = o.doc;
		this.#db = o.db;
		this.#ignore = o.ignore;
		this.#storedElsewhere = o.storedElsewhere ?? (() => false);
		const m = maps(o.doc);
		// Loading from disk is not a change: heal() compares state vectors instead.
		const skip = (t: Y.Transaction) => this.#ignore(t.origin);
		// Any change of this tab's own, even one no row shows (settings, counters), moves the
		// state vector: it must be stored, or the next start would rebuild the whole index.
		const onTransaction = (t: Y.Transaction) => {
			if (skip(t) || this.#storedElsewhere(t.origin) || t.changed.size === 0) return;
			this.#ownChange = true;
			this.#schedule();
		};
		o.doc.on('afterTransaction', onTransaction);
		const onOrders = (events: Y.YEvent<Y.AbstractType<unknown>>[], t: Y.Transaction) => {
			if (skip(t)) return;
			for (const e of events) {
				if (e.target === m.orders) for (const key of e.keys.keys()) this.#orders.add(key);
				else if (typeof e.path[0] === 'string') this.#orders.add(e.path[0]);
			}
			this.#schedule();
		};
		const onKeys = (set: Set<string>, map?: (key: string) => string | undefined) => {
			return (e: Y.YMapEvent<unknown>, t: Y.Transaction) => {
				if (skip(t)) return;
				for (const key of e.keys.keys()) {
					const v = map ? map(key) : key;
					if (v) set.add(v);
				}
				this.#schedule();
			};
		};
		const onProducts = onKeys(this.#products);
		// A changed movement moves its SKU now and the one it had (a peer may rewrite it as junk).
		const onStock = (e: Y.YMapEvent<unknown>, t: Y.Transaction) => {
			if (skip(t)) return;
			for (const [key, change] of e.changes.keys) {
				const before = movementOf(change.oldValue);
				const after = movementOf(m.stock.get(key));
				for (const [mv, sign] of [
					[before, -1],
					[after, 1]
				] as const) {
					if (!mv) continue;
					this.#products.add(mv.sku);
					if (!this.#manual) continue;
					// A count is an observation: what it adds depends on the SKU's other counts
					// (stock-count.ts), so that SKU is summed again; other movements just add.
					if (isObservation(mv))
						this.#manual.set(mv.sku, manualBySku(this.#doc, new Set([mv.sku])).get(mv.sku) ?? 0);
					else this.#manual.set(mv.sku, (this.#manual.get(mv.sku) ?? 0) + sign * mv.qty);
				}
			}
			this.#schedule();
		};
		const onCustomers = onKeys(this.#customers);
		m.orders.observeDeep(onOrders);
		m.products.observe(onProducts);
		m.stock.observe(onStock);
		m.customers.observe(onCustomers);
		this.#detach = () => {
			o.doc.off('afterTransaction', onTransaction);
			m.orders.unobserveDeep(onOrders);
			m.products.unobserve(onProducts);
			m.stock.unobserve(onStock);
			m.customers.unobserve(onCustomers);
		};
	}

	/** Calls `listener` after each flush with what changed; returns an unsubscribe function. */
	subscribe(listener: (change: IndexChange) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Checks the index against the document; rebuilds it if they differ. Then follows changes. */
	async heal(): Promise<'clean' | 'rebuilt'> {
		const stored = await this.#db.meta.get('sv');
		const version = await this.#db.meta.get('version');
		const current = Y.encodeStateVector(this.#doc);
		const empty = current.length <= 1 && (await this.#db.orders.count()) === 0;
		const same = stored && sameBytes(stored.value as Uint8Array, current);
		let outcome: 'clean' | 'rebuilt' = 'clean';
		if (version?.value !== indexVersion || (!same && !empty)) {
			await this.rebuild();
			outcome = 'rebuilt';
		}
		this.#paused = false;
		await this.flush();
		return outcome;
	}

	/** Drops every row and rebuilds the index from the document. */
	rebuild(): Promise<void> {
		this.#orders.clear();
		this.#products.clear();
		this.#customers.clear();
		const run = this.#chain.then(async () => {
			this.#dirty = true;
			this.#manual = null;
			await rebuildIndex(this.#doc, this.#db);
			this.#dirty = false;
			const change = { orders: [], products: [], customers: [], rows: [], rebuilt: true };
			for (const listener of this.#listeners) listener(change);
		});
		this.#chain = run.catch(() => undefined);
		return run;
	}

	/** Resolves once every change seen so far is written to the index. */
	flush(): Promise<void> {
		if (this.#paused) return this.#chain;
		const run = this.#chain.then(() => (this.#dirty ? this.#rebuildHere() : this.#flushOnce()));
		this.#chain = run.catch(() => undefined);
		return run;
	}

	/** Stops following the document. */
	destroy(): Promise<void> {
		this.#detach();
		this.#paused = true;
		return this.#chain;
	}

	#scheduled = false;
	#schedule() {
		if (this.#scheduled || this.#paused) return;
		this.#scheduled = true;
		setTimeout(() => {
			this.#scheduled = false;
			// A failure leaves the index dirty; the next flush (an action's, or the next change's)
			// rebuilds it and reports a failure that persists.
			this.flush().catch(() => undefined);
		}, 0);
	}

	#retryMs = 1000;
	/** Rebuilds a dirty index later even if nothing else changes, backing off up to a minute. */
	#retryLater() {
		const wait = this.#retryMs;
		this.#retryMs = Math.min(wait * 2, 60_000);
		setTimeout(() => {
			if (this.#dirty && !this.#paused) this.flush().catch(() => undefined);
		}, wait);
	}

	async #rebuildHere(): Promise<void> {
		this.#manual = null;
		this.#orders.clear();
		this.#products.clear();
		this.#customers.clear();
		this.#ownChange = false;
		try {
			await rebuildIndex(this.#doc, this.#db);
		} catch (e) {
			this.#retryLater();
			throw e;
		}
		this.#dirty = false;
		this.#retryMs = 1000;
		const change = { orders: [], products: [], customers: [], rows: [], rebuilt: true };
		for (const listener of this.#listeners) listener(change);
	}

	async #flushOnce(): Promise<void> {
		const pending = this.#orders.size + this.#products.size + this.#customers.size;
		if (pending === 0 && !this.#ownChange) return;
		const ids = [...this.#orders];
		const skus = new Set(this.#products);
		const emails = [...this.#customers];
		const own = this.#ownChange;
		// Changes arriving while this batch is written go to the next one; if the batch does not
		// commit, the index is dirty (below) and rebuilds from the CRDT, so nothing is lost.
		this.#orders.clear();
		this.#products.clear();
		this.#customers.clear();
		this.#ownChange = false;
		try {
			await this.#write({ ids, skus, emails, own });
		} catch (e) {
			this.#dirty = true;
			this.#retryLater();
			throw e;
		}
	}

	async #write(o: { ids: string[]; skus: Set<string>; emails: string[]; own: boolean }) {
		const { ids, skus, emails, own } = o;
		// Rows and the state vector are read in the same tick, so the state vector stored is
		// exactly the state these rows reflect.
		const sv = Y.encodeStateVector(this.#doc);
		const unreadable: UnreadableOrders = {};
		const rows = ids.map((id) => {
			const read = readOrderEntry(this.#doc, id);
			if (read && !read.ok) unreadable[id] = read.problem;
			return read?.ok ? orderRow(read.state) : null;
		});
		const customers = emails.map((e) => customerOf(this.#doc, e));
		const db = this.#db;
		await db.transaction('rw', [db.orders, db.products, db.customers, db.meta], async () => {
			const old = await db.orders.bulkGet(ids);
			const delta = new Map<string, number>();
			const add = (row: OrderRow | null | undefined, sign: number) => {
				for (const [sku, q] of Object.entries(row?.stock ?? {})) {
					delta.set(sku, (delta.get(sku) ?? 0) + sign * q);
					skus.add(sku);
				}
			};
			old.forEach((row) => add(row, -1));
			rows.forEach((row) => add(row, 1));
			const orderRows = changedRows(
				old,
				rows.map((r) => r ?? undefined)
			);
			// An order that became unreadable (or vanished) leaves the lists, totals and stock.
			const gone = ids.filter((_, i) => rows[i] === null && old[i] !== undefined);
			this.#manual ??= manualBySku(this.#doc);
			const manual = this.#manual;
			const current = await db.products.bulkGet([...skus]);
			const products = [...skus].map((sku, i) =>
				productRow(sku, {
					product: productOf(this.#doc, sku),
					orderQty: (current[i]?.orderQty ?? 0) + (delta.get(sku) ?? 0),
					manualQty: manual.get(sku) ?? 0
				})
			);
			const known = customers.filter((c) => c !== undefined).map(customerRow);
			const oldCustomers = await db.customers.bulkGet(known.map((c) => c.email));
			// A SKU no readable product, order or movement names has no row (an unreadable product).
			const empty = products.filter((p) => !p.known && p.orderQty === 0 && p.manualQty === 0);
			const productRows = changedRows(
				current,
				products.map((p) => (empty.includes(p) ? undefined : p))
			);
			const emptied = empty.filter((p) => current.some((c) => c?.sku === p.sku)).map((p) => p.sku);
			const customerRows = changedRows(oldCustomers, known);
			// A customer a peer made unreadable leaves the list (the record stays in the CRDT).
			const lostEmails = emails.filter((_, i) => customers[i] === undefined);
			const lost = (await db.customers.bulkGet(lostEmails)).filter((c) => c !== undefined);
			const listed = ((await db.meta.get(unreadableKey))?.value ?? {}) as UnreadableOrders;
			const nextListed = { ...listed };
			for (const id of ids) delete nextListed[id];
			Object.assign(nextListed, unreadable);
			if (orderRows.length) await db.orders.bulkPut(orderRows);
			if (gone.length) await db.orders.bulkDelete(gone);
			if (productRows.length) await db.products.bulkPut(productRows);
			if (emptied.length) await db.products.bulkDelete(emptied);
			if (customerRows.length) await db.customers.bulkPut(customerRows);
			if (lost.length) await db.customers.bulkDelete(lost.map((c) => c.email));
			if (JSON.stringify(listed) !== JSON.stringify(nextListed))
				await db.meta.put({ key: unreadableKey, value: nextListed });
			if (
				own ||
				orderRows.length + productRows.length + customerRows.length + gone.length + emptied.length >
					0
			)
				await db.meta.put({ key: 'sv', value: sv });
		});
		const written = rows.filter((r): r is OrderRow => r !== null);
		const change = { orders: ids, products: [...skus], customers: emails, rows: written };
		for (const listener of this.#listeners) listener(change);
	}
}

/** The rows of `next` that differ from the stored row at the same position. */
function changedRows<T>(stored: (T | undefined)[], next: (T | undefined)[]): T[] {
	return next.filter(
		(row, i): row is T => row !== undefined && JSON.stringify(row) !== JSON.stringify(stored[i])
	);
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
	if (!a || a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}
