/** Rebuilds the whole index from the CRDT, in chunks so a 100k-order store stays responsive. */
import * as Y from 'yjs';
import type { Customer } from '../../domain/customer';
import type { Product } from '../../domain/product';
import { customerRow, orderRow, productRow } from './rows';
import { indexVersion, type IndexDb, type OrderRow } from './db';
import { readOrderMap } from '../crdt/order-read';
import { maps } from '../crdt/schema';
import { manualBySku } from '../crdt/stock-read';

const chunk = 2000;

/** Clears the index and writes every row again; the state vector is written last. */
export async function rebuildIndex(doc: Y.Doc, db: IndexDb): Promise<void> {
	const sv = Y.encodeStateVector(doc);
	const m = maps(doc);
	await db.transaction('rw', [db.orders, db.products, db.customers, db.meta], async () => {
		await db.meta.clear();
		await Promise.all([db.orders.clear(), db.products.clear(), db.customers.clear()]);
	});
	const orderQty = new Map<string, number>();
	const ids = [...m.orders.keys()];
	for (let i = 0; i < ids.length; i += chunk) {
		const rows: OrderRow[] = [];
		for (const id of ids.slice(i, i + chunk)) {
			const map = m.orders.get(id);
			const state = map && readOrderMap(id, map);
			if (!state) continue;
			const row = orderRow(state);
			for (const [sku, q] of Object.entries(row.stock))
				orderQty.set(sku, (orderQty.get(sku) ?? 0) + q);
			rows.push(row);
		}
		await db.orders.bulkPut(rows);
	}
	const manual = manualBySku(doc);
	const skus = new Set([...m.products.keys(), ...orderQty.keys(), ...manual.keys()]);
	const products = [...skus].map((sku) =>
		productRow(sku, {
			product: m.products.get(sku) as Product | undefined,
			orderQty: orderQty.get(sku) ?? 0,
			manualQty: manual.get(sku) ?? 0
		})
	);
	const customers = [...m.customers.values()].map((c) => customerRow(c as Customer));
	await db.transaction('rw', [db.products, db.customers, db.meta], async () => {
		await db.products.bulkPut(products);
		await db.customers.bulkPut(customers);
		await db.meta.bulkPut([
			{ key: 'sv', value: sv },
			{ key: 'version', value: indexVersion }
		]);
	});
}
