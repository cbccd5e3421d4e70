/**
 * Reading an order's stored entries, whoever wrote them (see bounds.ts). Entries that carry
 * money, stock or identity (the creation record, lines, fee and status groups, refund slots,
 * the cancellation) must be readable or the whole order is unreadable; append-only entries that
 * only inform (notes, messages, activity, tag flags) are skipped one by one when malformed.
 * Fields a newer version adds are ignored; fields an older one lacks get their defaults.
 */
import type { ActivityEntry } from './activity';
import type { Address, CustomerRef } from './address';
import {
	maxId,
	maxLines,
	maxLongText,
	maxQuantity,
	readBool,
	readCents,
	readInt,
	readObject,
	readOneOf,
	readText,
	readTime,
	unreadable
} from './bounds';
import { maxCents, type Cents } from './money';
import {
	migrateOrderRecord,
	type CancelRecord,
	type LogEntry,
	type OrderContent,
	type OrderLine,
	type OrderNumber,
	type Tracking
} from './order';
import { fulfilmentStatuses, paymentStatuses } from './order-status';
import type { FulfilmentStatus, PaymentStatus } from './order-status';
import type { Discount } from './totals';
import type { VatRate } from './vat';

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

const vat = (v: unknown, what: string) => readInt(v, { what, min: 0, max: 10_000 }) as VatRate;
const id = (v: unknown, what: string) => readText(v, { what, max: maxId });

/** Reads one line (`what` names it in the problem). */
export function readOrderLine(value: unknown, what: string): OrderLine {
	const v = readObject(value, what);
	const quantity = readInt(v.quantity, { what: `${what} quantity`, min: 0, max: maxQuantity });
	const unitPrice = readCents(v.unitPrice, `${what} unitPrice`) as Cents;
	if (quantity * unitPrice > maxCents) unreadable(`${what}: quantity × unitPrice is too large`);
	return {
		id: id(v.id, `${what} id`),
		sku: readText(v.sku, { what: `${what} sku`, max: maxId, fallback: '' }),
		name: readText(v.name, { what: `${what} name`, fallback: '' }),
		quantity,
		unitPrice,
		vatRate: vat(v.vatRate, `${what} vatRate`),
		custom: readBool(v.custom, `${what} custom`, false),
		digital: readBool(v.digital, `${what} digital`, false),
		pos: readInt(v.pos, { what: `${what} pos`, min: -1e9, max: 1e9, fallback: 0 })
	};
}

/** Reads a line entry `l:<id>`: a line, or the marker of a removed line. */
export function readLineEntry(value: unknown, lineId: string): OrderLine | 'removed' {
	const v = readObject(value, `line ${lineId}`);
	if (v.removed === true) return 'removed';
	return readOrderLine(v, `line ${lineId}`);
}

function readCustomerRef(value: unknown): CustomerRef {
	const v = value == null ? {} : readObject(value, 'customer');
	return {
		email: readText(v.email, { what: 'customer email', max: 254, fallback: '' }),
		name: readText(v.name, { what: 'customer name', fallback: '' }),
		phone: readText(v.phone, { what: 'customer phone', fallback: '' })
	};
}

function readAddress(value: unknown, what: string): Address | null {
	if (value == null) return null;
	const v = readObject(value, what);
	const field = (f: keyof Address) => readText(v[f], { what: `${what} ${f}`, fallback: '' });
	return {
		name: field('name'),
		line1: field('line1'),
		line2: field('line2'),
		postcode: field('postcode'),
		city: field('city'),
		country: field('country')
	};
}

function readDiscount(value: unknown): Discount | null {
	if (value == null) return null;
	const v = readObject(value, 'discount');
	if (v.kind === 'percent')
		return { kind: 'percent', percent: readInt(v.percent, { what: 'discount', min: 0, max: 1e4 }) };
	if (v.kind === 'amount')
		return { kind: 'amount', amount: readCents(v.amount, 'discount') as Cents };
	return unreadable(`discount kind is not amount or percent`);
}

