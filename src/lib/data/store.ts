/**
 * The store: one CRDT document persisted in IndexedDB, its Dexie index, and the functions the
 * UI calls. The sync layer attaches its provider to `store.doc`; peers' updates are indexed
 * like local ones.
 */
import * as Y from 'yjs';
import { newId } from '../domain/id';
import { createActions } from './store-actions';
import type { ActionContext } from './context';
import { IndexDb } from './index-db';
import { Indexer, type IndexChange } from './indexer';
import { indexeddbPersistence, memoryPersistence, type Persistence } from './persistence';
import { createQueries } from './store-queries';

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
}

/** An open store. */
export interface Store {
	name: string;
	deviceId: string;
	doc: Y.Doc;
	/** Resolves once the CRDT is loaded and the index has caught up (or been rebuilt). */
	whenSynced: Promise<void>;
	/** 'rebuilt' when the index was rebuilt at open (crash, index version change). */
	healed: Promise<'clean' | 'rebuilt'>;
	actions: ReturnType<typeof createActions>;
	queries: ReturnType<typeof createQueries>;
	/** Called after every index update (local or peer change); returns an unsubscribe function. */
	subscribe: (listener: (change: IndexChange) => void) => () => void;
	/** Drops the index and rebuilds it from the CRDT. */
	rebuildIndex: () => Promise<void>;
	/** Waits for pending writes, then closes both databases. */
	destroy: () => Promise<void>;
}

/** Opens a store; list queries work at once, actions wait for `whenSynced`. */
export function openStore(o: OpenOptions): Store {
	const doc = o.doc ?? new Y.Doc();
	const persistence: Persistence =
		o.persistence === 'memory' ? memoryPersistence() : indexeddbPersistence(o.name, doc);
	const db = new IndexDb(`${o.name}-index`);
	const indexer = new Indexer({ doc, db, ignoreOrigin: persistence.origin });
	const healed = persistence.whenSynced.then(() => indexer.heal());
	const whenSynced = healed.then(() => undefined);
	const ctx: ActionContext = {
		doc,
		deviceId: o.deviceId,
		now: o.now ?? Date.now,
		newId: o.newId ?? (() => newId()),
		origin: { store: o.name, device: o.deviceId },
		commit: async () => {
			await Promise.all([persistence.flush(), indexer.flush()]);
		},
		levelOf: async (sku) => {
			await indexer.flush();
			return (await db.products.get(sku))?.level ?? 0;
		}
	};
	const synced = <A extends unknown[], R>(fn: (ctx: ActionContext, ...args: A) => Promise<R>) => {
		return async (...args: A): Promise<R> => {
			await whenSynced;
			return fn(ctx, ...args);
		};
	};
	return {
		name: o.name,
		deviceId: o.deviceId,
		doc,
		whenSynced,
		healed,
		actions: createActions(synced),
		queries: createQueries({ doc, db, now: ctx.now }),
		subscribe: (listener) => indexer.subscribe(listener),
		rebuildIndex: () => indexer.rebuild(),
		destroy: async () => {
			await whenSynced.catch(() => undefined);
			await indexer.destroy();
			await persistence.flush().catch(() => undefined);
			await persistence.destroy();
			db.close();
		}
	};
}
