/**
 * The store: one CRDT document persisted in IndexedDB, its Dexie index, and the functions the
 * UI calls. The sync layer attaches its provider to `store.doc`; peers' updates are indexed
 * like local ones.
 */
import * as Y from 'yjs';
import { newId } from '../../domain/id';
import { createActions } from '../actions/all';
import { issuedNumbers } from '../crdt/issued-numbers';
import { journalTabs } from '../journal/tabs';
import type { ActionContext } from '../crdt/context';
import { IndexDb } from '../index/db';
import { ListCache } from '../list/cache';
import { Indexer, type IndexChange } from '../index/indexer';
import {
	indexeddbPersistence,
	memoryPersistence,
	NotSavedError,
	type Persistence
} from '../crdt/persistence';
import { createQueries } from './store-queries';
import { journalQueries } from '../journal/queries';

/** Options of openStore; `now` and `newId` are injected by tests. */
export interface OpenOptions {
	/** Store name: the IndexedDB databases are `<name>` (CRDT) and `<name>-index`. */
	name: string;
	/** This device's id (stable per device, stored by the caller). */
	deviceId: string;
	now?: () => number;
	newId?: () => string;
	/** 'memory' keeps the CRDT in memory only (tests); the index still uses IndexedDB. */
	persistence?: 'indexeddb' | 'memory';
	doc?: Y.Doc;
	/** Longest wait before loading the CRDT when no list query or action asks first, in ms. */
	loadDelayMs?: number;
}

/** An open store. */
export interface Store {
	name: string;
	deviceId: string;
	doc: Y.Doc;
	/** Resolves once the CRDT is loaded and the index has caught up (or been rebuilt). */
	whenSynced: Promise<void>;
	/** Resolves once the order list is in memory (filters and searches are then instant). */
	whenListReady: Promise<void>;
	/** 'rebuilt' when the index was rebuilt at open (crash, index version change). */
	healed: Promise<'clean' | 'rebuilt'>;
	actions: ReturnType<typeof createActions>;
	queries: ReturnType<typeof createQueries>;
	/** The tamper-evident journal: verify, closings, archives (actions: closePeriods…). */
	journal: ReturnType<typeof journalQueries>;
	/** Called after every index update (local or peer change); returns an unsubscribe function. */
	subscribe: (listener: (change: IndexChange) => void) => () => void;
	/** The Dexie index (read-only use: tests and diagnostics; screens use `queries`). */
	index: IndexDb;
	/** Resolves once every change seen so far (local or from a peer) is on disk and indexed. */
	flush: () => Promise<void>;
	/**
	 * Names updates another tab of this browser has already written (same IndexedDB): they are
	 * applied here but neither written to disk nor re-indexed. Returns a function that undoes it.
	 */
	storedElsewhere: (test: (origin: unknown) => boolean) => () => void;
	/**
	 * Calls `listener` after each write to disk: null when everything is saved, the
	 * NotSavedError when a change is only in memory. Returns an unsubscribe function.
	 */
	onSaved: (listener: (failure: NotSavedError | null) => void) => () => void;
	/** Drops the index and rebuilds it from the CRDT. */
	rebuildIndex: () => Promise<void>;
	/** Waits for pending writes, then closes both databases. */
	destroy: () => Promise<void>;
}

/** Opens a store; list queries work at once, actions wait for `whenSynced`. */
export function openStore(o: OpenOptions): Store {
	const doc = o.doc ?? new Y.Doc();
	const db = new IndexDb(`${o.name}-index`);
	// The CRDT loads after the first page of the list (or 300 ms, or the first action): on a
	// large store, applying it blocks the main thread and would delay the first screen.
	let persistence: Persistence | null = null;
	const elsewhere = new Set<(origin: unknown) => boolean>();
	const storedElsewhere = (origin: unknown) => {
		for (const test of elsewhere) if (test(origin)) return true;
		return false;
	};
	const saveListeners = new Set<(failure: NotSavedError | null) => void>();
	let release: () => void = () => undefined;
	const gate = new Promise<void>((resolve) => (release = resolve));
	const load = (): Persistence => {
		persistence ??=
			o.persistence === 'memory'
				? memoryPersistence()
				: indexeddbPersistence({ name: o.name, doc, storedElsewhere });
		release();
		return persistence;
	};
	const timer = setTimeout(load, o.loadDelayMs ?? 300);
	const indexer = new Indexer({
		doc,
		db,
		ignore: (origin) => origin === persistence?.origin,
		storedElsewhere
	});
	const healed = gate.then(() => load().whenSynced).then(() => indexer.heal());
	const whenSynced = healed.then(() => undefined);
	const ctx: ActionContext = {
		doc,
		deviceId: o.deviceId,
		now: o.now ?? Date.now,
		newId: o.newId ?? (() => newId()),
		origin: { store: o.name, device: o.deviceId },
		commit: async () => {
			const [disk, index] = await Promise.allSettled([load().flush(), indexer.flush()]);
			const failure =
				disk.status === 'fulfilled'
					? null
					: disk.reason instanceof NotSavedError
						? disk.reason
						: new NotSavedError(disk.reason);
			for (const listener of saveListeners) listener(failure);
			if (failure) throw failure;
			// The change is on disk (the CRDT is the truth): a failed index batch left the index
			// dirty, and this flush rebuilds it. If that fails too (a full disk), the change still
			// counts as saved: the index keeps retrying, and heals at the next start at the latest.
			if (index.status === 'rejected') await indexer.flush().catch(() => undefined);
		},
		levelOf: async (sku) => {
			await indexer.flush();
			return (await db.products.get(sku))?.level ?? 0;
		},
		issued: journalTabs({
			issued: issuedNumbers({ store: o.name, deviceId: o.deviceId }),
			doc,
			store: o.name,
			deviceId: o.deviceId
		})
	};
	const synced = <A extends unknown[], R>(fn: (ctx: ActionContext, ...args: A) => Promise<R>) => {
		return async (...args: A): Promise<R> => {
			load();
			await whenSynced;
			return fn(ctx, ...args);
		};
	};
	const cache = new ListCache(db);
	indexer.subscribe((change) => cache.apply(change));
	void whenSynced.then(() => cache.load());
	const queries = createQueries({ doc, db, now: ctx.now, cache });
	const listOrders = queries.listOrders;
	queries.listOrders = (q) => listOrders(q).finally(() => setTimeout(load, 0));
	return {
		name: o.name,
		deviceId: o.deviceId,
		doc,
		whenSynced,
		whenListReady: whenSynced.then(() => cache.load()),
		healed,
		actions: createActions(synced),
		queries,
		journal: journalQueries({ doc, now: ctx.now }),
		subscribe: (listener) => indexer.subscribe(listener),
		index: db,
		flush: async () => {
			await whenSynced;
			await ctx.commit();
		},
		storedElsewhere: (test) => {
			elsewhere.add(test);
			return () => elsewhere.delete(test);
		},
		onSaved: (listener) => {
			saveListeners.add(listener);
			return () => saveListeners.delete(listener);
		},
		rebuildIndex: () => indexer.rebuild(),
		destroy: async () => {
			clearTimeout(timer);
			const p = load();
			await whenSynced.catch(() => undefined);
			await indexer.destroy();
			await p.flush().catch(() => undefined);
			await p.destroy();
			db.close();
		}
	};
}
