/**
 * Who created an order, read from its creation record (`o`), for what sync tells the seller:
 * orders made here that no other device holds yet, and orders another device made that just
 * arrived. Sync code asks these instead of parsing the order layout itself.
 */
import type * as Y from 'yjs';
import { maps, orderKeys } from './schema';

/** The id of the device that created this order map, or null if unreadable. */
export function orderCreator(order: unknown): string | null {
	if (!order || typeof (order as Y.Map<unknown>).get !== 'function') return null;
	const created = (order as Y.Map<unknown>).get(orderKeys.created);
	try {
		const record = (typeof created === 'string' ? JSON.parse(created) : created) as {
			deviceId?: unknown;
		} | null;
		return typeof record?.deviceId === 'string' ? record.deviceId : null;
	} catch {
		return null;
	}
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
	/** Whether a transaction origin is another device (a peer room, a relay). */
	isRemote: (origin: unknown) => boolean;
}

/** Calls `listener` with the ids of new orders another device created; returns the stop function. */
export function watchArrivingOrders(
	doc: Y.Doc,
	watch: ArrivalWatch,
	listener: (ids: string[]) => void
): () => void {
	const orders = maps(doc).orders;
	const observer = (event: Y.YMapEvent<Y.Map<unknown>>) => {
		if (!watch.isRemote(event.transaction.origin)) return;
		const ids: string[] = [];
		for (const [id, change] of event.changes.keys) {
			if (change.action !== 'add') continue;
			const creator = orderCreator(orders.get(id));
			if (creator !== watch.deviceId) ids.push(id);
		}
		if (ids.length > 0) listener(ids);
	};
	orders.observe(observer);
	return () => orders.unobserve(observer);
}
