/**
 * Journal events built from orders: a sale (by VAT rate, line by line), a payment (by method),
 * a refund and a cancellation (negative takings), a correction when a placed order's content
 * changes, a document, a settings change. Amounts are signed cents.
 */
import { mulDiv } from '../../domain/money';
import type { Order, OrderContent, OrderNumber, RefundState } from '../../domain/order';
import { refundAmount } from '../../domain/order-money';
import { sumPayments } from '../../domain/payment';
import type { JournalEvent, RateAmount } from '../../domain/journal/record';
import { allocate, computeTotals, vatLine, type PricedOrder } from '../../domain/totals';
import type { VatRate } from '../../domain/vat';

type Priced = Omit<PricedOrder, 'lines'> & Pick<OrderContent, 'lines' | 'paymentMethod'>;

/** What an event needs of an order. */
export interface JournalOrder extends Priced {
	id: string;
	number: OrderNumber | null;
}

const numberOf = (o: JournalOrder) => (o.number ? `${o.number.series}-${o.number.n}` : '');
const methodOf = (o: { paymentMethod: string }) => o.paymentMethod.trim() || 'unspecified';

function byRate(order: PricedOrder, sign: 1 | -1): RateAmount[] {
	return computeTotals(order).vat.map((v) => ({
		rate: v.rate,
		net: sign * v.net,
		vat: sign * v.vat,
		gross: sign * v.gross
	}));
}

/** An order placed: its takings by VAT rate and its lines (no money received yet). */
export function saleEvent(at: number, order: JournalOrder): JournalEvent {
	const lines = order.lines.map((l) => ({
		sku: l.sku,
		name: l.name,
		qty: l.quantity,
		unit: l.unitPrice,
		rate: l.vatRate
	}));
	const info = { number: numberOf(order), lines, pricesIncludeVat: order.pricesIncludeVat };
	return { at, kind: 'sale', ref: order.id, sales: byRate(order, 1), pay: [], info };
}

/** A placed order whose content changed: the difference of takings by rate, or null if none. */
export function correctionEvent(
	at: number,
	o: { before: JournalOrder; after: JournalOrder; placed: boolean }
): JournalEvent | null {
	if (!o.placed) return null;
	const rates = new Map<number, RateAmount>();
	for (const r of [...byRate(o.after, 1), ...byRate(o.before, -1)]) {
		const t = rates.get(r.rate) ?? { rate: r.rate, net: 0, vat: 0, gross: 0 };
		rates.set(r.rate, {
			rate: r.rate,
			net: t.net + r.net,
			vat: t.vat + r.vat,
			gross: t.gross + r.gross
		});
	}
	const sales = [...rates.values()]
		.filter((r) => r.net || r.vat || r.gross)
		.sort((a, b) => a.rate - b.rate);
	if (sales.length === 0) return null;
	const info = { number: numberOf(o.after), correction: true };
	return { at, kind: 'sale', ref: o.after.id, sales, pay: [], info };
}

/** Money received for an order (or given back when a payment is undone). */
export function paymentEvent(at: number, o: { order: Order; paid: boolean }): JournalEvent {
	// Payments taken apart (a deposit) are journalled when taken: marking the order paid by hand
	// receives the rest only.
	const taken = sumPayments(o.order.payments ?? []);
	const rest = Math.max(0, computeTotals(o.order).total - taken);
	const total = o.paid || rest === 0 ? rest : -rest;
	const info = { number: numberOf(o.order), undone: !o.paid };
	const pay = [{ method: methodOf(o.order), amount: total }];
	return { at, kind: 'payment', ref: o.order.id, sales: [], pay, info };
}

/** Payments taken with a sale (cash + card, …): one event, one line per payment, in cents. */
export function salePaymentsEvent(
	at: number,
	o: {
		ref: string;
		number: { series: string; n: number } | null;
		payments: readonly { method: string; amount: number }[];
	}
): JournalEvent {
	const info = { number: o.number ? `${o.number.series}-${o.number.n}` : '', undone: false };
	const pay = o.payments.map((p) => ({
		method: p.method.trim() || 'unspecified',
		amount: p.amount
	}));
	return { at, kind: 'payment', ref: o.ref, sales: [], pay, info };
}

