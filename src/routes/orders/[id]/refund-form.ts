/**
 * The refund dialog's form: what the seller ticked and typed, turned into a `refundLines`
 * request, and the amount it would refund. The amount is the plan's, and the action stores that
 * plan as it is (domain/refund.ts), so the preview is the refund by construction.
 */
import { parseMoney, type Cents } from '$lib/domain/money';
import type { Order } from '$lib/domain/order';
import { planRefund, refundableQty, type RefundRequest } from '$lib/domain/refund';

export { refundableQty };
import { fail, ok, type DomainError, type Result } from '$lib/domain/result';

/** One line of the form: the quantity as typed and whether it goes back to stock. */
export interface RefundLineChoice {
	lineId: string;
	qty: string;
	restock: boolean;
}

/** The whole form. */
export interface RefundFormValues {
	whole: boolean;
	shipping: boolean;
	lines: RefundLineChoice[];
	/** A free amount as typed ("2,50"), empty for none. */
	free: string;
	reason: string;
	/** How the money goes back; starts as the order's payment method. */
	method: string;
}

/** Id of the form's free-amount field (a refusal of the amount points there). */
export const freeFieldId = 'refund-free';

/** An empty form for an order: no quantity, restock ticked on every line. */
export function emptyRefundForm(order: Order): RefundFormValues {
	return {
		whole: false,
		shipping: false,
		lines: order.lines.map((l) => ({ lineId: l.id, qty: '', restock: true })),
		free: '',
		reason: '',
		method: order.paymentMethod
	};
}

/** Parses a typed quantity: empty is 0; anything but a whole number is refused. */
export function parseQty(text: string): Result<number> {
	const trimmed = text.trim();
	if (trimmed === '') return ok(0);
	if (!/^-?\d+$/.test(trimmed)) return fail('quantity.notInteger');
	const value = Number(trimmed);
	if (value < 0) return fail('quantity.negative');
	return ok(value);
}

/** A refusal tied to one line of the form (lineId) or to the whole form (''). */
export interface RefundFormError {
	lineId: string;
	error: DomainError;
}

/** The `refundLines` request the form describes, or the first line whose quantity is not a number. */
export function refundRequest(form: RefundFormValues): Result<RefundRequest> | RefundFormError {
	const free = form.free.trim() === '' ? ok(0 as Cents) : parseMoney(form.free);
	if (!free.ok) return { lineId: freeFieldId, error: free.error };
	const extra = { free: free.value, reason: form.reason, method: form.method };
	if (form.whole) return ok({ whole: true, shipping: true, ...extra });
	const lines: NonNullable<RefundRequest['lines']> = [];
	for (const choice of form.lines) {
		const qty = parseQty(choice.qty);
		if (!qty.ok) return { lineId: choice.lineId, error: qty.error };
		if (qty.value > 0)
			lines.push({ lineId: choice.lineId, qty: qty.value, restock: choice.restock });
	}
	return ok({ lines, shipping: form.shipping, ...extra });
}

/** The amount in cents the form would refund, or why the refund would be refused. */
export function previewRefund(
	order: Order,
	form: RefundFormValues
): { ok: true; amount: Cents; request: RefundRequest } | { ok: false; problem: RefundFormError } {
	const request = refundRequest(form);
	if ('lineId' in request) return { ok: false, problem: request };
	if (!request.ok) return { ok: false, problem: { lineId: '', error: request.error } };
	const plan = planRefund(order, request.value);
	if (!plan.ok) {
		const lineId = String(plan.error.params?.lineId ?? '');
		return { ok: false, problem: { lineId, error: plan.error } };
	}
	return { ok: true, amount: plan.value.amount, request: request.value };
}
