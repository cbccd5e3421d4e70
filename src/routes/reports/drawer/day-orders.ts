/**
 * The orders whose cash moved during a day: those placed that day, those refunded since, and
 * older orders that took a payment that day (a deposit or the balance of an order placed
 * earlier). The last are found from the list rows' `updatedAt` (it moves with every payment),
 * so only the orders touched that day are read in full.
 */
import { session } from '$lib/app/session.svelte';
import type { Order } from '$lib/domain/order';
import { ordersOfQuery } from '$lib/ui/paper/paper-kit';

/** Every order that may hold a cash move in `[from, to)` (ms), each once. */
export async function ordersOfCashDay(range: { from: number; to: number }): Promise<Order[]> {
	const store = session.store;
	await store.whenSynced;
	const byId = new Map<string, Order>();
	for (const q of [
		{ view: 'all' as const, from: range.from, to: range.to },
		{
			view: 'all' as const,
			to: range.from,
			paymentStatus: ['partially_refunded' as const, 'refunded' as const]
		}
	]) {
		for await (const page of ordersOfQuery(q)) for (const p of page) byId.set(p.order.id, p.order);
	}
	let after = null;
	for (;;) {
		const page = await store.queries.listOrders({
			view: 'all',
			to: range.from,
			paymentStatus: ['awaiting_payment', 'paid'],
			limit: 1000,
			after
		});
		for (const row of page.rows) {
			if (row.updatedAt < range.from || byId.has(row.id)) continue;
			const detail = store.queries.getOrder(row.id);
			if (detail) byId.set(row.id, detail.order);
		}
		if (!page.next) break;
		after = page.next;
	}
	return [...byId.values()];
}
