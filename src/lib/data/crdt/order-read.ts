/** Assembles an Order from its CRDT entries (the inverse of order-write.ts). */
import * as Y from 'yjs';
import type { ActivityEntry } from '../../domain/activity';
import { mergeActivity } from '../../domain/activity';
import { attempt, readInt, unreadable } from '../../domain/bounds';
import {
	sortLines,
	type LogEntry,
	type Order,
	type OrderLine,
	type OrderNumber
} from '../../domain/order';
import { effectivePaymentStatus } from '../../domain/order-money';
import {
	readActivityEntry,
	readCancel,
	readCreatedRecord,
	readFulfilmentEntry,
	readGroup,
	readLineEntry,
	readLogEntry,
	readNumberEntry,
	readPaymentEntry,
	readRefundSlot,
	readTracking,
	type GroupKey
} from '../../domain/order-record';
import {
	addEntries,
	readRefundEntry,
	type RefundEntry,
	type RefundRecord
} from '../../domain/refund-record';
import { readPayment, sortPayments, sumPayments, type Payment } from '../../domain/payment';
import { readIssuedInvoice, sortInvoices, type IssuedInvoice } from '../../domain/issued-invoice';
import { paymentMethodId } from '../../domain/payment-method';
import { computeTotals } from '../../domain/totals';
import { maps, orderKeys as k } from './schema';

/** The creation record stored under `o` (read and checked in domain/order-record.ts). */
export type { CreatedRecord } from '../../domain/order-record';

/** An order with what stock arithmetic needs: quantities at creation and removed lines. */
export interface OrderState {
	order: Order;
	activity: ActivityEntry[];
	original: Map<string, number>;
	removed: OrderLine[];
}

/** An order read from the CRDT: its state, or what makes it unreadable (it is then left out). */
export type OrderRead = { ok: true; state: OrderState } | { ok: false; problem: string };

/** Reads one order, or null if it does not exist or cannot be read. */
export function readOrder(doc: Y.Doc, id: string): OrderState | null {
	const map = maps(doc).orders.get(id);
	return map === undefined ? null : readOrderMap(id, map);
}

/** Reads one order with the reason when it cannot be read; null if it does not exist. */
export function readOrderEntry(doc: Y.Doc, id: string): OrderRead | null {
	const orders = maps(doc).orders;
	return orders.has(id) ? checkOrderMap(id, orders.get(id)) : null;
}

/** Reads an order from its nested map; null when it cannot be read (never throws). */
export function readOrderMap(id: string, map: unknown): OrderState | null {
	const read = checkOrderMap(id, map);
	return read.ok ? read.state : null;
}

/** Reads an order from its nested map, or says why it cannot (never throws). */
export function checkOrderMap(id: string, map: unknown): OrderRead {
	const read = attempt(() => {
		if (!(map instanceof Y.Map)) return unreadable('it is not an order map');
		return assemble(id, map as Y.Map<unknown>);
	});
	return read.ok ? { ok: true, state: read.value } : { ok: false, problem: read.problem };
}

const groupKeys: GroupKey[] = ['methods', 'fees', 'comments', 'ch', 'cust'];

