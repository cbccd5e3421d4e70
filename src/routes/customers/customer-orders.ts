/** A customer's orders from the order list, and what they spent over time. */
import type { PaymentStatus } from '$lib/domain/order-status';

/** The order-list fields this screen reads. Amounts in cents. */
export interface CustomerOrderRow {
	id: string;
	customerEmail: string;
	paymentStatus: PaymentStatus;
	total: number;
	refunded: number;
}

/** Keeps the rows of exactly this email: the list search matches word prefixes only. */
export function ordersOf<R extends CustomerOrderRow>(rows: readonly R[], email: string): R[] {
	const wanted = email.trim().toLowerCase();
	return rows.filter((r) => r.customerEmail.toLowerCase() === wanted);
}

const spent: ReadonlySet<PaymentStatus> = new Set(['paid', 'partially_refunded', 'refunded']);

/** What the customer paid and kept, in cents: paid orders' totals minus their refunds. */
export function lifetimeTotal(rows: readonly CustomerOrderRow[]): {
	total: number;
	paidOrders: number;
} {
	let total = 0;
	let paidOrders = 0;
	for (const r of rows) {
		if (!spent.has(r.paymentStatus)) continue;
		total += r.total - r.refunded;
		paidOrders++;
	}
	return { total, paidOrders };
}
