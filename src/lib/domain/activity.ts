/**
 * The activity log of an order: every change with time, device and what changed. Each entry
 * has its own key, so logs written on two devices merge without loss; they are shown in time
 * order, ties broken by device then id so every device shows the same sequence.
 */

/** What happened to an order. */
export type ActivityKind =
	| 'created'
	| 'placed'
	| 'edited'
	| 'payment'
	| 'fulfilment'
	| 'refund'
	| 'cancelled'
	| 'archived'
	| 'unarchived'
	| 'tagged'
	| 'untagged'
	| 'note'
	| 'message'
	| 'tracking'
	| 'channel';

/** One entry of an order's activity log. */
export interface ActivityEntry {
	id: string;
	/** Milliseconds since the epoch. */
	at: number;
	deviceId: string;
	kind: ActivityKind;
	/** What changed, e.g. `{ from: 'paid', to: 'refunded' }`; values are plain text or numbers. */
	detail: Record<string, string | number>;
}

/** Merges activity logs from any number of devices into one time-ordered list without duplicates. */
export function mergeActivity(...logs: readonly (readonly ActivityEntry[])[]): ActivityEntry[] {
	const byId = new Map<string, ActivityEntry>();
	for (const log of logs) for (const e of log) byId.set(e.id, e);
	return [...byId.values()].sort(compareActivity);
}

/** Orders two entries by time, then device, then id. */
export function compareActivity(a: ActivityEntry, b: ActivityEntry): number {
	if (a.at !== b.at) return a.at - b.at;
	if (a.deviceId !== b.deviceId) return a.deviceId < b.deviceId ? -1 : 1;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
