/** Index rows computed from CRDT state: the same function serves live updates and rebuilds. */
import type { Customer } from '../../domain/customer';
import { refundedAmount } from '../../domain/order-money';
import type { Product } from '../../domain/product';
import { fold, orderWords } from '../../domain/search';
import { orderMovements } from '../../domain/stock-movement';
import { computeTotals } from '../../domain/totals';
import type { CustomerRow, OrderRow, ProductRow } from './db';
import type { OrderState } from '../crdt/order-read';

/** The index row of an order. */
export function orderRow(state: OrderState): OrderRow {
	const { order } = state;
	const stock: Record<string, number> = {};
	for (const m of orderMovements(order, state)) stock[m.sku] = (stock[m.sku] ?? 0) + m.qty;
	for (const sku of Object.keys(stock)) if (stock[sku] === 0) delete stock[sku];
	const number = order.number;
	return {
		id: order.id,
		view: order.draft ? 'draft' : order.archived ? 'archived' : 'active',
		createdAt: order.createdAt,
		updatedAt: order.updatedAt,
		n: number?.n ?? 0,
		series: number?.series ?? '',
		numberKey: number ? `${String(number.n).padStart(10, '0')}-${number.series}` : '',
		paymentStatus: order.paymentStatus,
		fulfilmentStatus: order.fulfilmentStatus,
		customerName: order.customer.name,
		customerEmail: order.customer.email,
		customerKey: fold(order.customer.name || order.customer.email),
		total: computeTotals(order).total,
		refunded: refundedAmount(order),
		itemCount: order.lines.reduce((a, l) => a + l.quantity, 0),
		tags: order.tags,
		paymentMethod: order.paymentMethod,
		shippingMethod: order.shippingMethod,
		channel: order.channel ?? '',
		words: orderWords(order, number ? `${number.series}-${number.n}` : ''),
		stock,
		skus: [...new Set(order.lines.map((l) => l.sku).filter((sku) => sku !== ''))]
	};
}

/** The index row of a product, given its stock sums. */
export function productRow(
	sku: string,
	o: { product: Product | undefined; orderQty: number; manualQty: number }
): ProductRow {
	const p = o.product;
	const level = o.orderQty + o.manualQty;
	return {
		sku,
		name: p?.name ?? sku,
		nameKey: fold(p?.name ?? sku),
		price: p?.price ?? 0,
		vatRate: p?.vatRate ?? 0,
		trackStock: p?.trackStock ?? true,
		digital: p?.digital ?? false,
		archived: p?.archived ?? false,
		barcode: p?.barcode ?? '',
		known: p !== undefined,
		orderQty: o.orderQty,
		manualQty: o.manualQty,
		level,
		oversold: level < 0 && (p?.trackStock ?? true) ? 1 : 0
	};
}

/** The index row of a customer. */
export function customerRow(c: Customer): CustomerRow {
	return {
		email: c.email,
		name: c.name,
		nameKey: fold(c.name || c.email),
		phone: c.phone,
		city: c.shippingAddress?.city ?? c.billingAddress?.city ?? ''
	};
}
