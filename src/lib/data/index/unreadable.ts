/** The orders the index leaves out because they cannot be read, kept in its `meta` table. */
import type { IndexDb } from './db';

/** Meta key of the unreadable orders. */
export const unreadableKey = 'unreadable';

/** What is wrong with each unreadable order, by order id. */
export type UnreadableOrders = Record<string, string>;

/** The unreadable orders the index knows of. */
export async function unreadableOrders(db: IndexDb): Promise<UnreadableOrders> {
	return ((await db.meta.get(unreadableKey))?.value ?? {}) as UnreadableOrders;
}
