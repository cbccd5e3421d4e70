/**
 * Persistence of the store document with y-indexeddb, plus the "on disk" signal it lacks.
 *
 * y-indexeddb writes each update from `doc.on('update')` in a readwrite transaction on its
 * `updates` store, synchronously after our transaction. IndexedDB runs readwrite transactions
 * whose scopes overlap in the order they were created, so when a later readwrite transaction on
 * the same store completes, every earlier one has committed. `flush()` opens such a transaction
 * (durability "strict", so the browser also flushes its write-ahead log) and waits for it.
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

/** Persists a document in IndexedDB under `name`. */
export function indexeddbPersistence(name: string, doc: Y.Doc): Persistence {
	const provider = new IndexeddbPersistence(name, doc);
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
