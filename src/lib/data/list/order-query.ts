/** The order list's query and page shapes, shared by the in-memory and the Dexie paths. */
import type { FulfilmentStatus, PaymentStatus } from '../../domain/order-status';
import type { ListRow } from './list-row';
import type { Cursor, OrderSort } from './query-plan';

/** Filters, sort and page of the order list. Dates in ms since the epoch, `to` exclusive. */
export interface OrderQuery {
	/** Default 'active'; 'all' is active and archived; 'abandoned' is drafts older than the delay. */
	view?: 'active' | 'archived' | 'all' | 'drafts' | 'abandoned';
	paymentStatus?: PaymentStatus[];
	fulfilmentStatus?: FulfilmentStatus[];
	from?: number;
	to?: number;
	tag?: string;
	paymentMethod?: string;
	shippingMethod?: string;
	/** A channel id, or `unspecifiedChannel` ('unspecified') for orders without one. */
	channel?: string;
	/** Words matched as prefixes of number, customer name, email, phone, SKU, item name, notes. */
	search?: string;
	/** Default 'date'. */
	sort?: OrderSort;
	/** Default 'desc'. */
	dir?: 'asc' | 'desc';
	/** Default 50. */
	limit?: number;
	after?: Cursor | null;
	/** Needed for 'abandoned': now in ms and the delay in hours. */
	now?: number;
	abandonedCartHours?: number;
}

/** One page of orders and the cursor of the next page (null at the end). */
export interface OrderPage {
	rows: ListRow[];
	next: Cursor | null;
}
