/**
 * Numbers handed out by any tab of this browser. Tabs of one browser share a device id, so one
 * series and one counter; the CRDT reaches the other tab a moment later (BroadcastChannel), and
 * two tabs numbering in that moment would give the same (series, n). So number-giving actions
 * run under a Web Lock (`navigator.locks`, one per store and device), and the last number given
 * is also written to localStorage, which every tab reads synchronously: the next tab to take the
 * lock continues after it, whether or not the CRDT update has arrived. Without Web Locks or
 * localStorage (tests in Node) a per-process map stands in, which is what tabs of one process
 * share.
 */

/** Last numbers given per counter key, and the lock number-giving actions run under. */
export interface IssuedNumbers {
	last(key: string): number;
	record(key: string, n: number): void;
	lock<T>(fn: () => Promise<T>): Promise<T>;
}

const memory = new Map<string, number>();
const queues = new Map<string, Promise<unknown>>();

/** The issued numbers of a store on this device, shared by every tab of the browser. */
export function issuedNumbers(o: { store: string; deviceId: string }): IssuedNumbers {
	const prefix = `comptoir:${o.store}:issued:`;
	const storage = typeof localStorage === 'undefined' ? null : localStorage;
	const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
	const lockName = `comptoir:${o.store}:numbers:${o.deviceId}`;
	return {
		last(key) {
			const text = storage?.getItem(prefix + key);
			const stored = text ? Number(text) : (memory.get(prefix + key) ?? 0);
			return Number.isSafeInteger(stored) ? stored : 0;
		},
		record(key, n) {
			if (n <= this.last(key)) return;
			if (storage) storage.setItem(prefix + key, String(n));
			else memory.set(prefix + key, n);
		},
		lock(fn) {
			if (locks) return locks.request(lockName, fn) as Promise<Awaited<ReturnType<typeof fn>>>;
			// Fallback: one queue per lock name in this process.
			const before = queues.get(lockName) ?? Promise.resolve();
			const run = before.then(fn, fn);
			queues.set(
				lockName,
				run.catch(() => undefined)
			);
			return run;
		}
	};
}
