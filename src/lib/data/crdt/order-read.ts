/** Assembles an Order from its CRDT entries (the inverse of order-write.ts). */
import type * as Y from 'yjs';
import type { ActivityEntry } from '../../domain/activity';
import { mergeActivity } from '../../domain/activity';
import {
	migrateOrderRecord,
	sortLines,
	type CancelRecord,
	type LogEntry,
	type Order,
	type OrderContent,
	type OrderLine,
	type OrderNumber
} from '../../domain/order';
import { effectivePaymentStatus } from '../../domain/order-money';
import {
	addEntries,
	readRefundEntry,
	type RefundEntry,
	type RefundRecord
} from '../../domain/refund-record';
import type { FulfilmentStatus, PaymentStatus } from '../../domain/order-status';
import type { VatRate } from '../../domain/vat';
import { maps, orderKeys as k } from './schema';

/** The creation record stored under `o`. */
export interface CreatedRecord extends OrderContent {
	schema: number;
	createdAt: number;
	deviceId: string;
	draft: boolean;
	number: OrderNumber | null;
	pricesIncludeVat: boolean;
	feeVatRate: VatRate;
	paymentStatus: PaymentStatus;
	fulfilmentStatus: FulfilmentStatus;
}

/** An order with what stock arithmetic needs: quantities at creation and removed lines. */
export interface OrderState {
	order: Order;
	activity: ActivityEntry[];
	original: Map<string, number>;
	removed: OrderLine[];
}

/** Reads one order, or null if it does not exist. */
export function readOrder(doc: Y.Doc, id: string): OrderState | null {
	const map = maps(doc).orders.get(id);
	return map ? readOrderMap(id, map) : null;
}

/** Reads an order from its nested map. */
export function readOrderMap(id: string, map: Y.Map<unknown>): OrderState | null {
	const stored = map.get(k.created) as string | Record<string, unknown> | undefined;
	if (!stored) return null;
	const raw = typeof stored === 'string' ? (JSON.parse(stored) as Record<string, unknown>) : stored;
	const o = migrateOrderRecord(raw) as unknown as CreatedRecord;
	const lines = new Map(o.lines.map((l) => [l.id, l]));
	const original = new Map(o.lines.map((l) => [l.id, l.quantity]));
	const removed: OrderLine[] = [];
	const tags: string[] = [];
	const refunds: Order['refunds'] = { lines: {}, shipping: false };
	const refundRecords: RefundRecord[] = [];
	const refundEntries: RefundEntry[] = [];
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
			const line = value as OrderLine & { removed?: boolean };
			if (line.removed) {
				const before = lines.get(rest);
				if (before) removed.push(before);
				lines.delete(rest);
			} else lines.set(rest, line);
		} else if (kind === 'tag' && value === true) tags.push(rest);
		else if (kind === 'num') placedNumbers.push(value as OrderNumber);
		else if (kind === 'rfe') {
			const entry = readRefundEntry(rest, value);
			if (entry) refundEntries.push(entry);
		} else if (kind === 'rf' && rest === 'ship') {
			refunds.shipping = true;
			refundRecords.push(refundRecord(null, 0, value));
		} else if (kind === 'rf') {
			const lineId = rest.slice(0, rest.lastIndexOf(':'));
			const entry = (refunds.lines[lineId] ??= { qty: 0, restocked: 0 });
			entry.qty++;
			if ((value as { restock?: boolean }).restock) entry.restocked++;
			refundRecords.push(refundRecord(lineId, Number(rest.slice(lineId.length + 1)), value));
		} else if (kind === 'note') notes.push(value as LogEntry);
		else if (kind === 'msg') messages.push(value as LogEntry);
		else if (kind === 'act') activity.push({ ...(value as ActivityEntry), id: rest });
	});
	const get = <T>(key: string): T | undefined => map.get(key) as T | undefined;
	const placed = get<{ at: number }>(k.placed);
	const customer = get<Pick<Order, 'customer' | 'shippingAddress' | 'billingAddress'>>(k.customer);
	const number = get<OrderNumber>(k.number) ?? o.number;
	const base = {
		...o,
		...get<Pick<Order, 'shippingMethod' | 'paymentMethod'>>(k.methods),
		...get<Pick<Order, 'shippingFee' | 'handlingFee' | 'discount'>>(k.fees),
		...get<Pick<Order, 'customerComments'>>(k.comments),
		...get<Pick<Order, 'channel'>>(k.channel),
		...customer,
		id,
		number,
		voidedNumbers: placedNumbers
			.filter((p) => !number || p.series !== number.series || p.n !== number.n)
			.sort((a, b) => (a.series < b.series ? -1 : a.series > b.series ? 1 : a.n - b.n)),
		draft: o.draft && !placed,
		updatedAt: Math.max(o.createdAt, ...activity.map((a) => a.at)),
		lines: sortLines([...lines.values()]),
		basePaymentStatus: get<{ status: PaymentStatus }>(k.payment)?.status ?? o.paymentStatus,
		fulfilmentStatus: get<{ status: FulfilmentStatus }>(k.fulfilment)?.status ?? o.fulfilmentStatus,
		tracking: get<Order['tracking']>(k.tracking) ?? null,
		archived: get<boolean>(k.archived) === true,
		tags: tags.sort(),
		notes: notes.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1)),
		messages: messages.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1)),
		// Every refund counts: older unit records and refund events are added, never capped.
		refunds: addEntries(refunds, refundEntries),
		refundEntries: refundEntries.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1)),
		refundRecords,
		cancelled: get<CancelRecord>(k.cancel) ?? null,
		invoiceIssuedAt: issuedAt(get<{ at?: unknown }>(k.invoiceIssued))
	};
	delete (base as { paymentStatus?: unknown }).paymentStatus;
	const order: Order = { ...base, paymentStatus: effectivePaymentStatus(base) };
	return { order, activity: mergeActivity(activity), original, removed };
}

// Records come from peers of any version: `refundId` is absent on those written before it.
function refundRecord(lineId: string | null, slot: number, value: unknown): RefundRecord {
	const v = (value ?? {}) as Partial<RefundRecord>;
	const record: RefundRecord = {
		lineId,
		slot,
		restock: v.restock === true,
		at: typeof v.at === 'number' ? v.at : 0,
		deviceId: typeof v.deviceId === 'string' ? v.deviceId : ''
	};
	if (typeof v.refundId === 'string') record.refundId = v.refundId;
	return record;
}

// Any value under `inv` means issued, even one without a date from an odd peer.
function issuedAt(value: { at?: unknown } | undefined): number | null {
	if (value === undefined || value === null) return null;
	return typeof value.at === 'number' ? value.at : 0;
}
