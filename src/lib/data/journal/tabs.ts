/**
 * Tabs of one browser share a device id, so they append to one chain (docs/decisions/0022).
 * Every action already runs under the tabs' Web Lock (`navigator.locks`, crdt/issued-numbers.ts);
 * what the lock alone does not give is the other tab's last entry, which reaches this tab's
 * CRDT a moment later (BroadcastChannel). So the last sequence number written is also kept
 * where every tab reads it at once (localStorage), and before an action runs under the lock,
 * the tab waits until its CRDT holds that entry: the next entry then chains on it. A number
 * that never arrives (the store was deleted and made again) is dropped after `patience` ms.
 * Without Web Locks the per-process queue stands in (one tab), and the wait still narrows the
 * window in which two tabs could take one number.
 */
import type * as Y from 'yjs';
import type { IssuedNumbers } from '../crdt/issued-numbers';
import { ownHead } from './append';
import { journalMap, entryKey } from './layout';

const memory = new Map<string, number>();

/** The tabs' lock of a store, which also brings this tab's chain up to the other tabs' entries. */
export function journalTabs(o: {
	issued: IssuedNumbers;
	doc: Y.Doc;
	store: string;
	deviceId: string;
	patience?: number;
}): IssuedNumbers {
	const key = `comptoir:${o.store}:journal-seq:${o.deviceId}`;
	const storage = typeof localStorage === 'undefined' ? null : localStorage;
	const shared = {
		get: () => Number(storage?.getItem(key) ?? memory.get(key) ?? 0) || 0,
		set: (n: number) => (storage ? storage.setItem(key, String(n)) : memory.set(key, n))
	};
	const local = () => ownHead(o.doc, o.deviceId)?.seq ?? 0;
	return {
		last: (k) => o.issued.last(k),
		record: (k, n) => o.issued.record(k, n),
		lock: (fn) =>
			o.issued.lock(async () => {
				const written = shared.get();
				if (written > local()) {
					const arrived = await entryArrives(o.doc, entryKey(o.deviceId, written), o.patience);
					if (!arrived) shared.set(local());
				}
				try {
					return await fn();
				} finally {
					if (local() > shared.get()) shared.set(local());
				}
			})
	};
}

/** Resolves true once the journal holds `key`, false after `patience` ms. */
function entryArrives(doc: Y.Doc, key: string, patience = 1000): Promise<boolean> {
	const map = journalMap(doc);
	if (map.has(key)) return Promise.resolve(true);
	return new Promise((resolve) => {
		const done = (v: boolean) => {
			map.unobserve(watch);
			clearTimeout(timer);
			resolve(v);
		};
		const watch = () => map.has(key) && done(true);
		const timer = setTimeout(() => done(false), patience);
		map.observe(watch);
	});
}
