/**
 * Issued invoices never change (docs/decisions/0027). When an order is first invoiced (paid, or
 * its invoice printed or downloaded) the invoice it makes is stored as printed, under its own key
 * `isn:<id>`, written once by one device. Reprints render that record, never the order. Changing
 * the money of an invoiced order writes, in one transaction, a new record with a new number (the
 * editing device's next order number) that names the invoice it replaces and the credit note
 * (the editing device's next credit-note number) that cancels it.
 *
 * Merges: records are never overwritten, so no number ever carries two contents unless two
 * devices froze the same first invoice from different contents before they met; that, and one
 * invoice corrected on two devices (two credit notes, two new invoices), are flagged.
 */
import type { InvoiceData } from './invoice-content';
import { moneyKey, orderMoneyKey } from './invoice-content';
import type { Order, OrderNumber } from './order';
import type { CreditNoteNumber } from './refund-record';
import { isRecord } from './validate';

/** One issued invoice as stored under `isn:<id>`. */
export interface IssuedInvoice {
	id: string;
	/** Its number (series and place): the order's own for the first invoice. */
	number: OrderNumber;
	/** When it was issued (ms, the issuing device's clock). */
	at: number;
	deviceId: string;
	/** The invoice this one replaces (cancelled by `creditNote`), or null for the first. */
	replaces: string | null;
	/** The number of the credit note that cancelled the replaced invoice. */
	creditNote: CreditNoteNumber | null;
	/** The invoice as printed. */
	content: InvoiceData;
}

const count = (v: unknown): number =>
	typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : 0;
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

function readNumber(v: unknown): OrderNumber | null {
	if (!isRecord(v) || typeof v.series !== 'string' || count(v.n) < 1) return null;
	return { series: v.series, n: count(v.n), deviceId: text(v.deviceId) };
}

/**
 * Reads an issued invoice written by any peer; null when it is not one (a record without a number
 * or lines cannot be printed). The content is kept as stored: that is what was printed.
 */
export function readIssuedInvoice(id: string, value: unknown): IssuedInvoice | null {
	if (!isRecord(value) || !isRecord(value.content)) return null;
	const number = readNumber(value.number);
	const c = value.content;
	if (!number || typeof c.number !== 'string' || !Array.isArray(c.lines)) return null;
	if (!c.lines.every(isRecord) || !isRecord(c.seller) || !isRecord(c.customer)) return null;
	if (!Array.isArray(c.vat) || typeof c.total !== 'number') return null;
	return {
		id,
		number,
		at: count(value.at),
		deviceId: text(value.deviceId),
		replaces: typeof value.replaces === 'string' ? value.replaces : null,
		creditNote: readNumber(value.creditNote),
		content: c as unknown as InvoiceData
	};
}

/** Oldest first; ties by id, so every device lists them alike. */
export function sortInvoices(list: IssuedInvoice[]): IssuedInvoice[] {
	return list.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The key of an invoice's number: records under one number are one invoice. */
export const numberKey = (i: IssuedInvoice): string => `${i.number.series}-${i.number.n}`;

/**
 * One record per number (the earliest: what was printed first), oldest first. Two records share
 * a number only when two devices froze the same first invoice before they met.
 */
export function invoicesByNumber(order: Pick<Order, 'issuedInvoices'>): IssuedInvoice[] {
	const seen = new Map<string, IssuedInvoice>();
	for (const i of order.issuedInvoices) if (!seen.has(numberKey(i))) seen.set(numberKey(i), i);
	return [...seen.values()];
}

/** Invoices no other invoice replaces: one, unless two devices corrected the same invoice. */
export function liveInvoices(order: Pick<Order, 'issuedInvoices'>): IssuedInvoice[] {
	const byId = new Map(order.issuedInvoices.map((i) => [i.id, i]));
	const replaced = new Set(
		order.issuedInvoices.flatMap((i) => {
			const old = i.replaces === null ? undefined : byId.get(i.replaces);
			return old ? [numberKey(old)] : [];
		})
	);
	return invoicesByNumber(order).filter((i) => !replaced.has(numberKey(i)));
}

/** The invoice a reprint shows: the latest one not replaced; null before the first is frozen. */
export function currentInvoice(order: Pick<Order, 'issuedInvoices'>): IssuedInvoice | null {
	return liveInvoices(order).at(-1) ?? null;
}

/** True once an order counts as invoiced: paid, or its invoice printed, or one frozen. */
export function isInvoiced(order: Order): boolean {
	if (order.draft) return false;
	if (order.issuedInvoices.length > 0 || order.invoiceIssuedAt !== null) return true;
	return order.basePaymentStatus === 'paid' || order.paymentStatus !== 'awaiting_payment';
}

/** What a merge can leave on an order's invoices, for a person to settle. */
export type InvoiceConflict =
	/** One invoice cancelled by two credit notes, each with its own new invoice. */
	| { kind: 'invoiceCorrectedTwice'; numbers: string[] }
	/** Two devices froze one number from different contents before they met. */
	| { kind: 'invoiceDiverged'; numbers: string[] }
	/** Lines or amounts changed on a device that had not yet seen the invoice. */
	| { kind: 'editedAfterInvoice'; numbers: string[] };

/** The conflicts of an order's invoices. */
export function invoiceConflicts(order: Order): InvoiceConflict[] {
	const out: InvoiceConflict[] = [];
	const live = liveInvoices(order);
	if (live.length > 1) {
		out.push({ kind: 'invoiceCorrectedTwice', numbers: live.map((i) => i.content.number) });
	}
	const contents = new Map<string, Set<string>>();
	for (const i of order.issuedInvoices) {
		const set = contents.get(numberKey(i)) ?? new Set<string>();
		set.add(JSON.stringify(i.content));
		contents.set(numberKey(i), set);
	}
	const diverged = invoicesByNumber(order).filter(
		(i) => (contents.get(numberKey(i))?.size ?? 0) > 1
	);
	if (diverged.length) {
		out.push({ kind: 'invoiceDiverged', numbers: diverged.map((i) => i.content.number) });
	}
	const current = currentInvoice(order);
	if (current && !order.cancelled && moneyKey(current.content) !== orderMoneyKey(order)) {
		out.push({ kind: 'editedAfterInvoice', numbers: [current.content.number] });
	}
	return out;
}
