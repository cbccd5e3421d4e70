/** Rebuilds the whole index from the CRDT, in chunks so a 100k-order store stays responsive. */
import * as Y from 'yjs';
import type { Customer } from '../../domain/customer';
import { customerRow, orderRow, productRow } from './rows';
import { indexVersion, type IndexDb, type OrderRow } from './db';
import { checkOrderMap } from '../crdt/order-read';
import { customerOf, productOf } from '../crdt/records-read';
import { unreadableKey, type UnreadableOrders } from './unreadable';
import { maps } from '../crdt/schema';
import { manualBySku } from '../crdt/stock-read';

const chunk = 2000;

/**
 * Clears the index and writes every row again; the state vector is written last. Orders that
 * cannot be read are left out of the rows (lists, totals, stock) and listed with their problem.
 */
export async function rebuildIndex(doc: Y.Doc, db: IndexDb): Promise<void> {
	const sv = Y.encodeStateVector(doc);
	const m = maps(doc);
	await db.transaction('rw', [db.orders, db.products, db.customers, db.meta], async () => {
		await db.meta.clear();
		await Promise.all([db.orders.clear(), db.products.clear(), db.customers.clear()]);
	});
	const orderQty = new Map<string, number>();
	const unreadable: UnreadableOrders = {};
	const ids = [...m.orders.keys()];
	for (let i = 0; i < ids.length; i += chunk) {
		const rows: OrderRow[] = [];
		for (const id of ids.slice(i, i + chunk)) {
			const read = checkOrderMap(id, m.orders.get(id));
			if (!read.ok) {
				unreadable[id] = read.problem;
				continue;
			}
			const row = orderRow(read.state);
			for (const [sku, q] of Object.entries(row.stock))
				orderQty.set(sku, (orderQty.get(sku) ?? 0) + q);
			rows.push(row);
		}
		await db.orders.bulkPut(rows);
	}
	const manual = manualBySku(doc);
	const skus = new Set([...m.products.keys(), ...orderQty.keys(), ...manual.keys()]);
	// An unreadable product that no order or movement names gets no row (see unreadableRecords).
	for (const sku of m.products.keys())
		if (!productOf(doc, sku) && !orderQty.has(sku) && !manual.has(sku)) skus.delete(sku);
	const products = [...skus].map((sku) =>
		productRow(sku, {
			product: productOf(doc, sku),
			orderQty: orderQty.get(sku) ?? 0,
			manualQty: manual.get(sku) ?? 0
		})
	);
	const customers = [...m.customers.keys()]
		.map((email) => customerOf(doc, email))
		.filter((c): c is Customer => c !== undefined)
		.map(customerRow);
	await db.transaction('rw', [db.products, db.customers, db.meta], async () => {
		await db.products.bulkPut(products);
		await db.customers.bulkPut(customers);
		await db.meta.bulkPut([
			{ key: unreadableKey, value: unreadable },
			{ key: 'sv', value: sv },
			{ key: 'version', value: indexVersion }
		]);
	});
}
