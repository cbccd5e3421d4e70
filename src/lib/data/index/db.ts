/** The Dexie index: tables the list screens query. Rebuildable from the CRDT at any time. */
import Dexie, { type Table } from 'dexie';
import type { FulfilmentStatus, PaymentStatus } from '../../domain/order-status';

/** Which list an order belongs to. */
export type OrderView = 'active' | 'archived' | 'draft';

/** One order as the list screens see it. Amounts in cents, dates in ms since the epoch. */
export interface OrderRow {
	id: string;
	view: OrderView;
	createdAt: number;
	updatedAt: number;
	/** Order number in its series (0 for drafts). */
	n: number;
	series: string;
	/** Sorts by number: n zero-padded, then series. */
	numberKey: string;
	paymentStatus: PaymentStatus;
	fulfilmentStatus: FulfilmentStatus;
	customerName: string;
	customerEmail: string;
	/** Folded customer name (or email) for sorting. */
	customerKey: string;
	/** Total in cents. */
	total: number;
	/** Refunded in cents. */
	refunded: number;
	itemCount: number;
	tags: string[];
	paymentMethod: string;
	shippingMethod: string;
	/** Sales channel id; '' when unspecified (IndexedDB cannot index null in a compound key). */
	channel: string;
	words: string[];
	/** Units this order takes out of stock, per SKU (negative) or returns. */
	stock: Record<string, number>;
	/** SKUs of its lines, to find the orders that moved a product's stock. */
	skus: string[];
}

/** One product with its stock level. */
export interface ProductRow {
	sku: string;
	name: string;
	nameKey: string;
	/** Price in cents. */
	price: number;
	vatRate: number;
	trackStock: boolean;
	digital: boolean;
	archived: boolean;
	/** Barcode ('' when none; absent in rows indexed before barcodes). */
	barcode?: string;
	/** False for a SKU sold in an order but missing from the catalogue. */
	known: boolean;
	/** Sum of movements caused by orders. */
	orderQty: number;
	/** Sum of opening, adjustment and count movements. */
	manualQty: number;
	level: number;
	/** 1 when the level is below zero (sold more than was in stock after a merge). */
	oversold: 0 | 1;
}

/** One customer. */
export interface CustomerRow {
	email: string;
	name: string;
	nameKey: string;
	phone: string;
	city: string;
}

/** Bookkeeping: the CRDT state vector the index reflects, and the index version. */
export interface MetaRow {
	key: string;
	value: unknown;
}

/** Bump when rows change shape: every device then rebuilds its index once. */
// 3: payment methods are ids; phones (any spacing), cities, postcodes and tracking are words.
export const indexVersion = 3;

/** The index database of one store. */
export class IndexDb extends Dexie {
	orders!: Table<OrderRow, string>;
	products!: Table<ProductRow, string>;
	customers!: Table<CustomerRow, string>;
	meta!: Table<MetaRow, string>;

	constructor(name: string) {
		super(name);
		this.version(1).stores({
			orders:
				'id, [view+createdAt+id], [view+numberKey+id], [view+total+id], [view+customerKey+id], ' +
				'[view+paymentStatus], [view+fulfilmentStatus], [view+paymentMethod], ' +
				'[view+shippingMethod], *tags, *words, *skus',
			products: 'sku, nameKey, level',
			customers: 'email, nameKey',
			meta: 'key'
		});
		// Version 2 indexes the sales channel; the indexer rebuilds every row (indexVersion 2).
		this.version(2).stores({
			orders:
				'id, [view+createdAt+id], [view+numberKey+id], [view+total+id], [view+customerKey+id], ' +
				'[view+paymentStatus], [view+fulfilmentStatus], [view+paymentMethod], ' +
				'[view+shippingMethod], [view+channel], *tags, *words, *skus'
		});
	}
}
