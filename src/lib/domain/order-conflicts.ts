/**
 * Conflicts a merge can leave on an order, flagged for a person to settle (like "oversold" for
 * stock): nothing is dropped to make them go away. Two devices offline can refund more units
 * than were sold, lower a quantity another device was refunding, refund more than was paid,
 * refund the shipping twice, or cancel an order another device took payment for or refunded.
 * Each flag names the refunds involved, so the screen shows them side by side.
 */
import type { Cents } from './money';
import type { Order } from './order';
import { paidAmount, refundedAmount } from './order-money';
import { invoiceConflicts, type InvoiceConflict } from './issued-invoice';
import { legacyState } from './refund-record';

/** One conflict on an order; amounts in cents. */
export type OrderConflict =
	| {
			kind: 'overRefunded' | 'aboveQuantity';
			lineId: string;
			name: string;
			refunded: number;
			sold: number;
			refunds: string[];
	  }
	| { kind: 'abovePaid'; refunded: Cents; paid: Cents; refunds: string[] }
	| { kind: 'shippingTwice'; refunds: string[] }
	| { kind: 'cancelledButPaid' | 'cancelledAndRefunded'; refunds: string[] }
	| { kind: 'duplicateNumber'; refunds: string[] }
	| (InvoiceConflict & { refunds: string[] });

/** The conflicts of an order, in a fixed order (lines as listed, then money, then cancellation). */
export function orderConflicts(order: Order): OrderConflict[] {
	const out: OrderConflict[] = [];
	const touching = (lineId: string) =>
		order.refundEntries.filter((e) => e.lines.some((l) => l.lineId === lineId)).map((e) => e.id);
	const original = new Map(
		order.refundEntries.flatMap((e) => e.lines.map((l) => [l.lineId, l.name]))
	);
	const lines = new Map(order.lines.map((l) => [l.id, l]));
	for (const [lineId, r] of Object.entries(order.refunds.lines)) {
		const line = lines.get(lineId);
		const sold = line?.quantity ?? 0;
		if (r.qty <= sold) continue;
		const ids = touching(lineId);
		// Refunds that each fit the quantity they saw, but not the quantity an edit left.
		const seenAbove = order.refundEntries.some((e) =>
			e.lines.some((l) => l.lineId === lineId && l.qty > sold)
		);
		const kind = ids.length > 1 && !seenAbove ? 'overRefunded' : 'aboveQuantity';
		const name = line?.name ?? original.get(lineId) ?? '';
		out.push({ kind, lineId, name, refunded: r.qty, sold, refunds: ids });
	}
	const paid = paidAmount(order);
	const refunded = refundedAmount(order);
	if (refunded > paid) {
		out.push({ kind: 'abovePaid', refunded, paid, refunds: order.refundEntries.map((e) => e.id) });
	}
	const shippingRefunds = order.refundEntries.filter((e) => e.shipping > 0).map((e) => e.id);
	const legacyShipping = legacyState(order).shipping ? 1 : 0;
	if (shippingRefunds.length + legacyShipping > 1)
		out.push({ kind: 'shippingTwice', refunds: shippingRefunds });
	if (order.cancelled) {
		const ids = order.refundEntries.map((e) => e.id);
		const refundedAny = ids.length > 0 || Object.keys(legacyState(order).lines).length > 0;
		if (refundedAny) out.push({ kind: 'cancelledAndRefunded', refunds: ids });
		else if (order.basePaymentStatus === 'paid')
			out.push({ kind: 'cancelledButPaid', refunds: [] });
	}
	for (const c of invoiceConflicts(order)) out.push({ ...c, refunds: [] });
	return out;
}
