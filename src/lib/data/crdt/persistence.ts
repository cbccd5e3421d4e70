/**
 * Persistence of the store document with y-indexeddb, plus the "on disk" signal it lacks.
 *
 * y-indexeddb writes each update from `doc.on('update')` in a readwrite transaction on its
 * `updates` store, synchronously after our transaction. IndexedDB runs readwrite transactions
 * whose scopes overlap in the order they were created, so when a later readwrite transaction on
 * the same store completes, every earlier one has committed. `flush()` opens such a transaction
 * (durability "strict", so the browser also flushes its write-ahead log) and waits for it.
 *
 * y-indexeddb's own write has no error path: a transaction that aborts (QuotaExceededError on a
 * full disk) is lost silently, and every later update that depends on it is unreadable at the
 * next start. So this module writes the updates itself and follows every transaction to
 * `complete` or `abort`. After a failure the next write stores the whole document (it carries
 * whatever did not reach the disk), and `flush()` rejects with {@link NotSavedError} once for
 * every failure since the previous flush; it retries the whole-document write first.
 *
 * Tabs of one browser share this database and pass each other their updates: the tab that made
 * (or received) an update has already written it, so `storedElsewhere` lets the caller name the
 * origins whose updates must not be written a second time.
 */
import { IndexeddbPersistence, PREFERRED_TRIM_SIZE, storeState } from 'y-indexeddb';
import * as Y from 'yjs';

/** A change is in memory but not on disk; `quota` when the disk (or the site's quota) is full. */
export class NotSavedError extends Error {
	readonly quota: boolean;
	constructor(cause: unknown) {
		const name = cause instanceof DOMException || cause instanceof Error ? cause.name : '';
		const quota = name === 'QuotaExceededError' || /quota/i.test(String(cause));
		super(`Not saved: ${cause instanceof Error ? cause.message || name : String(cause)}`);
		this.name = 'NotSavedError';
		this.quota = quota;
	}
}

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
	const skip = o.storedElsewhere ?? (() => false);
	const pending = new Set<Promise<void>>();
	let failure: unknown = null;
	let wholeDocDue = false;
	let trimTimer: ReturnType<typeof setTimeout> | null = null;
	const write = (update: Uint8Array): void => {
		const db = provider.db;
		if (!db) return;
		const whole = wholeDocDue;
		wholeDocDue = false;
		let tx: IDBTransaction;
		try {
			tx = db.transaction(['updates'], 'readwrite');
			tx.objectStore('updates').add(whole ? Y.encodeStateAsUpdate(o.doc) : update);
		} catch (e) {
			failure ??= e;
			wholeDocDue = true;
			return;
		}
		const done = new Promise<void>((resolve) => {
			tx.oncomplete = () => resolve();
			tx.onabort = () => {
				failure ??= tx.error ?? new DOMException('write aborted', 'AbortError');
				wholeDocDue = true;
				resolve();
			};
		});
		pending.add(done);
		void done.then(() => pending.delete(done));
		if (++provider._dbsize >= PREFERRED_TRIM_SIZE) {
			// y-indexeddb's compaction: one update holding the whole document replaces the log.
			if (trimTimer !== null) clearTimeout(trimTimer);
			trimTimer = setTimeout(() => {
				trimTimer = null;
				storeState(provider, false).catch((e: unknown) => (failure ??= e));
			}, 1000);
		}
	};
	o.doc.off('update', provider._storeUpdate);
	provider._storeUpdate = (update: Uint8Array, origin: unknown) => {
		if (origin !== provider && !skip(origin)) write(update);
	};
	o.doc.on('update', provider._storeUpdate);
	const whenSynced = provider.whenSynced.then(() => undefined);
	return {
		origin: provider,
		whenSynced,
		flush: async () => {
			await whenSynced;
			const db = provider.db;
			if (!db) throw new Error('persistence closed');
			if (wholeDocDue) write(new Uint8Array());
			await Promise.all([...pending]);
			await new Promise<void>((resolve, reject) => {
				const tx = db.transaction(['updates'], 'readwrite', { durability: 'strict' });
				tx.oncomplete = () => resolve();
				tx.onerror = () => reject(tx.error);
				tx.onabort = () => reject(tx.error ?? new Error('flush aborted'));
			});
			if (failure !== null) {
				const cause = failure;
				failure = null;
				throw new NotSavedError(cause);
			}
		},
		destroy: () => {
			if (trimTimer !== null) clearTimeout(trimTimer);
			return provider.destroy();
		}
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
