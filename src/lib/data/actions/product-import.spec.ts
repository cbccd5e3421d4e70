/** Product import batches: one transaction per batch, updates keep what the file does not say. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openTestStore } from '../store/testing';

describe('importProductBatch', () => {
	it('creates and updates in one batch; an update keeps archived, digital, stock tracking and VAT', async () => {
		const store = await openTestStore({ persistence: 'memory' });
		const a = store.actions;
		expect(
			(
				await a.upsertProduct({
					sku: 'EBOOK',
					name: 'Livre',
					price: 900,
					vatRate: 550,
					digital: true,
					trackStock: false,
					archived: true
				})
			).ok
		).toBe(true);
		let transactions = 0;
		store.doc.on('afterTransaction', () => transactions++);
		const r = await a.importProductBatch([
			{ sku: 'EBOOK', name: 'Livre numérique', price: 1000 },
			{ sku: 'MUG', name: 'Tasse', price: 1250, openingStock: 7 },
			{ sku: 'BAD', name: '', price: 1 }
		]);
		expect(transactions).toBe(1);
		expect(r).toEqual({
			ok: true,
			value: {
				created: 1,
				updated: 1,
				unchanged: 0,
				refused: [{ index: 2, code: 'text.required' }]
			}
		});
		const products = await store.queries.listProducts();
		const ebook = products.find((p) => p.sku === 'EBOOK')!;
		expect(ebook).toMatchObject({
			name: 'Livre numérique',
			price: 1000,
			vatRate: 550,
			digital: true,
			trackStock: false,
			archived: true
		});
		expect(products.find((p) => p.sku === 'MUG')).toMatchObject({ level: 7 });
		// Running the same batch again (an import resumed after the tab closed) doubles nothing.
		const again = await a.importProductBatch([
			{ sku: 'EBOOK', name: 'Livre numérique', price: 1000 },
			{ sku: 'MUG', name: 'Tasse', price: 1250, openingStock: 7 }
		]);
		expect(again.ok && again.value).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
		expect((await store.queries.listProducts()).find((p) => p.sku === 'MUG')).toMatchObject({
			level: 7
		});
		await store.destroy();
	});

	it('writes the barcode a file gives, and keeps the one set when the file has no barcode column', async () => {
		const store = await openTestStore({ persistence: 'memory' });
		const a = store.actions;
		await a.importProductBatch([
			{ sku: 'MIEL', name: 'Miel', price: 450, barcode: '4006381333931' }
		]);
		const barcodeOf = async () =>
			(await store.queries.listProducts()).find((p) => p.sku === 'MIEL')?.barcode;
		expect(await barcodeOf()).toBe('4006381333931');
		const kept = await a.importProductBatch([{ sku: 'MIEL', name: 'Miel', price: 450 }]);
		expect(kept.ok && kept.value.unchanged).toBe(1);
		expect(await barcodeOf()).toBe('4006381333931');
		await a.importProductBatch([{ sku: 'MIEL', name: 'Miel', price: 450, barcode: '96385074' }]);
		expect(await barcodeOf()).toBe('96385074');
	});
});
