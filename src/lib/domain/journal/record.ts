/** What one journal entry says: a money event, a document, a closing or a settings change. */
import type { Json } from './canonical';

/** Kinds of journal records (the events article 286 I-3° bis asks a till to keep). */
export const journalKinds = [
	'sale',
	'payment',
	'refund',
	'cancel',
	'invoice',
	'credit-note',
	'reprint',
	'closing',
	'settings'
] as const;

/** One kind of journal record. */
export type JournalKind = (typeof journalKinds)[number];

/** Takings at one VAT rate (basis points), in signed cents: net + vat = gross. */
export interface RateAmount {
	rate: number;
	net: number;
	vat: number;
	gross: number;
}

/** Money received by one payment method, in signed cents (refunds are negative). */
export interface MethodAmount {
	method: string;
	amount: number;
}

/** A journal record: what was hashed. `seq` counts from 1 per device, without gaps. */
export interface JournalRecord {
	v: 1;
	device: string;
	seq: number;
	/** Milliseconds since the epoch, on the writing device's clock. */
	at: number;
	kind: JournalKind;
	/** What the event is about: an order id, a document number, a period. */
	ref: string;
	/** Change of takings by VAT rate (sales positive, refunds and cancellations negative). */
	sales: RateAmount[];
	/** Money received or paid back, by payment method. */
	pay: MethodAmount[];
	/** Kind-specific details (order number, lines, closing totals…). */
	info: { [key: string]: Json };
}

/** A record before the journal gives it its device and sequence number. */
export type JournalEvent = Omit<JournalRecord, 'v' | 'device' | 'seq'>;

/** True when a parsed value has the shape of a journal record. */
export function isJournalRecord(v: Json): v is Json & JournalRecord {
	if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
	const r = v as Record<string, Json>;
	return (
		r.v === 1 &&
		typeof r.device === 'string' &&
		typeof r.seq === 'number' &&
		r.seq >= 1 &&
		typeof r.at === 'number' &&
		typeof r.kind === 'string' &&
		(journalKinds as readonly string[]).includes(r.kind) &&
		typeof r.ref === 'string' &&
		Array.isArray(r.sales) &&
		r.sales.every(isRateAmount) &&
		Array.isArray(r.pay) &&
		r.pay.every(isMethodAmount) &&
		typeof r.info === 'object' &&
		r.info !== null &&
		!Array.isArray(r.info)
	);
}

function isRateAmount(v: Json): boolean {
	if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
	return ['rate', 'net', 'vat', 'gross'].every((k) => typeof v[k] === 'number');
}

function isMethodAmount(v: Json): boolean {
	if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
	return typeof v.method === 'string' && typeof v.amount === 'number';
}
