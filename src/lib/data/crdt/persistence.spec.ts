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
