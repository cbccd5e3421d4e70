/** "Saved" means on disk: an action whose change did not reach IndexedDB says so. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { NotSavedError } from '../crdt/persistence';
import { openTestStore, sampleOrder } from './testing';

/** The next `count` writes to y-indexeddb's updates store abort (a full disk). */
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

describe('a change that does not reach the disk', () => {
	it('is refused as not saved, shown until a write succeeds, and saved by the next write', async () => {
		const name = `not-saved-${Math.random()}`;
		const store = await openTestStore({ name });
		const seen: (NotSavedError | null)[] = [];
		store.onSaved((f) => seen.push(f));
		expect((await store.actions.createOrder(sampleOrder())).ok).toBe(true);
		const restore = failWrites(1);
		const lost = await store.actions.createOrder(sampleOrder());
		restore();
		expect(lost).toMatchObject({ ok: false, error: { code: 'storage.notSaved' } });
		expect(seen.map((f) => f !== null)).toEqual([false, true]);
		const third = await store.actions.createOrder(sampleOrder());
		expect(third.ok).toBe(true);
		expect(seen.at(-1)).toBeNull();
		await store.destroy();
		// The second order was refused as not saved, but the third write carried it to disk:
		// after a restart all three are there (the seller was told the second was not saved yet).
		const again = await openTestStore({ name });
		expect((await again.queries.listOrders()).rows).toHaveLength(3);
		await again.destroy();
	});
});
