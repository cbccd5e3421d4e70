import 'fake-indexeddb/auto';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { indexeddbPersistence } from './persistence';

describe('indexeddbPersistence.flush', () => {
	it('resolves only once every update made before it is committed', async () => {
		const name = `flush-${Math.random()}`;
		const doc = new Y.Doc();
		const p = indexeddbPersistence({ name, doc });
		await p.whenSynced;
		for (let i = 0; i < 50; i++) doc.getMap('m').set(`k${i}`, i);
		await p.flush();
		// A second connection reads what is committed, without waiting for the first to close.
		const reader = new Y.Doc();
		const other = new IndexeddbPersistence(name, reader);
		await other.whenSynced;
		expect(reader.getMap('m').get('k49')).toBe(49);
		expect(reader.getMap('m').size).toBe(50);
		await other.destroy();
		await p.destroy();
	});

	it('waits for the completion of the write transactions created before it', async () => {
		const name = `order-${Math.random()}`;
		const doc = new Y.Doc();
		const p = indexeddbPersistence({ name, doc });
		await p.whenSynced;
		const open: Set<IDBTransaction> = new Set();
		const proto = IDBDatabase.prototype;
		const original = proto.transaction;
		proto.transaction = function (this: IDBDatabase, ...args: Parameters<typeof original>) {
			const tx = original.apply(this, args);
			if (tx.mode === 'readwrite') {
				open.add(tx);
				tx.addEventListener('complete', () => open.delete(tx));
			}
			return tx;
		} as typeof original;
		try {
			for (let i = 0; i < 20; i++) doc.getMap('m').set(`k${i}`, 'x'.repeat(10_000));
			const pending = [...open];
			expect(pending.length).toBeGreaterThan(0);
			await p.flush();
			for (const tx of pending) expect(open.has(tx)).toBe(false);
		} finally {
			proto.transaction = original;
			await p.destroy();
		}
	});
});

/** Makes the next `count` writes to the updates store abort, as a full disk does. */
function failWrites(count: number): () => void {
	const proto = IDBObjectStore.prototype;
	const original = proto.add;
	let left = count;
	proto.add = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
		const request = original.apply(this, args);
		if (left > 0 && this.name === 'updates') {
			left--;
			this.transaction.abort();
		}
		return request;
	} as typeof original;
	return () => (proto.add = original);
}

describe('indexeddbPersistence when a write fails', () => {
	it('rejects flush() once for a write that did not reach the disk, then heals on the next write', async () => {
		const name = `quota-${Math.random()}`;
		const doc = new Y.Doc();
		const p = indexeddbPersistence({ name, doc });
		await p.whenSynced;
		doc.getMap('m').set('before', 1);
		await p.flush();
		const restore = failWrites(1);
		try {
			doc.getMap('m').set('lost', 2);
			await expect(p.flush()).rejects.toThrow(/not saved/i);
		} finally {
			restore();
		}
		// The failure is reported once; the next write carries everything not yet on disk.
		doc.getMap('m').set('after', 3);
		await p.flush();
		const reader = new Y.Doc();
		const other = new IndexeddbPersistence(name, reader);
		await other.whenSynced;
		expect(reader.getMap('m').toJSON()).toEqual({ before: 1, lost: 2, after: 3 });
		await other.destroy();
		await p.destroy();
	});

	it('keeps rejecting while the disk stays full', async () => {
		const name = `full-${Math.random()}`;
		const doc = new Y.Doc();
		const p = indexeddbPersistence({ name, doc });
		await p.whenSynced;
		const restore = failWrites(2);
		try {
			doc.getMap('m').set('a', 1);
			await expect(p.flush()).rejects.toThrow();
			doc.getMap('m').set('b', 2);
			await expect(p.flush()).rejects.toThrow();
		} finally {
			restore();
		}
		await p.flush();
		await p.destroy();
	});
});