/** An unpaid order cancelled: its takings reversed. */
export function cancelEvent(at: number, order: Order): JournalEvent {
	const info = { number: numberOf(order) };
	return { at, kind: 'cancel', ref: order.id, sales: byRate(order, -1), pay: [], info };
}

/**
 * A refund of `amount` cents: takings reversed by VAT rate (each rate's share computed as the
 * refunds module computes amounts, then the exact amount spread over them) and paid back by the
 * order's payment method.
 */
export function refundEvent(
	at: number,
	o: { order: Order; before: RefundState; after: RefundState; amount: number; refundId?: string }
): JournalEvent {
	const { order } = o;
	const rates = [...new Set([...order.lines.map((l) => l.vatRate), order.feeVatRate])].sort(
		(a, b) => a - b
	);
	const share = (state: RefundState, rate: VatRate) => {
		const lines = order.lines.filter((l) => l.vatRate === rate);
		const only = { ...order, lines, shippingFee: 0, handlingFee: 0, discount: null };
		const restricted = {
			lines: pick(
				state.lines,
				lines.map((l) => l.id)
			),
			shipping: false
		};
		let amount = lines.length ? refundAmount(only as Order, restricted) : 0;
		if (rate === order.feeVatRate && state.shipping) {
			const fees = order.shippingFee + order.handlingFee;
			amount += order.pricesIncludeVat ? fees : fees + mulDiv(fees, rate, 10000);
		}
		return amount;
	};
	const weights = rates.map((r) => Math.max(0, share(o.after, r) - share(o.before, r)));
	const parts = allocate(o.amount, weights);
	const sales = rates
		.map((rate, i) => vatLine({ rate, amount: parts[i] ?? 0, pricesIncludeVat: true }))
		.filter((v) => v.gross !== 0)
		.map((v) => ({ rate: v.rate, net: -v.net, vat: -v.vat, gross: -v.gross }));
	const info = { number: numberOf(order), refund: o.refundId ?? '' };
	const pay = [{ method: methodOf(order), amount: -o.amount }];
	return { at, kind: 'refund', ref: order.id, sales, pay, info };
}

function pick<T>(record: Record<string, T>, keys: string[]): Record<string, T> {
	const out: Record<string, T> = {};
	for (const k of keys) if (record[k]) out[k] = record[k];
	return out;
}

/**
 * A document issued or printed again (invoice, credit note, reprint): `document` says which
 * document a reprint copies, `refund` which refund a credit note documents ('' for invoices).
 */
export function documentEvent(
	at: number,
	o: {
		kind: 'invoice' | 'credit-note' | 'reprint';
		document: 'invoice' | 'credit-note';
		orderId: string;
		number: string;
		refund: string;
		total: number;
	}
): JournalEvent {
	const info = { document: o.document, number: o.number, refund: o.refund, total: o.total };
	return { at, kind: o.kind, ref: o.orderId, sales: [], pay: [], info };
}

/** Settings that change amounts or documents (VAT rates, prices with VAT, VAT regime). */
export function settingsEvent(at: number, o: { group: string; value: unknown }): JournalEvent {
	const value = JSON.parse(JSON.stringify(o.value, (_k, v) => (v === undefined ? null : v)));
	return { at, kind: 'settings', ref: o.group, sales: [], pay: [], info: { value } };
}

/** A change of payment status that moves money: to paid, or back from paid; else null. */
export function paymentChange(
	at: number,
	o: { order: Order; from: string; to: string }
): JournalEvent | null {
	if (o.to === 'paid' && o.from !== 'paid') return paymentEvent(at, { order: o.order, paid: true });
	if (o.from === 'paid' && o.to !== 'paid')
		return paymentEvent(at, { order: o.order, paid: false });
	return null;
}

/** Setting groups whose changes the journal keeps: they change amounts or documents. */
const journalledGroups = ['money', 'identity'];

/** A settings change worth journalling (money and identity groups), or null. */
export function settingsChange(
	at: number,
	o: { before: object; after: object }
): JournalEvent | null {
	const before = o.before as Record<string, unknown>;
	const after = o.after as Record<string, unknown>;
	const changed = journalledGroups.filter(
		(g) => JSON.stringify(before[g]) !== JSON.stringify(after[g])
	);
	if (changed.length === 0) return null;
	const value = Object.fromEntries(changed.map((g) => [g, after[g]]));
	return settingsEvent(at, { group: changed.join(','), value });
}
