/**
 * The CRDT layout of a store (see docs/decisions/0001). One Y.Doc holds top-level maps; each
 * order is one nested Y.Map created once, by the device that creates the order, holding:
 *   `o`                 the creation record (JSON text: lines, customer, fees, statuses)
 *   `cust` `methods` `fees` `comments` `ch` `ps` `fs` `trk` `arc` `num` `placed` `cancel`
 *                       later edits, one last-writer-wins JSON value per group of fields
 *                       (`ch`: the sales channel, its own group so that changing it never
 *                       overwrites a concurrent edit of the customer or the fees)
 *   `l:<line>`          a line edited, added or removed after creation
 *   `inv`               the first time the invoice was printed or downloaded `{ at, deviceId }`:
 *                       every later copy is marked "Duplicata"
 *   `isn:<invoice>`     one issued invoice as printed, written once (domain/issued-invoice.ts):
 *                       number, date, content; a correction's new invoice names the one it
 *                       replaces and the credit note that cancelled it (docs/decisions/0027)
 *   `invp:<invoice>`    the first time a correction's invoice was printed `{ at, deviceId }`
 *                       (as `inv` for the first invoice): later copies are "Duplicata"
 *   `num:<device>`      the number a device gave the order when placing a draft (two devices
 *                       placing one draft offline: `num` keeps one, the other is listed voided)
 *   `tag:<tag>`         true/false per tag
 *   `rfe:<refund>`      one refund, written once by the device that made it (refund-record.ts):
 *                       lines, units, restock, shipping, free amount, method, amount, credit-note
 *                       number; distinct refunds never share a key, so all of them count
 *   `rf:<line>:<slot>`  older layout, still read, no longer written: one refunded unit; `rf:ship`
 *                       the refunded shipping: `{ restock, at, deviceId, refundId }`
 *   `pay:<id>`          one payment received: `{ method, amount, at, deviceId }` (payment.ts)
 *   `note:<id>` `msg:<id>` `act:<id>`  append-only notes, messages and activity entries
 * Unedited orders cost two Yjs items; concurrent edits to different groups both survive.
 */
import type * as Y from 'yjs';

/** The top-level maps of a store document. */
export interface StoreMaps {
	orders: Y.Map<Y.Map<unknown>>;
	products: Y.Map<unknown>;
	customers: Y.Map<unknown>;
	/** Manual stock movements (opening, adjustment, count) by key. */
	stock: Y.Map<unknown>;
	tags: Y.Map<unknown>;
	devices: Y.Map<unknown>;
	/**
	 * Last order number used, per device id, and last credit-note number under
	 * `cn:<device>` (creditNoteCounterKey); each written only by that device.
	 */
	counters: Y.Map<number>;
	/**
	 * Setting groups by name, `floor:<device>` raises of the next order number, and
	 * `ch:<channel>` one entry per sales channel added or hidden (see channelSettingKey).
	 */
	settings: Y.Map<unknown>;
}

/** The top-level maps of a document (created on first access, which Yjs merges by name). */
export function maps(doc: Y.Doc): StoreMaps {
	return {
		orders: doc.getMap('orders'),
		products: doc.getMap('products'),
		customers: doc.getMap('customers'),
		stock: doc.getMap('stock'),
		tags: doc.getMap('tags'),
		devices: doc.getMap('devices'),
		counters: doc.getMap('counters'),
		settings: doc.getMap('settings')
	};
}

/** Keys of the single-value groups inside an order map. */
export const orderKeys = {
	created: 'o',
	customer: 'cust',
	methods: 'methods',
	fees: 'fees',
	comments: 'comments',
	channel: 'ch',
	payment: 'ps',
	fulfilment: 'fs',
	tracking: 'trk',
	archived: 'arc',
	number: 'num',
	placed: 'placed',
	cancel: 'cancel',
	invoiceIssued: 'inv',
	shippingRefund: 'rf:ship'
} as const;

/** Key of a line entry. */
export const lineKey = (lineId: string) => `l:${lineId}`;
/** Key of the number a device gave a draft when placing it (see Order.voidedNumbers). */
export const placedNumberKey = (deviceId: string) => `num:${deviceId}`;
/** Key of one refund event. */
export const refundEventKey = (refundId: string) => `rfe:${refundId}`;
/** Key of a device's last credit-note number in the counters map. */
export const creditNoteCounterKey = (deviceId: string) => `cn:${deviceId}`;
/** Key of one refunded unit in the older layout (slot is 1-based); read, no longer written. */
export const refundKey = (lineId: string, slot: number) => `rf:${lineId}:${slot}`;
/** Key of one payment received. */
export const paymentKey = (paymentId: string) => `pay:${paymentId}`;
/** Key of one issued invoice. */
export const issuedInvoiceKey = (invoiceId: string) => `isn:${invoiceId}`;
/** Key of the mark left when a correction's invoice is first printed. */
export const invoicePrintedKey = (invoiceId: string) => `invp:${invoiceId}`;
/** Key of a tag flag. */
export const tagKey = (tagId: string) => `tag:${tagId}`;
/** Key of a sales channel's entry in the settings map (one per channel: edits never collide). */
export const channelSettingKey = (channelId: string) => `ch:${channelId}`;