function assemble(id: string, map: Y.Map<unknown>): OrderState {
	if (!map.has(k.created)) unreadable('its creation record is missing');
	const o = readCreatedRecord(map.get(k.created));
	const lines = new Map(o.lines.map((l) => [l.id, l]));
	const original = new Map(o.lines.map((l) => [l.id, l.quantity]));
	const removed: OrderLine[] = [];
	const tags: string[] = [];
	const refunds: Order['refunds'] = { lines: {}, shipping: false };
	const refundRecords: RefundRecord[] = [];
	const refundEntries: RefundEntry[] = [];
	const payments: Payment[] = [];
	const issuedInvoices: IssuedInvoice[] = [];
	const placedNumbers: OrderNumber[] = [];
	const notes: LogEntry[] = [];
	const messages: LogEntry[] = [];
	const activity: ActivityEntry[] = [
		{ id: `${id}:created`, at: o.createdAt, deviceId: o.deviceId, kind: 'created', detail: {} }
	];
	map.forEach((value, key) => {
		const colon = key.indexOf(':');
		if (colon < 0) return;
		const kind = key.slice(0, colon);
		const rest = key.slice(colon + 1);
		if (kind === 'l') {
			const line = readLineEntry(value, rest);
			if (line === 'removed') {
				const before = lines.get(rest);
				if (before) removed.push(before);
				lines.delete(rest);
			} else lines.set(rest, { ...line, id: rest });
		} else if (kind === 'tag' && value === true) tags.push(rest);
		else if (kind === 'num') {
			const placedNumber = attempt(() => readNumberEntry(value));
			if (placedNumber.ok && placedNumber.value) placedNumbers.push(placedNumber.value);
		} else if (kind === 'rfe') {
			const entry = readRefundEntry(rest, value);
			if (entry) refundEntries.push(entry);
		} else if (kind === 'rf' && rest === 'ship') {
			refunds.shipping = true;
			refundRecords.push(refundRecord(null, 0, value));
		} else if (kind === 'rf') {
			const lineId = rest.slice(0, rest.lastIndexOf(':'));
			const what = `refund slot ${rest}`;
			const slot = readInt(Number(rest.slice(lineId.length + 1)), { what, min: 1, max: 1e6 });
			const record = refundRecord(lineId, slot, value);
			const entry = (refunds.lines[lineId] ??= { qty: 0, restocked: 0 });
			entry.qty++;
			if (record.restock) entry.restocked++;
			refundRecords.push(record);
		} else if (kind === 'isn') {
			const invoice = readIssuedInvoice(rest, value);
			if (invoice) issuedInvoices.push(invoice);
		} else if (kind === 'pay') {
			const payment = readPayment(rest, value);
			if (payment) payments.push(payment);
		} else if (kind === 'note' || kind === 'msg') {
			const entry = readLogEntry(value, rest);
			if (entry) (kind === 'note' ? notes : messages).push(entry);
		} else if (kind === 'act') {
			const entry = readActivityEntry(value, rest);
			if (entry) activity.push(entry);
		}
	});
	if (lines.size > 1000) unreadable('it has more than 1000 lines');
	const content = {};
	for (const key of groupKeys)
		if (map.has(key)) Object.assign(content, readGroup(key, map.get(key)));
	const has = (key: string) => map.has(key) && map.get(key) != null;
	const placed = has(k.placed);
	const number = has(k.number) ? readNumberEntry(map.get(k.number)) : o.number;
	const base = {
		...o,
		...content,
		// Older devices stored the method's words in their language: read them as ids.
		paymentMethod: paymentMethodId(
			(content as { paymentMethod?: string }).paymentMethod ?? o.paymentMethod
		),
		id,
		number,
		voidedNumbers: placedNumbers
			.filter((p) => !number || p.series !== number.series || p.n !== number.n)
			.sort((a, b) => (a.series < b.series ? -1 : a.series > b.series ? 1 : a.n - b.n)),
		draft: o.draft && !placed,
		updatedAt: Math.max(o.createdAt, ...activity.map((a) => a.at)),
		lines: sortLines([...lines.values()]),
		basePaymentStatus: has(k.payment) ? readPaymentEntry(map.get(k.payment)) : o.paymentStatus,
		fulfilmentStatus: has(k.fulfilment)
			? readFulfilmentEntry(map.get(k.fulfilment))
			: o.fulfilmentStatus,
		tracking: readTracking(map.get(k.tracking)),
		archived: map.get(k.archived) === true,
		tags: tags.sort(),
		notes: notes.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1)),
		messages: messages.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1)),
		// Every refund counts: older unit records and refund events are added, never capped.
		refunds: addEntries(refunds, refundEntries),
		refundEntries: refundEntries.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1)),
		refundRecords,
		cancelled: has(k.cancel) ? readCancel(map.get(k.cancel)) : null,
		payments: sortPayments(payments),
		invoiceIssuedAt: issuedAt(map.get(k.invoiceIssued) as { at?: unknown } | undefined),
		issuedInvoices: sortInvoices(issuedInvoices)
	};
	// Payments taken apart (a deposit here, the balance there) make the order paid once they
	// cover its total, whichever device saw the last one.
	if (payments.length && base.basePaymentStatus === 'awaiting_payment') {
		if (sumPayments(payments) >= computeTotals(base).total) base.basePaymentStatus = 'paid';
	}
	delete (base as { paymentStatus?: unknown }).paymentStatus;
	const order: Order = { ...base, paymentStatus: effectivePaymentStatus(base) };
	return { order, activity: mergeActivity(activity), original, removed };
}

// Records come from peers of any version: `refundId` is absent on those written before it.
function refundRecord(lineId: string | null, slot: number, value: unknown): RefundRecord {
	const v = readRefundSlot(
		value,
		lineId === null ? 'shipping refund' : `refund slot ${lineId}:${slot}`
	);
	const record: RefundRecord = { lineId, slot, restock: v.restock, at: v.at, deviceId: v.deviceId };
	if (v.refundId !== undefined) record.refundId = v.refundId;
	return record;
}

// Any value under `inv` means issued, even one without a date from an odd peer.
function issuedAt(value: { at?: unknown } | undefined): number | null {
	if (value === undefined || value === null) return null;
	return typeof value.at === 'number' ? value.at : 0;
}
