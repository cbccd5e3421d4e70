/** The order record: its types, schema version and additive migration. */
import type { RefundEntry, RefundRecord, RefundState } from './refund-record';
import type { Address, CustomerRef } from './address';
import type { IssuedInvoice } from './issued-invoice';
import type { Cents } from './money';
import type { Payment } from './payment';
import type { FulfilmentStatus, PaymentStatus } from './order-status';
import type { Discount } from './totals';
import type { VatRate } from './vat';

/** Version of the order shape this code writes; older peers' shapes are migrated on read. */
export const orderSchemaVersion = 1;

/** One line of an order; `custom` lines are typed by hand and move no stock. */
export interface OrderLine {
	id: string;
	sku: string;
	name: string;
	quantity: number;
	/** Unit price in cents, in the order's price basis (with or without VAT). */
	unitPrice: Cents;
	vatRate: VatRate;
	custom: boolean;
	digital: boolean;
	/** Display position; lines added later go last. */
	pos: number;
}

/** Parcel tracking details. */
export interface Tracking {
	number: string;
	carrier: string;
	url: string;
}

/** An order number: a device's series and its position in it (gap-free per series). */
export interface OrderNumber {
	series: string;
	n: number;
	deviceId: string;
}

/** What a seller types when creating or editing an order. */
export interface OrderContent {
	lines: OrderLine[];
	customer: CustomerRef;
	shippingAddress: Address | null;
	billingAddress: Address | null;
	shippingMethod: string;
	paymentMethod: string;
	customerComments: string;
	/** Shipping fee in cents. */
	shippingFee: Cents;
	/** Handling fee in cents. */
	handlingFee: Cents;
	discount: Discount | null;
	/** Where the order was taken (a channel id); null when unspecified (older orders and peers). */
	channel: string | null;
}

/** A timestamped entry written by one device (note, message). */
export interface LogEntry {
	id: string;
	/** Milliseconds since the epoch. */
	at: number;
	deviceId: string;
	text: string;
	/** For messages: who wrote it. */
	from?: 'seller' | 'customer';
}

/** What a cancellation returned to stock, per line id. */
export interface CancelRecord {
	at: number;
	deviceId: string;
	restock: Record<string, number>;
}

export type { RefundState } from './refund-record';

/** An order as the app sees it, assembled from its CRDT entries. */
export interface Order extends OrderContent {
	id: string;
	schema: number;
	number: OrderNumber | null;
	/** Numbers another device gave this order when placing it at the same time: void, never reused. */
	voidedNumbers: OrderNumber[];
	/** Milliseconds since the epoch. */
	createdAt: number;
	/** Last change, in milliseconds since the epoch. */
	updatedAt: number;
	deviceId: string;
	draft: boolean;
	pricesIncludeVat: boolean;
	feeVatRate: VatRate;
	/** Status chosen by hand (awaiting payment or paid) before refunds and cancellation. */
	basePaymentStatus: PaymentStatus;
	paymentStatus: PaymentStatus;
	fulfilmentStatus: FulfilmentStatus;
	tracking: Tracking | null;
	tags: string[];
	archived: boolean;
	notes: LogEntry[];
	messages: LogEntry[];
	/** Refunded units per line, every refund counted (older records and refund events alike). */
	refunds: RefundState;
	/** One record per refund made since refunds are events (refund-record.ts), oldest first. */
	refundEntries: RefundEntry[];
	/** Older layout: one record per refunded unit and shipping, as stored; absent when not read. */
	refundRecords?: RefundRecord[];
	cancelled: CancelRecord | null;
	/** Payments received, oldest first (payment.ts); absent when not read, empty before any. */
	payments?: Payment[];
	/** When the invoice was first printed or downloaded (ms), or null: later copies are duplicates. */
	invoiceIssuedAt: number | null;
	/** Invoices issued, as printed (issued-invoice.ts), oldest first; empty before the first. */
	issuedInvoices: IssuedInvoice[];
}

/** Fills fields an older peer did not send (migrations only ever add fields with defaults). */
export function migrateOrderRecord(raw: Record<string, unknown>): Record<string, unknown> {
	const out = { ...raw };
	out.schema ??= 0;
	out.customerComments ??= '';
	out.handlingFee ??= 0;
	out.discount ??= null;
	out.billingAddress ??= null;
	out.channel ??= null;
	return out;
}

/** Lines sorted for display: by position, then id so every device shows the same order. */
export function sortLines(lines: OrderLine[]): OrderLine[] {
	return lines.sort((a, b) => a.pos - b.pos || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
