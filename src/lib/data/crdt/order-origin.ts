/**
 * Who created an order, read from its creation record (`o`), for what sync tells the seller:
 * orders made here that no other device holds yet, and orders another device made that just
 * arrived. Sync code asks these instead of parsing the order layout itself.
 */
import type * as Y from 'yjs';
import { maps, orderKeys } from './schema';

/** The creation record of an order map, or null if unreadable. */
function creationRecord(order: unknown): { deviceId?: unknown; draft?: unknown } | null {
	if (!order || typeof (order as Y.Map<unknown>).get !== 'function') return null;
	const created = (order as Y.Map<unknown>).get(orderKeys.created);
	try {
		const record: unknown = typeof created === 'string' ? JSON.parse(created) : created;
		return record && typeof record === 'object' ? record : null;
	} catch {
		return null;
	}
}

/** The id of the device that created this order map, or null if unreadable. */
export function orderCreator(order: unknown): string | null {
	const deviceId = creationRecord(order)?.deviceId;
	return typeof deviceId === 'string' ? deviceId : null;
}

/** Whether this order map is a draft nobody has placed yet. */
function isUnplacedDraft(order: unknown): boolean {
	return creationRecord(order)?.draft === true && !(order as Y.Map<unknown>).has(orderKeys.placed);
}

/** Ids of the orders `deviceId` created for which `where` (asked first: it should be cheap) holds. */
export function ordersCreatedBy(
	doc: Y.Doc,
	deviceId: string,
	where: (order: Y.Map<unknown>) => boolean = () => true
): string[] {
	const ids: string[] = [];
	maps(doc).orders.forEach((order, id) => {
		if (where(order) && orderCreator(order) === deviceId) ids.push(id);
	});
	return ids;
}

/** Options of {@link watchArrivingOrders}. */
export interface ArrivalWatch {
	/** This device: orders it created itself are not arrivals (a restored backup, a tab). */
	deviceId: string;
	/** Whether a transaction origin brings another device's orders (a peer room, a relay, a backup). */
	isRemote: (origin: unknown) => boolean;
}

/**
 * Calls `listener` with the ids of new orders another device created, as they arrive from a
 * remote origin; returns the stop function.
 *
 * Not arrivals: drafts (they are not orders yet), and the device's first sync — while it holds
 * no order another device created, what comes in is the shop's existing book (a fresh device
 * pairing, or restoring a backup), not news. Orders are never deleted, so once it holds one it
 * stays settled. The cost: in a brand-new shop the very first order another device makes is
 * taken as the first sync.
 */
export function watchArrivingOrders(
	doc: Y.Doc,
	watch: ArrivalWatch,
	listener: (ids: string[]) => void
): () => void {
	const orders = maps(doc).orders;
	const byOther = (order: unknown) => {
		const creator = orderCreator(order);
		return creator !== null && creator !== watch.deviceId;
	};
	// Read once here; afterwards every added order updates it (the observer runs after a change).
	let settled = false;
	for (const order of orders.values()) if ((settled = byOther(order))) break;
	const observer = (event: Y.YMapEvent<Y.Map<unknown>>) => {
		const added: string[] = [];
		for (const [id, change] of event.changes.keys) {
			if (change.action !== 'add') continue;
			if (byOther(orders.get(id))) added.push(id);
		}
		if (added.length === 0) return;
		const firstSync = !settled;
		settled = true;
		if (firstSync || !watch.isRemote(event.transaction.origin)) return;
		const ids = added.filter((id) => !isUnplacedDraft(orders.get(id)));
		if (ids.length > 0) listener(ids);
	};
	orders.observe(observer);
	return () => orders.unobserve(observer);
}
