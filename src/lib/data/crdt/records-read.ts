/**
 * Reads the store's flat records (products, customers, stock movements, tags, devices,
 * channels, settings) through their domain readers: a record that cannot be read is left out
 * here and listed by {@link unreadableRecords} with what is wrong. Nothing is deleted: a newer
 * version may read it.
 */
import type * as Y from 'yjs';
import { attempt } from '../../domain/bounds';
import { readStoredChannel } from '../../domain/channel';
import { readCustomer, type Customer } from '../../domain/customer';
import { readDeviceRecord } from '../../domain/device';
import { readProduct, type Product } from '../../domain/product';
import { defaultSettings, readSettingsGroup, type SettingsGroup } from '../../domain/settings';
import type { StockMovement } from '../../domain/stock-movement';
import { readStockMovement } from '../../domain/stock-movement-read';
import { readTag } from '../../domain/tag';
import { maps } from './schema';

/** Kinds of record a store holds. */
export type RecordKind =
	'order' | 'product' | 'customer' | 'stock' | 'tag' | 'device' | 'channel' | 'settings';

/** A record kept in the store that this version cannot read. */
export interface UnreadableRecord {
	kind: RecordKind;
	/** Its key (order id, SKU, email, movement key, …). */
	id: string;
	/** What is wrong, in plain English (technical detail shown under the translated label). */
	problem: string;
}

/** A product, or undefined when absent or unreadable. */
export function productOf(doc: Y.Doc, sku: string): Product | undefined {
	const value = maps(doc).products.get(sku);
	if (value === undefined) return undefined;
	const read = attempt(() => readProduct(value, sku));
	return read.ok ? read.value : undefined;
}

/** A customer, or undefined when absent or unreadable. */
export function customerOf(doc: Y.Doc, email: string): Customer | undefined {
	const value = maps(doc).customers.get(email);
	if (value === undefined) return undefined;
	const read = attempt(() => readCustomer(value, email));
	return read.ok ? read.value : undefined;
}

/** Every readable manual stock movement (opening, adjustment, count) of some SKUs (all when omitted). */
export function readManualMovements(doc: Y.Doc, skus?: Set<string>): StockMovement[] {
	const out: StockMovement[] = [];
	maps(doc).stock.forEach((value, key) => {
		const read = attempt(() => readStockMovement(value, key));
		if (read.ok && (!skus || skus.has(read.value.sku))) out.push(read.value);
	});
	return out;
}

/** The SKU and quantity a stock entry moves, or undefined when it cannot be read. */
export function movementOf(value: unknown): StockMovement | undefined {
	if (value === undefined) return undefined;
	const read = attempt(() => readStockMovement(value, ''));
	return read.ok ? read.value : undefined;
}

/** Records of every kind but orders that cannot be read (orders: the index keeps them). */
export function unreadableRecords(doc: Y.Doc): UnreadableRecord[] {
	const m = maps(doc);
	const out: UnreadableRecord[] = [];
	const check = (kind: RecordKind, map: Y.Map<unknown>, read: (v: unknown, k: string) => unknown) =>
		map.forEach((value, key) => {
			const r = attempt(() => read(value, key));
			if (!r.ok) out.push({ kind, id: key, problem: r.problem });
		});
	check('product', m.products, readProduct);
	check('customer', m.customers, readCustomer);
	check('stock', m.stock, readStockMovement);
	check('tag', m.tags, readTag);
	check('device', m.devices, readDeviceRecord);
	m.settings.forEach((value, key) => {
		if (key.startsWith('ch:')) {
			const r = attempt(() => readStoredChannel(value, key.slice(3)));
			if (!r.ok) out.push({ kind: 'channel', id: key.slice(3), problem: r.problem });
		} else if (key in defaultSettings) {
			const { fellBack } = readSettingsGroup(key as SettingsGroup, value);
			if (fellBack.length)
				out.push({ kind: 'settings', id: key, problem: `unreadable: ${fellBack.join(', ')}` });
		}
	});
	return out;
}
