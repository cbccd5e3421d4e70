/**
 * Stock is a ledger: the level of a SKU is the sum of its movements, each under a unique key.
 * Manual movements (adjustment, count) get random keys, so two devices' adjustments both count.
 * Movements caused by orders get keys derived from the order, so the same event on two devices
 * collapses into one: `sale:<order>:<line>`, `edit:<order>:<line>`,
 * `restock:<order>:<line>` (units its refunds put back), `cancel:<order>:<line>`; a product's
 * opening stock is `opening:<sku>`. Order movements are derived from the order's own CRDT
 * entries, so they can never disagree with the order's lines. What goes back to stock for a line
 * (refund restocks, then a cancellation's) never exceeds the units on the line: a cancellation
 * merged with a refund, or two devices' refunds, never restock a unit twice.
 */
import type { Order, OrderLine } from './order';
import { hasShipped } from './order-status';
import { settleCounts } from './stock-count';

/** Why the stock moved. */
export type MovementKind =
	'opening' | 'sale' | 'edit' | 'refund_restock' | 'cancel_restock' | 'adjustment' | 'count';

/** One stock movement: a signed quantity of a SKU. */
export interface StockMovement {
	key: string;
	sku: string;
	/** Signed quantity: negative leaves the stock. */
	qty: number;
	kind: MovementKind;
	/** Milliseconds since the epoch. */
	at: number;
	deviceId: string;
	orderId?: string;
	note?: string;
}

/** Movements an order causes: sale and edits once placed, restocks on refund and cancel. */
export function orderMovements(
	order: Order,
	history: { original: ReadonlyMap<string, number>; removed: readonly OrderLine[] }
): StockMovement[] {
	if (order.draft) return [];
	const out: StockMovement[] = [];
	const base = { at: order.createdAt, deviceId: order.deviceId, orderId: order.id };
	const original = history.original;
	// Removed lines count with quantity 0 so their sale is undone by an edit movement.
	for (const line of [...order.lines, ...history.removed.map((l) => ({ ...l, quantity: 0 }))]) {
		if (line.custom || line.sku === '') continue;
		const first = original.get(line.id) ?? 0;
		const id = `${order.id}:${line.id}`;
		if (first > 0)
			out.push({ ...base, key: `sale:${id}`, sku: line.sku, qty: -first, kind: 'sale' });
		if (line.quantity !== first) {
			out.push({
				...base,
				key: `edit:${id}`,
				sku: line.sku,
				qty: first - line.quantity,
				kind: 'edit'
			});
		}
		const restocked = Math.min(order.refunds.lines[line.id]?.restocked ?? 0, line.quantity);
		if (restocked > 0) {
			const kind = 'refund_restock';
			out.push({ ...base, key: `restock:${id}`, sku: line.sku, qty: restocked, kind });
		}
		const cancelled = order.cancelled?.restock[line.id] ?? 0;
		const back = Math.min(cancelled, line.quantity - restocked);
		if (back > 0)
			out.push({ ...base, key: `cancel:${id}`, sku: line.sku, qty: back, kind: 'cancel_restock' });
	}
	return out;
}

/** What cancelling returns to stock, per line: units not shipped and not already restocked. */
export function cancelRestock(order: Order): Record<string, number> {
	if (hasShipped(order.fulfilmentStatus)) return {};
	const out: Record<string, number> = {};
	for (const line of order.lines) {
		const back = line.quantity - (order.refunds.lines[line.id]?.restocked ?? 0);
		if (!line.custom && line.sku !== '' && back > 0) out[line.id] = back;
	}
	return out;
}

/** Stock level per SKU: the sum of the movements, counts settled (the latest one holds). */
export function levels(movements: Iterable<StockMovement>): Map<string, number> {
	const out = new Map<string, number>();
	for (const m of settleCounts([...movements])) out.set(m.sku, (out.get(m.sku) ?? 0) + m.qty);
	return out;
}

/** A count typed by the seller, stored as the difference from the expected level. */
export function countDelta(o: { counted: number; expected: number }): number {
	return o.counted - o.expected;
}

/** True when more was sold than was in stock (possible after two devices' sales merge). */
export function isOversold(level: number): boolean {
	return level < 0;
}
