/**
 * Product import, one batch per transaction: a file of 100k rows is a few hundred batches, each
 * one write, one disk flush and one index update (not one per row). Batches are idempotent (a
 * product already as the file says is unchanged, opening stock has one key per SKU), so an
 * import stopped half-way is resumed by importing the same file again.
 */
import { importedProduct, type ImportedProduct, type Product } from '../../domain/product';
import { ok, type Result } from '../../domain/result';
import { runAction, type ActionContext } from '../crdt/context';
import { productOf } from '../crdt/records-read';
import { maps } from '../crdt/schema';
import { readSettings } from '../crdt/settings-read';

/** Rows per batch the screens send (a few hundred: each batch is one transaction). */
export const importBatchSize = 500;

/** What one batch did; `refused` gives each refused row's index in the batch and its code. */
export interface BatchOutcome {
	created: number;
	updated: number;
	unchanged: number;
	refused: { index: number; code: string }[];
}

/** Writes one batch of imported rows in one transaction. */
export function importProductBatch(
	ctx: ActionContext,
	rows: readonly ImportedProduct[]
): Promise<Result<BatchOutcome>> {
	return runAction(ctx, () => {
		const defaultVatRate = readSettings(ctx.doc).money.defaultVatRate;
		const out: BatchOutcome = { created: 0, updated: 0, unchanged: 0, refused: [] };
		const writes: { product: Product; openingStock: number; isNew: boolean }[] = [];
		const seen = new Map<string, Product>();
		rows.forEach((row, index) => {
			const existing = seen.get(row?.sku) ?? productOf(ctx.doc, row?.sku);
			const r = importedProduct(row, { existing, defaultVatRate });
			if (!r.ok) return out.refused.push({ index, code: r.error.code });
			const { product, openingStock, outcome } = r.value;
			seen.set(product.sku, product);
			if (outcome === 'unchanged') return out.unchanged++;
			if (outcome === 'new') out.created++;
			else out.updated++;
			writes.push({ product, openingStock, isNew: outcome === 'new' });
		});
		return ok({
			value: out,
			write: () => {
				const m = maps(ctx.doc);
				for (const w of writes) {
					m.products.set(w.product.sku, w.product);
					const key = `opening:${w.product.sku}`;
					if (w.isNew && w.openingStock !== 0 && !m.stock.has(key)) {
						m.stock.set(key, {
							key,
							sku: w.product.sku,
							qty: w.openingStock,
							kind: 'opening',
							at: ctx.now(),
							deviceId: ctx.deviceId
						});
					}
				}
			}
		});
	});
}

/** How each row of a file would change the catalogue (for the preview; writes nothing). */
export function previewProductImport(
	ctx: Pick<ActionContext, 'doc'>,
	rows: readonly ImportedProduct[]
): ('new' | 'updated' | 'unchanged' | 'refused')[] {
	const defaultVatRate = readSettings(ctx.doc).money.defaultVatRate;
	return rows.map((row) => {
		const r = importedProduct(row, { existing: productOf(ctx.doc, row.sku), defaultVatRate });
		return r.ok ? r.value.outcome : 'refused';
	});
}