function readNumber(value: unknown): OrderNumber | null {
	if (value == null) return null;
	const v = readObject(value, 'number');
	return {
		series: readText(v.series, { what: 'number series', max: 40 }),
		n: readInt(v.n, { what: 'number', min: 0, max: Number.MAX_SAFE_INTEGER }),
		deviceId: id(v.deviceId, 'number deviceId')
	};
}

/** Reads the creation record `o` (JSON text, or an object from older versions). */
export function readCreatedRecord(stored: unknown): CreatedRecord {
	let raw: unknown = stored;
	if (typeof stored === 'string') {
		try {
			raw = JSON.parse(stored);
		} catch {
			unreadable('its creation record is not valid JSON');
		}
	}
	const o = migrateOrderRecord(readObject(raw, 'its creation record'));
	if (!Array.isArray(o.lines)) unreadable('its lines are not a list');
	if (o.lines.length > maxLines) unreadable(`it has more than ${maxLines} lines`);
	const content = {
		...readGroup('cust', o, true),
		...readGroup('methods', o, true),
		...readGroup('fees', o, true),
		...readGroup('comments', o, true),
		...readGroup('ch', o, true)
	} as Omit<OrderContent, 'lines'>;
	return {
		...content,
		lines: o.lines.map((l: unknown, i: number) => readOrderLine(l, `line ${i + 1}`)),
		schema: readInt(o.schema, { what: 'schema', min: 0, max: 1e6 }),
		createdAt: readTime(o.createdAt, 'createdAt'),
		deviceId: id(o.deviceId, 'deviceId'),
		draft: readBool(o.draft, 'draft', false),
		number: readNumber(o.number),
		pricesIncludeVat: readBool(o.pricesIncludeVat, 'pricesIncludeVat', true),
		feeVatRate: vat(o.feeVatRate, 'feeVatRate'),
		paymentStatus: readOneOf(o.paymentStatus, { what: 'paymentStatus', allowed: paymentStatuses }),
		fulfilmentStatus: readOneOf(o.fulfilmentStatus, {
			what: 'fulfilmentStatus',
			allowed: fulfilmentStatuses
		})
	};
}

/** Field groups stored under their own keys after creation (see data/crdt/schema.ts). */
export type GroupKey = 'cust' | 'methods' | 'fees' | 'comments' | 'ch';

/**
 * Reads one group of content fields from its stored value. A group written later keeps only the
 * fields it holds (an older peer's group lacks newer fields, which keep their earlier value);
 * `complete` fills every field (the creation record).
 */
export function readGroup(key: GroupKey, value: unknown, complete = false): Partial<OrderContent> {
	const v = readObject(value, `group ${key}`);
	const out = readFields(key, v);
	if (!complete)
		for (const f of Object.keys(out)) if (!(f in v)) delete out[f as keyof OrderContent];
	return out;
}

function readFields(key: GroupKey, v: Record<string, unknown>): Partial<OrderContent> {
	const text = (f: string, max?: number) => readText(v[f], { what: f, max, fallback: '' });
	switch (key) {
		case 'cust':
			return {
				customer: readCustomerRef(v.customer),
				shippingAddress: readAddress(v.shippingAddress, 'shipping address'),
				billingAddress: readAddress(v.billingAddress, 'billing address')
			};
		case 'methods':
			return { shippingMethod: text('shippingMethod'), paymentMethod: text('paymentMethod') };
		case 'fees':
			return {
				shippingFee: readCents(v.shippingFee, 'shippingFee', 0) as Cents,
				handlingFee: readCents(v.handlingFee, 'handlingFee', 0) as Cents,
				discount: readDiscount(v.discount)
			};
		case 'comments':
			return { customerComments: text('customerComments', maxLongText) };
		case 'ch':
			return v.channel == null ? { channel: null } : { channel: id(v.channel, 'channel') };
	}
}

