/** Reads for detail screens, straight from the CRDT or the index. */
import type * as Y from 'yjs';
import type { ActivityEntry } from '../../domain/activity';
import { isAbandoned } from '../../domain/draft';
import { formatOrderNumber, isDuplicateNumber } from '../../domain/numbering';
import type { Order } from '../../domain/order';
import { orderConflicts, type OrderConflict } from '../../domain/order-conflicts';
import { paidAmount, refundedAmount } from '../../domain/order-money';
import { nextFulfilmentStatuses } from '../../domain/order-status';
import { refundEvents, type RefundEvent } from '../../domain/refund-events';
import { orderMovements, type StockMovement } from '../../domain/stock-movement';
import { readTag, type Tag } from '../../domain/tag';
import { attempt } from '../../domain/bounds';
import { computeTotals, type Totals } from '../../domain/totals';
import type { IndexDb } from '../index/db';
import { readOrder } from '../crdt/order-read';
import { manualMovements } from '../crdt/stock-read';
import { maps } from '../crdt/schema';
import { readDevices, readSettings } from '../crdt/settings-read';

/** Everything the order screen shows. Amounts in cents. */
export interface OrderDetail {
	order: Order;
	/** Formatted number with prefix and suffix ('' for a draft). */
	displayNumber: string;
	totals: Totals;
	paid: number;
	refunded: number;
	abandoned: boolean;
	activity: ActivityEntry[];
	/** The order's refunds, oldest first: date, device, units per line, shipping, amount. */
	refunds: RefundEvent[];
	/** Fulfilment statuses the seller may pick next. */
	nextFulfilment: string[];
	/** What a merge left for a person to settle (over-refunded, cancelled while paid…). */
	conflicts: OrderConflict[];
}

/** One order with totals, money and activity, or null. */
export function orderDetail(doc: Y.Doc, o: { id: string; now: number }): OrderDetail | null {
	const state = readOrder(doc, o.id);
	if (!state) return null;
	const { order } = state;
	const settings = readSettings(doc);
	return {
		order,
		displayNumber: order.number ? formatOrderNumber(order.number, settings.numbering) : '',
		totals: computeTotals(order),
		paid: paidAmount(order),
		refunded: refundedAmount(order),
		abandoned: isAbandoned({ order, now: o.now, hours: settings.orders.abandonedCartHours }),
		activity: state.activity,
		refunds: refundEvents(order),
		nextFulfilment: nextFulfilmentStatuses({
			from: order.fulfilmentStatus,
			payment: order.paymentStatus
		}),
		conflicts: [...orderConflicts(order), ...numberConflicts(doc, order)]
	};
}

// Two devices that picked one series offline can both give (series, n): flag it before printing.
function numberConflicts(doc: Y.Doc, order: Order): OrderConflict[] {
	if (!order.number) return [];
	const counters = maps(doc).counters;
	const devices = readDevices(doc).map((d) => ({ ...d, lastUsed: counters.get(d.id) ?? 0 }));
	return isDuplicateNumber({ number: order.number, devices })
		? [{ kind: 'duplicateNumber', refunds: [] }]
		: [];
}

/** The stock ledger of one SKU, oldest first: manual movements and those of its orders. */
export async function stockMovements(
	doc: Y.Doc,
	o: { db: IndexDb; sku: string }
): Promise<StockMovement[]> {
	const manual = manualMovements(doc, new Set([o.sku]));
	const ids = await o.db.orders.where('skus').equals(o.sku).primaryKeys();
	const fromOrders = ids.flatMap((id) => {
		const state = readOrder(doc, id);
		return state ? orderMovements(state.order, state).filter((m) => m.sku === o.sku) : [];
	});
	return [...manual, ...fromOrders].sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : 1));
}

/** Every tag, by name. */
export function listTags(doc: Y.Doc): Tag[] {
	const out: Tag[] = [];
	maps(doc).tags.forEach((value, id) => {
		const read = attempt(() => readTag(value, id));
		if (read.ok) out.push(read.value);
	});
	return out.sort((a, b) => a.name.localeCompare(b.name));
}
