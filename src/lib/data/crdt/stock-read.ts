/** Reads the stock ledger from a store document: manual movements plus those orders cause. */
import type * as Y from 'yjs';
import {
	isObservation,
	latestCount,
	settleCounts,
	type StockCount
} from '../../domain/stock-count';
import { orderMovements, levels, type StockMovement } from '../../domain/stock-movement';
import { readOrderMap } from './order-read';
import { readManualMovements } from './records-read';
import { maps } from './schema';

/** Every movement of the ledger (reads every order: for rebuilds, tests and ledger screens). */
export function allMovements(doc: Y.Doc): StockMovement[] {
	const m = maps(doc);
	const out = manualMovements(doc);
	m.orders.forEach((map, id) => {
		const state = readOrderMap(id, map);
		if (state) out.push(...orderMovements(state.order, state));
	});
	return out;
}

/** Stock level of one SKU: the sum of its movements. */
export function stockLevel(doc: Y.Doc, sku: string): number {
	return levels(allMovements(doc).filter((m) => m.sku === sku)).get(sku) ?? 0;
}

/** Movements of the ledger for one SKU, oldest first. */
export function movementsOf(doc: Y.Doc, sku: string): StockMovement[] {
	return allMovements(doc)
		.filter((m) => m.sku === sku)
		.sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : 1));
}

/** Sum of manual movements (opening, adjustment, the latest count) for some SKUs. */
export function manualBySku(doc: Y.Doc, skus?: Set<string>): Map<string, number> {
	const out = new Map<string, number>();
	for (const m of manualMovements(doc, skus)) out.set(m.sku, (out.get(m.sku) ?? 0) + m.qty);
	return out;
}

/** Manual movements of some SKUs (all when omitted), counts settled (stock-count.ts). */
export function manualMovements(doc: Y.Doc, skus?: Set<string>): StockMovement[] {
	return settleCounts(readManualMovements(doc, skus));
}

/** The latest count of a SKU (stored as an observation), or null. */
export function latestCountOf(doc: Y.Doc, sku: string): StockCount | null {
	const counts = readManualMovements(doc, new Set([sku])).filter(isObservation);
	return latestCount(counts);
}
