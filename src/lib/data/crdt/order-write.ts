/** Writing helpers shared by order actions. */
import * as Y from 'yjs';
import { rememberCustomer, type Customer } from '../../domain/customer';
import type { OrderContent, OrderNumber } from '../../domain/order';
import { fail, ok, type Result } from '../../domain/result';
import type { ActionContext } from './context';
import { readOrderMap, type OrderState } from './order-read';
import type { CreditNoteNumber } from '../../domain/refund-record';
import { creditNoteCounterKey, maps, orderKeys as k, lineKey } from './schema';
import { readDevice, readNextNumber } from './settings-read';

/** An order's map and its current state, or `order.unknown`. */
export function loadOrder(
	ctx: ActionContext,
	id: unknown
): Result<{ map: Y.Map<unknown>; state: OrderState }> {
	const map = typeof id === 'string' ? maps(ctx.doc).orders.get(id) : undefined;
	const state = map && typeof id === 'string' ? readOrderMap(id, map) : null;
	if (!map || !state) return fail('order.unknown');
	return ok({ map, state });
}

/** Plans the next number of this device's series; `write` records it as used. */
export function planNumber(ctx: ActionContext): { number: OrderNumber; write: () => void } {
	const device = readDevice(ctx.doc, ctx.deviceId);
	// Another tab of this browser may have given a number this tab has not received yet.
	const n = Math.max(
		readNextNumber(ctx.doc, ctx.deviceId),
		(ctx.issued?.last(ctx.deviceId) ?? 0) + 1
	);
	const number = { series: device.series, n, deviceId: ctx.deviceId };
	return {
		number,
		write: () => {
			const m = maps(ctx.doc);
			if (!m.devices.has(ctx.deviceId))
				m.devices.set(ctx.deviceId, { ...device, addedAt: ctx.now() });
			m.counters.set(ctx.deviceId, n);
			ctx.issued?.record(ctx.deviceId, n);
		}
	};
}

/**
 * Plans this device's next credit-note number (its own counter, in its own series, written only
 * by this device); `write` records it as used. Taken when the refund is made, never moved.
 */
export function planCreditNoteNumber(ctx: ActionContext): {
	number: CreditNoteNumber;
	write: () => void;
} {
	const device = readDevice(ctx.doc, ctx.deviceId);
	const m = maps(ctx.doc);
	const key = creditNoteCounterKey(ctx.deviceId);
	const n = Math.max(m.counters.get(key) ?? 0, ctx.issued?.last(key) ?? 0) + 1;
	return {
		number: { series: device.series, n, deviceId: ctx.deviceId },
		write: () => {
			if (!m.devices.has(ctx.deviceId))
				m.devices.set(ctx.deviceId, { ...device, addedAt: ctx.now() });
			m.counters.set(key, n);
			ctx.issued?.record(key, n);
		}
	};
}

/** Remembers the order's customer details (email is the key). */
export function writeCustomer(ctx: ActionContext, content: OrderContent): void {
	const customers = maps(ctx.doc).customers;
	const known = customers.get(content.customer.email) as Customer | undefined;
	const customer = rememberCustomer({ order: content, known, now: ctx.now() });
	if (customer) customers.set(customer.email, customer);
}

/** The field groups of an order's content, as stored under their own keys. */
export function contentGroups(c: OrderContent): Record<string, unknown> {
	return {
		[k.customer]: {
			customer: c.customer,
			shippingAddress: c.shippingAddress,
			billingAddress: c.billingAddress
		},
		[k.methods]: { shippingMethod: c.shippingMethod, paymentMethod: c.paymentMethod },
		[k.fees]: { shippingFee: c.shippingFee, handlingFee: c.handlingFee, discount: c.discount },
		[k.comments]: { customerComments: c.customerComments },
		[k.channel]: { channel: c.channel }
	};
}

/**
 * Writes only the groups and lines that differ from the current state, so a concurrent edit of
 * other fields on another device survives the merge. Returns the names of what changed.
 */
export function writeContentChanges(o: {
	map: Y.Map<unknown>;
	before: OrderContent;
	after: OrderContent;
}): string[] {
	const changed: string[] = [];
	const before = contentGroups(o.before);
	for (const [key, value] of Object.entries(contentGroups(o.after))) {
		if (JSON.stringify(value) !== JSON.stringify(before[key])) {
			o.map.set(key, value);
			changed.push(key);
		}
	}
	const oldLines = new Map(o.before.lines.map((l) => [l.id, l]));
	for (const line of o.after.lines) {
		if (JSON.stringify(oldLines.get(line.id)) !== JSON.stringify(line)) {
			o.map.set(lineKey(line.id), line);
			if (!changed.includes('lines')) changed.push('lines');
		}
		oldLines.delete(line.id);
	}
	for (const id of oldLines.keys()) {
		o.map.set(lineKey(id), { removed: true });
		if (!changed.includes('lines')) changed.push('lines');
	}
	return changed;
}

/**
 * Creates a new order map with its creation record, stored as JSON text: Yjs decodes a string
 * far faster than a nested value and keeps it in less memory; it is parsed only when read.
 */
export function insertOrder(doc: Y.Doc, o: { id: string; record: object }): Y.Map<unknown> {
	const map = new Y.Map<unknown>();
	map.set(k.created, JSON.stringify(o.record));
	maps(doc).orders.set(o.id, map);
	return map;
}
