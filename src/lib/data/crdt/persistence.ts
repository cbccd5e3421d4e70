/**
 * Persistence of the store document with y-indexeddb, plus the "on disk" signal it lacks.
 *
 * y-indexeddb writes each update from `doc.on('update')` in a readwrite transaction on its
 * `updates` store, synchronously after our transaction. IndexedDB runs readwrite transactions
 * whose scopes overlap in the order they were created, so when a later readwrite transaction on
 * the same store completes, every earlier one has committed. `flush()` opens such a transaction
 * (durability "strict", so the browser also flushes its write-ahead log) and waits for it.
 *
 * Tabs of one browser share this database and pass each other their updates: the tab that made
 * (or received) an update has already written it, so `storedElsewhere` lets the caller name the
 * origins whose updates must not be written a second time.
 */
import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';

/** Where a store document lives; `origin` marks the transactions it applies when loading. */
export interface Persistence {
	origin: object;
	whenSynced: Promise<void>;
	/** Resolves once every update made so far is committed to disk. */
	flush: () => Promise<void>;
	destroy: () => Promise<void>;
}

/** Persists a document in IndexedDB under `name`, except updates `storedElsewhere` names. */
export function indexeddbPersistence(o: {
	name: string;
	doc: Y.Doc;
	storedElsewhere?: (origin: unknown) => boolean;
}): Persistence {
	const provider = new IndexeddbPersistence(o.name, o.doc);
	const skip = o.storedElsewhere;
	if (skip) {
		// y-indexeddb's own handler, re-registered behind the filter (its destroy() unregisters
		// whatever `_storeUpdate` holds).
		const store = provider._storeUpdate;
		o.doc.off('update', store);
		provider._storeUpdate = (update: Uint8Array, origin: unknown) => {
			if (!skip(origin)) store(update, origin);
		};
		o.doc.on('update', provider._storeUpdate);
	}
	const whenSynced = provider.whenSynced.then(() => undefined);
	return {
		origin: provider,
		whenSynced,
		flush: async () => {
			await whenSynced;
			const db = provider.db;
			if (!db) throw new Error('persistence closed');
			await new Promise<void>((resolve, reject) => {
				const tx = db.transaction(['updates'], 'readwrite', { durability: 'strict' });
				tx.oncomplete = () => resolve();
				tx.onerror = () => reject(tx.error);
				tx.onabort = () => reject(tx.error ?? new Error('flush aborted'));
			});
		},
		destroy: () => provider.destroy()
	};
}

/** A test double that keeps nothing: for unit tests of actions. */
export function memoryPersistence(): Persistence {
	return {
		origin: {},
		whenSynced: Promise.resolve(),
		flush: () => Promise.resolve(),
		destroy: () => Promise.resolve()
	};
}
