/**
 * The tab closes between two batches of a product import, and between a batch's CRDT write and
 * its index write: the next start heals the index, importing the file again finishes the job,
 * and nothing is lost or doubled (opening stock counted once per product).
 */
import 'fake-indexeddb/auto';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { openTestStore } from './testing';

const rows = Array.from({ length: 30 }, (_, i) => ({
	sku: `P-${i}`,
	name: `Produit ${i}`,
	price: 100 + i,
	openingStock: 5
}));

describe('a product import cut short', () => {
	it('heals at the next start and finishes when the file is imported again', async () => {
		const name = `import-crash-${Math.random()}`;
		const first = await openTestStore({ name });
		expect((await first.actions.importProductBatch(rows.slice(0, 10))).ok).toBe(true);
		await first.destroy();
		// The second batch reached the CRDT on disk, but the tab closed before the index write.
		const doc = new Y.Doc();
		const p = new IndexeddbPersistence(name, doc);
		await p.whenSynced;
		doc.transact(() => {
			for (const r of rows.slice(10, 20)) {
				doc.getMap('products').set(r.sku, {
					...r,
					vatRate: 2000,
					trackStock: true,
					digital: false,
					archived: false,
					schema: 1
				});
				doc.getMap('stock').set(`opening:${r.sku}`, {
					key: `opening:${r.sku}`,
					sku: r.sku,
					qty: 5,
					kind: 'opening',
					at: 1,
					deviceId: 'device-a'
				});
			}
		});
		await new Promise((resolve) => setTimeout(resolve, 50));
		await p.destroy();

		const second = await openTestStore({ name });
		expect(await second.healed).toBe('rebuilt');
		expect(await second.index.products.count()).toBe(20);
		// The seller imports the whole file again: the first 20 are unchanged, 10 are new.
		const again = await second.actions.importProductBatch(rows);
		expect(again.ok && again.value).toMatchObject({ created: 10, updated: 0, unchanged: 20 });
		const products = await second.queries.listProducts();
		expect(products).toHaveLength(30);
		expect(products.every((p) => p.level === 5)).toBe(true);
		await second.destroy();
	});
});
