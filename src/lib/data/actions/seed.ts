/**
 * Fills a store with seeded demo data ("fill with demo data", bench, tests). Orders are written
 * 1,000 per transaction, straight as CRDT records with their final statuses, because one
 * transaction per order is ~25× slower in IndexedDB (FACTS §4).
 */
import { demoData } from '../../domain/demo-data';
import { checkOrderContent } from '../../domain/order-input';
import { orderSchemaVersion } from '../../domain/order';
import type { VatRate } from '../../domain/vat';
import { checkProduct } from '../../domain/product';
import { unwrap } from '../../domain/result';
import { cancelRestock } from '../../domain/stock-movement';
import type { ActionContext } from '../crdt/context';
import { insertOrder, writeCustomer } from '../crdt/order-write';
import type { CreatedRecord } from '../crdt/order-read';
import { readOrderMap } from '../crdt/order-read';
import { maps, orderKeys as k, refundKey, tagKey } from '../crdt/schema';
import { rememberDemoFill } from '../journal/demo';
import { readDevice, readNextNumber, readSettings } from '../crdt/settings-read';

/** Writes `orders` demo orders (plus catalogue, customers, tags); resolves once on disk and indexed. */
export async function seedDemo(
	ctx: ActionContext,
	o: { orders: number; seed: number; batch?: number; onProgress?: (done: number) => void }
): Promise<void> {
	const data = demoData({ seed: o.seed, orders: o.orders, now: ctx.now() });
	const m = maps(ctx.doc);
	const settings = readSettings(ctx.doc);
	const vatRate = settings.money.defaultVatRate;
	ctx.doc.transact(() => {
		for (const p of data.products) {
			const { product, openingStock } = unwrap(checkProduct(p, { vatRate }));
			m.products.set(product.sku, product);
			const key = `opening:${product.sku}`;
			const at = ctx.now();
			m.stock.set(key, {
				key,
				sku: product.sku,
				qty: openingStock + 5000,
				kind: 'opening',
				at,
				deviceId: ctx.deviceId
			});
		}
		for (const t of data.tags) m.tags.set(t.id, t);
	}, ctx.origin);
	const device = readDevice(ctx.doc, ctx.deviceId);
	let n = readNextNumber(ctx.doc, ctx.deviceId);
	const first = n;
	const batch = o.batch ?? 1000;
	for (let i = 0; i < data.orders.length; i += batch) {
		ctx.doc.transact(() => {
			for (const demo of data.orders.slice(i, i + batch)) {
				const content = unwrap(
					checkOrderContent(demo.input, { newId: ctx.newId, defaultVatRate: vatRate })
				);
				const record: CreatedRecord = {
					...content,
					schema: orderSchemaVersion,
					createdAt: demo.createdAt,
					deviceId: ctx.deviceId,
					draft: false,
					number: { series: device.series, n: n++, deviceId: ctx.deviceId },
					pricesIncludeVat: settings.money.pricesIncludeVat,
					feeVatRate: vatRate as VatRate,
					paymentStatus:
						demo.payment === 'paid' || demo.payment === 'refunded' ? 'paid' : 'awaiting_payment',
					fulfilmentStatus: demo.fulfilment
				};
				const id = ctx.newId();
				const map = insertOrder(ctx.doc, { id, record });
				// Customers are remembered as real orders remember them, so the Customers screen has data.
				writeCustomer(ctx, content);
				if (demo.archived) map.set(k.archived, true);
				for (const tag of demo.tags) map.set(tagKey(tag), true);
				if (demo.note)
					map.set(`note:${ctx.newId()}`, {
						id: ctx.newId(),
						at: demo.createdAt,
						deviceId: ctx.deviceId,
						text: demo.note
					});
				if (demo.payment === 'refunded') {
					for (const line of content.lines) {
						for (let s = 1; s <= line.quantity; s++)
							map.set(refundKey(line.id, s), {
								restock: true,
								at: demo.createdAt,
								deviceId: ctx.deviceId
							});
					}
					if (content.shippingFee > 0)
						map.set(k.shippingRefund, { at: demo.createdAt, deviceId: ctx.deviceId });
				}
				if (demo.payment === 'cancelled') {
					const state = readOrderMap(id, map);
					const restock = state ? cancelRestock(state.order) : {};
					map.set(k.cancel, { at: demo.createdAt, deviceId: ctx.deviceId, restock });
				}
			}
			m.counters.set(ctx.deviceId, n - 1);
			// Kept out of the journal: demo orders are not sales (journal/demo.ts).
			rememberDemoFill(ctx.doc, {
				deviceId: ctx.deviceId,
				series: device.series,
				from: first,
				to: n - 1,
				at: ctx.now()
			});
			if (!m.devices.has(ctx.deviceId))
				m.devices.set(ctx.deviceId, { ...device, addedAt: ctx.now() });
		}, ctx.origin);
		await ctx.commit();
		o.onProgress?.(Math.min(i + batch, data.orders.length));
	}
}
