/**
 * The stall's checkout arithmetic: which payments a tap records, the change to give back, the
 * note buttons to offer, the sale's discount. Amounts are cents. Cash handed over above the
 * total is change, not a payment: the sale records what it cost.
 */
import { parseMoney, type Cents } from '$lib/domain/money';
import { changeDue, type PaymentInput } from '$lib/domain/payment';
import { fail, ok, type Result } from '$lib/domain/result';
import type { Discount } from '$lib/domain/totals';
import { parseDiscount } from '$lib/ui/order-editor/parse';

/** What a tap on a method records: the payments, and the change to hand back (cents). */
export interface Checkout {
	payments: PaymentInput[];
	change: Cents;
}

/** Cash tendered as typed: empty is "the exact amount"; otherwise an amount in cents. */
export function parseTendered(text: string): Result<Cents | null> {
	return text.trim() === '' ? ok(null) : parseMoney(text);
}

/**
 * The payments of a sale of `total` cents paid with `method`. Cash takes what was tendered
 * (change back above the total; refused below it). Another method takes the rest after any cash
 * tendered, which makes a split payment (10 € cash + 3,50 € card).
 */
export function checkout(o: {
	total: Cents;
	method: string;
	tendered: Cents | null;
}): Result<Checkout> {
	const { total, tendered } = o;
	if (o.method === 'cash') {
		if (tendered !== null && tendered < total) return fail('payment.notCovered', {});
		const payments = total > 0 ? [{ method: 'cash', amount: total }] : [];
		return ok({ payments, change: changeDue({ tendered: tendered ?? total, due: total }) });
	}
	const cash = tendered !== null && tendered > 0 ? (Math.min(tendered, total) as Cents) : 0;
	const rest = (total - cash) as Cents;
	const payments: PaymentInput[] = [];
	if (cash > 0) payments.push({ method: 'cash', amount: cash as Cents });
	if (rest > 0) payments.push({ method: o.method, amount: rest });
	return ok({ payments, change: 0 as Cents });
}

/** Note buttons for cash: the exact amount's next round values among 5, 10, 20, 50, 100 €. */
export function quickNotes(total: Cents): Cents[] {
	const notes = [500, 1000, 2000, 5000, 10000].filter((n) => n > total);
	return notes.slice(0, 3) as Cents[];
}

/** The sale's discount as typed: "10 %" is a percentage, "2,00" an amount; empty is none. */
export function parseStallDiscount(text: string): Result<Discount | null> {
	const trimmed = text.trim();
	const percent = trimmed.endsWith('%');
	return parseDiscount({ discount: trimmed, discountKind: percent ? 'percent' : 'amount' });
}
