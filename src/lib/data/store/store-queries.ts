/** The queries of an open store. List queries read the index and work before the CRDT loads. */
import type * as Y from 'yjs';
import { fold } from '../../domain/search';
import { readCashCounts } from '../actions/drawer';
import type { IndexDb } from '../index/db';
import type { ListCache } from '../list/cache';
import { listOrders, type OrderQuery } from '../list/queries';
import {
	readChannels,
	readDevice,
	readDevices,
	readNextNumber,
	readSettings
} from '../crdt/settings-read';
import { readOrderEntry } from '../crdt/order-read';
import { customerOf, unreadableRecords, type UnreadableRecord } from '../crdt/records-read';
import { unreadableOrders } from '../index/unreadable';
import { previewProductImport } from '../actions/product-import';
import type { ImportedProduct } from '../../domain/product';
import { listTags, orderDetail, stockMovements } from './store-reads';

/** Builds the query functions of a store. */
export function createQueries(o: { doc: Y.Doc; db: IndexDb; now: () => number; cache: ListCache }) {
	const { doc, db } = o;
	return {
		/** A page of the order list (see OrderQuery). */
		listOrders: (q: OrderQuery = {}) => {
			const settings = readSettings(doc);
			return listOrders(
				db,
				{ now: o.now(), abandonedCartHours: settings.orders.abandonedCartHours, ...q },
				{ numbering: settings.numbering, cache: o.cache }
			);
		},
		/** Number of orders in a view of the list. */
		countOrders: (view: 'active' | 'archived' | 'draft') =>
			db.orders.where('[view+createdAt+id]').between([view], [view, []]).count(),
		/** One order with totals, activity and allowed next statuses (needs whenSynced). */
		getOrder: (id: string) => orderDetail(doc, { id, now: o.now() }),
		/** Products with stock level, by name; `oversold` keeps only those below zero. */
		listProducts: async (q: { search?: string; oversold?: boolean } = {}) => {
			const rows = await db.products.orderBy('nameKey').toArray();
			const s = fold(q.search ?? '');
			return rows.filter(
				(r) =>
					(!q.oversold || r.oversold === 1) &&
					(s === '' ||
						r.nameKey.includes(s) ||
						fold(r.sku).includes(s) ||
						(r.barcode !== undefined && r.barcode !== '' && r.barcode === q.search?.trim()))
			);
		},
		/** Customers whose name or email starts with the search, by name. */
		listCustomers: async (q: { search?: string; limit?: number } = {}) => {
			const s = fold(q.search ?? '');
			const coll = s
				? db.customers.where('nameKey').startsWith(s).or('email').startsWith(s)
				: db.customers.orderBy('nameKey');
			return coll.limit(q.limit ?? 50).toArray();
		},
		/** A customer's remembered details (from the CRDT). */
		getCustomer: (email: string) => customerOf(doc, email.trim().toLowerCase()) ?? null,
		/** The stock ledger of a SKU. */
		stockMovements: (sku: string) => stockMovements(doc, { db, sku }),
		/** Settings with defaults. */
		settings: () => readSettings(doc),
		/** Cash counts recorded at days' ends, newest first. */
		cashCounts: () => readCashCounts(doc),
		/** Sales channels: built-ins, then custom ones in the order added (hidden ones included). */
		channels: () => readChannels(doc),
		/** Tags by name. */
		tags: () => listTags(doc),
		/** Devices of the store, and this one. */
		devices: () => readDevices(doc),
		device: (deviceId: string) => readDevice(doc, deviceId),
		/** Why an order cannot be read (it is then kept, but left out of lists, totals and stock). */
		orderProblem: (id: string): string | null => {
			const read = readOrderEntry(doc, id);
			return read && !read.ok ? read.problem : null;
		},
		/** Every record kept in the store that this version cannot read, with what is wrong. */
		unreadable: async (): Promise<UnreadableRecord[]> => {
			const orders = Object.entries(await unreadableOrders(db)).map(([id, problem]) => ({
				kind: 'order' as const,
				id,
				problem
			}));
			return [...orders, ...unreadableRecords(doc)];
		},
		/** What importing each row would do: new, updated, unchanged or refused (writes nothing). */
		previewProductImport: (rows: readonly ImportedProduct[]) => previewProductImport({ doc }, rows),
		/** The number the given device will give its next order. */
		nextNumber: (deviceId: string) => readNextNumber(doc, deviceId)
	};
}
