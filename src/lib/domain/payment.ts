/**
 * Payments as they happen at a stall or by phone: an order takes several payments (a deposit
 * and the balance, cash and card), each its own record with a method id, an amount and a time.
 * Each is stored under its own key (`pay:<id>`), so payments taken on two devices while apart
 * all count after the merge. Whether an order is paid is derived from them: paid in full,
 * partly paid (balance due), or nothing paid. Orders from before payments, marked paid by hand,
 * read as paid in full as before.
 */
import { centsText, checkCents, maxCents, type Cents } from './money';
import { paymentMethodId } from './payment-method';
import { fail, ok, type Result } from './result';
import { all, isRecord } from './validate';

/** One payment received for an order. */
export interface Payment {
	id: string;
	/** A payment method id (see payment-method.ts). */
	method: string;
	/** Amount in cents, more than zero. */
	amount: Cents;
	/** Milliseconds since the epoch. */
	at: number;
	deviceId: string;
}

/** A payment as a seller enters it: method and amount in cents. */
export interface PaymentInput {
	method: string;
	amount: Cents;
}

/** Where an order's money stands: paid in full, partly paid (balance due) or nothing paid yet. */
export type PaymentProgress = 'paid' | 'partly_paid' | 'due';

/** What was paid and what is still due, in cents. */
export interface PaymentBalance {
	paid: Cents;
	due: Cents;
	progress: PaymentProgress;
}

/** Checks one payment typed by a seller; the method becomes its id. */
export function checkPayment(value: unknown): Result<PaymentInput> {
	if (!isRecord(value)) return fail('input.notObject');
	const method = paymentMethodId(value.method);
	if (method === '') return fail('payment.methodRequired');
	const amount = checkCents(value.amount);
	if (!amount.ok) return amount;
	if (amount.value === 0) return fail('payment.amountZero');
	return ok({ method, amount: amount.value });
}

/** Checks a list of payments, refusing more than `due` in cents. */
export function checkPayments(value: unknown, due: Cents): Result<PaymentInput[]> {
	if (!Array.isArray(value)) return fail('input.notObject');
	const checked = all(value.map(checkPayment));
	if (!checked.ok) return checked;
	const paid = sumPayments(checked.value);
	if (paid > due) {
		return fail('payment.tooMuch', {
			paid: centsText(paid, { decimal: '.' }),
			due: centsText(due, { decimal: '.' })
		});
	}
	return ok(checked.value);
}

/** Sum of payments in cents. */
export function sumPayments(payments: readonly { amount: Cents }[]): Cents {
	return payments.reduce((a, p) => a + p.amount, 0) as Cents;
}

/**
 * The balance of an order of `total` cents: from its payments when it has any, else (orders
 * from before payments) the whole total once marked paid by hand.
 */
export function paymentBalance(o: {
	total: Cents;
	payments: readonly Payment[];
	markedPaid: boolean;
}): PaymentBalance {
	const paid = o.payments.length ? sumPayments(o.payments) : o.markedPaid ? o.total : 0;
	const due = Math.max(0, o.total - paid) as Cents;
	const progress: PaymentProgress =
		paid >= o.total && (paid > 0 || o.markedPaid) ? 'paid' : paid > 0 ? 'partly_paid' : 'due';
	return { paid: paid as Cents, due, progress };
}

/** Reads a stored payment from a peer of any version; null when it is not one. */
export function readPayment(id: string, value: unknown): Payment | null {
	if (!isRecord(value)) return null;
	const amount = value.amount;
	if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount <= 0) return null;
	if (amount > maxCents) return null;
	return {
		id,
		method: paymentMethodId(value.method),
		amount: amount as Cents,
		at: typeof value.at === 'number' ? value.at : 0,
		deviceId: typeof value.deviceId === 'string' ? value.deviceId : ''
	};
}

/** Payments oldest first (then by id, so every device lists them alike). */
export function sortPayments(payments: Payment[]): Payment[] {
	return payments.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Cash to give back, in cents, when the customer hands `tendered` for `due` (never negative). */
export function changeDue(o: { tendered: Cents; due: Cents }): Cents {
	return Math.max(0, o.tendered - o.due) as Cents;
}