/** Reads a `{ status, at }` value of `ps` or `fs`. */
export function readStatus<T extends string>(value: unknown, allowed: readonly T[]): T {
	const v = readObject(value, 'status');
	return readOneOf(v.status, { what: 'status', allowed });
}

/** Reads the payment status entry `ps`. */
export const readPaymentEntry = (v: unknown) => readStatus(v, paymentStatuses);
/** Reads the fulfilment status entry `fs`. */
export const readFulfilmentEntry = (v: unknown) => readStatus(v, fulfilmentStatuses);

/** Reads the cancellation record. */
export function readCancel(value: unknown): CancelRecord {
	const v = readObject(value, 'cancellation');
	const restock: Record<string, number> = {};
	const stored = v.restock == null ? {} : readObject(v.restock, 'cancellation restock');
	for (const [line, qty] of Object.entries(stored))
		restock[line] = readInt(qty, { what: 'cancellation restock', min: 0, max: maxQuantity });
	return {
		at: readTime(v.at, 'cancellation date', 0),
		deviceId: readText(v.deviceId, { what: 'cancellation device', max: maxId, fallback: '' }),
		restock
	};
}

/** Reads the tracking entry (null when removed). */
export function readTracking(value: unknown): Tracking | null {
	if (value == null) return null;
	const v = readObject(value, 'tracking');
	const text = (f: string, max = 2000) =>
		readText(v[f], { what: `tracking ${f}`, max, fallback: '' });
	return { number: text('number', 200), carrier: text('carrier', 200), url: text('url') };
}

/** Reads an order number entry `num`. */
export const readNumberEntry = readNumber;

/** Reads a refund slot: an object whose fields older versions may lack. */
export function readRefundSlot(value: unknown, what: string) {
	const v = readObject(value, what);
	return {
		restock: readBool(v.restock, `${what} restock`, false),
		at: readTime(v.at, `${what} date`, 0),
		deviceId: readText(v.deviceId, { what: `${what} device`, max: maxId, fallback: '' }),
		refundId: v.refundId == null ? undefined : id(v.refundId, `${what} refundId`)
	};
}

/** A note or message entry, or null when malformed (it is then skipped). */
export function readLogEntry(value: unknown, entryId: string): LogEntry | null {
	try {
		const v = readObject(value, 'entry');
		const entry: LogEntry = {
			id: id(v.id ?? entryId, 'id'),
			at: readTime(v.at, 'at'),
			deviceId: readText(v.deviceId, { what: 'device', max: maxId, fallback: '' }),
			text: readText(v.text, { what: 'text', max: maxLongText })
		};
		if (v.from === 'seller' || v.from === 'customer') entry.from = v.from;
		return entry;
	} catch {
		return null;
	}
}

/** An activity entry, or null when malformed (it is then skipped). */
export function readActivityEntry(value: unknown, entryId: string): ActivityEntry | null {
	try {
		const v = readObject(value, 'activity');
		const detail: Record<string, string | number> = {};
		const stored = v.detail == null ? {} : readObject(v.detail, 'detail');
		for (const [k, d] of Object.entries(stored)) {
			if (typeof d === 'string') detail[k] = d.slice(0, maxLongText);
			else if (typeof d === 'number' && Number.isFinite(d)) detail[k] = d;
		}
		// Fields shown as money or counts must be what the actions write, or the entry is skipped
		// (it would read "NaN €").
		if (detail.amount !== undefined) readCents(detail.amount, 'amount');
		if (detail.units !== undefined)
			readInt(detail.units, { what: 'units', min: 0, max: maxQuantity });
		if (detail.n !== undefined)
			readInt(detail.n, { what: 'n', min: 1, max: Number.MAX_SAFE_INTEGER });
		return {
			id: entryId,
			at: readTime(v.at, 'at'),
			deviceId: readText(v.deviceId, { what: 'device', max: maxId, fallback: '' }),
			kind: readText(v.kind, { what: 'kind', max: 40 }) as ActivityEntry['kind'],
			detail
		};
	} catch {
		return null;
	}
}
