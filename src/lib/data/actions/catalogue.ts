/** Products, stock adjustments and counts, customers and tags. */
import { maxStockMove } from '../../domain/bounds';
import { checkCustomer, type Customer } from '../../domain/customer';
import { checkProduct, type Product } from '../../domain/product';
import { fail, ok, type Result } from '../../domain/result';
import { newCount } from '../../domain/stock-count';
import type { StockMovement } from '../../domain/stock-movement';
import { checkTag, type Tag } from '../../domain/tag';
import { checkSku, checkText } from '../../domain/validate';
import { runAction, type ActionContext } from '../crdt/context';
import { maps } from '../crdt/schema';
import { readSettings } from '../crdt/settings-read';
import { latestCountOf } from '../crdt/stock-read';

/** Creates or updates a product; `openingStock` is recorded once, when the SKU is new. */
export function upsertProduct(ctx: ActionContext, input: unknown): Promise<Result<Product>> {
	return runAction(ctx, () => {
		const vatRate = readSettings(ctx.doc).money.defaultVatRate;
		const checked = checkProduct(input, { vatRate });
		if (!checked.ok) return checked;
		const { product, openingStock } = checked.value;
		const m = maps(ctx.doc);
		const isNew = !m.products.has(product.sku);
		// Input without a barcode (an import without that column, an older form) keeps the one set.
		const given = (input as { barcode?: unknown } | null)?.barcode;
		if (given === undefined && !isNew) {
			const before = m.products.get(product.sku) as { barcode?: unknown } | undefined;
			if (typeof before?.barcode === 'string') product.barcode = before.barcode;
		}
		return ok({
			value: product,
			write: () => {
				m.products.set(product.sku, product);
				if (isNew && openingStock !== 0) {
					const key = `opening:${product.sku}`;
					m.stock.set(
						key,
						movement(ctx, { key, sku: product.sku, qty: openingStock, kind: 'opening' })
					);
				}
			}
		});
	});
}

function movement(
	ctx: ActionContext,
	m: Pick<StockMovement, 'key' | 'sku' | 'qty' | 'kind'> & { note?: string }
): StockMovement {
	return { ...m, at: ctx.now(), deviceId: ctx.deviceId };
}

/** Adds or removes units by hand (delivery received, breakage); `delta` is signed. */
export function adjustStock(
	ctx: ActionContext,
	o: { sku: string; delta: unknown; note?: unknown }
): Promise<Result<StockMovement>> {
	return runAction(ctx, () => {
		const sku = checkSku(o.sku);
		if (!sku.ok) return sku;
		if (!maps(ctx.doc).products.has(sku.value)) return fail('product.unknown', { sku: sku.value });
		if (typeof o.delta !== 'number' || !Number.isInteger(o.delta))
			return fail('quantity.notInteger');
		if (o.delta === 0) return fail('stock.zeroAdjustment');
		if (Math.abs(o.delta) > maxStockMove) return fail('quantity.tooLarge');
		const note = checkText(o.note, { field: 'stock.note', max: 200 });
		if (!note.ok) return note;
		const key = `adjustment:${ctx.newId()}`;
		const m = movement(ctx, {
			key,
			sku: sku.value,
			qty: o.delta,
			kind: 'adjustment',
			note: note.value
		});
		return ok({ value: m, write: () => maps(ctx.doc).stock.set(key, m) });
	});
}

/** Records a stock count: the level counted and what the ledger held (stock-count.ts). */
export async function countStock(
	ctx: ActionContext,
	o: { sku: string; counted: unknown }
): Promise<Result<StockMovement>> {
	const known = typeof o.sku === 'string' && maps(ctx.doc).products.has(o.sku);
	const expected = known ? await ctx.levelOf(o.sku) : 0;
	return runAction(ctx, () => {
		const sku = checkSku(o.sku);
		if (!sku.ok) return sku;
		if (!maps(ctx.doc).products.has(sku.value)) return fail('product.unknown', { sku: sku.value });
		const counted = o.counted;
		if (typeof counted !== 'number' || !Number.isInteger(counted))
			return fail('quantity.notInteger');
		if (counted < 0) return fail('quantity.negative');
		if (counted > maxStockMove || Math.abs(counted - expected) > maxStockMove)
			return fail('quantity.tooLarge');
		// An observation: the level seen and what the ledger held, never a difference to add.
		const m = newCount({
			key: `count:${ctx.newId()}`,
			sku: sku.value,
			counted,
			level: expected,
			latest: latestCountOf(ctx.doc, sku.value),
			at: ctx.now(),
			deviceId: ctx.deviceId
		});
		return ok({ value: m, write: () => maps(ctx.doc).stock.set(m.key, m) });
	});
}

/** Creates or updates a customer (the email is the key). */
export function upsertCustomer(ctx: ActionContext, input: unknown): Promise<Result<Customer>> {
	return runAction(ctx, () => {
		const checked = checkCustomer(input, ctx.now());
		if (!checked.ok) return checked;
		const c = checked.value;
		return ok({ value: c, write: () => maps(ctx.doc).customers.set(c.email, c) });
	});
}

/** Creates or updates a tag (name and colour). */
export function upsertTag(ctx: ActionContext, input: unknown): Promise<Result<Tag>> {
	return runAction(ctx, () => {
		const checked = checkTag(input, ctx.newId);
		if (!checked.ok) return checked;
		const tag = checked.value;
		return ok({ value: tag, write: () => maps(ctx.doc).tags.set(tag.id, tag) });
	});
}
