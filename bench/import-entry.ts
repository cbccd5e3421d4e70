/** Runs inside headless Chromium: product CSV import and backup import figures of issue 16. */
import { importBatchSize, openStore } from '../src/lib/data';
import { parseCsv } from '../src/lib/paper/csv/write';
import { guessMapping, importProducts, planImport } from '../src/lib/paper/product-import';
import { decodeBackup, encodeBackup, mergeBackup } from '../src/lib/sync';
import type { VatRate } from '../src/lib/domain/vat';

const deviceId = 'bench-device';

/** A CSV of `rows` products (SKU;name;price;VAT;stock), as a shop's export would be. */
function csv(rows: number): string {
	const lines = ['Référence;Nom;Prix TTC;TVA;Stock'];
	for (let i = 0; i < rows; i++)
		lines.push(
			`SKU-${i};Produit ${i};${(i % 500) + 1},${String(i % 100).padStart(2, '0')};20;${i % 50}`
		);
	return lines.join('\r\n');
}

/** Parses, plans and imports `rows` products into a fresh store, until on disk and indexed. */
async function productImport(rows: number): Promise<{ ms: number; products: number }> {
	const text = csv(rows);
	const store = openStore({ name: `import-${rows}-${Date.now()}`, deviceId });
	await store.whenSynced;
	const t0 = performance.now();
	const parsed = parseCsv(text);
	const plan = planImport({
		rows: parsed.rows,
		mapping: guessMapping(parsed.rows[0]!),
		defaultVatRate: 2000 as VatRate
	});
	const report = await importProducts({
		plan,
		batchSize: importBatchSize,
		writeBatch: (inputs) => store.actions.importProductBatch(inputs)
	});
	await store.flush();
	const ms = performance.now() - t0;
	const products = await store.index.products.count();
	if (report.created !== rows || products !== rows) throw new Error(`only ${products} products`);
	await store.destroy();
	return { ms, products };
}

let backup: Uint8Array | null = null;

/** Seeds a store of `orders` demo orders and keeps its backup file. */
async function seedBackup(orders: number): Promise<number> {
	const store = openStore({ name: `backup-src-${Date.now()}`, deviceId });
	await store.whenSynced;
	await store.actions.fillWithDemoData({ orders, seed: 42 });
	backup = await encodeBackup({
		doc: store.doc,
		storeId: 'room',
		storeName: 'Bench',
		appVersion: '0'
	});
	await store.destroy();
	return backup.length;
}

/** Imports the kept backup into a fresh store: checked, merged, on disk and indexed. */
async function backupImport(): Promise<{ ms: number; checkMs: number; orders: number }> {
	const store = openStore({ name: `backup-dst-${Date.now()}`, deviceId });
	await store.whenSynced;
	const t0 = performance.now();
	const decoded = await decodeBackup(backup!);
	if (!decoded.ok) throw new Error(decoded.code);
	const checkMs = performance.now() - t0;
	mergeBackup(store.doc, decoded);
	await store.flush();
	const ms = performance.now() - t0;
	const orders = await store.index.orders.count();
	await store.destroy();
	return { ms, checkMs, orders };
}

Object.assign(globalThis, { bench: { productImport, seedBackup, backupImport } });
