/**
 * The sales report of a period, built order by order so that the caller can page through the
 * order list and never hold it all. Every amount is in cents, with VAT (whatever the store's
 * price basis), and follows one identity: net sales + shipping collected = takings, where
 * takings = what was paid − what was refunded.
 *
 * Which orders count: those placed in the period whose money was received (paid, partially
 * refunded or refunded). Orders awaiting payment and cancelled orders are counted apart and add
 * nothing. Refunds count on the day they were made, not on their order's: a refund made today on
 * last week's order lowers today's refunds, net sales, VAT, products and takings, and leaves last
 * week's figures as they were (so the caller also adds the refunded orders placed before the
 * period). Each refund counts what its credit note says (see refund-events.ts).
 */
import { mulDiv } from '../domain/money';
import type { Order, OrderLine } from '../domain/order';
import { paymentMethodId } from '../domain/payment-method';
import { refundEvents, type RefundEvent } from '../domain/refund-events';
import { computeTotals, type VatLine } from '../domain/totals';
import type { VatRate } from '../domain/vat';

/** One bucket of the sales chart: its start (ms), takings (cents) and number of orders. */
export interface SeriesPoint {
	start: number;
	amount: number;
	orders: number;
}

/** Sales of one channel: net sales exclude shipping collected, like the report's net sales. */
export interface ChannelSales {
	channel: string | null;
	orders: number;
	net: number;
	takings: number;
}

/** The report of a period. */
export interface SalesReport {
	from: number;
	to: number;
	orders: number;
	unpaidOrders: number;
	cancelledOrders: number;
	gross: number;
	discounts: number;
	refunds: number;
	net: number;
	shipping: number;
	takings: number;
	average: number;
	vat: VatLine[];
	byPaymentMethod: { method: string; orders: number; amount: number }[];
	/** Paid orders, net sales and takings per sales channel (null: unspecified), by net sales. */
	byChannel: ChannelSales[];
	byProduct: { sku: string; name: string; quantity: number; revenue: number }[];
	bucket: 'hour' | 'day';
	series: SeriesPoint[];
}

/** Accumulates orders into a report; add() each order of the period, then result(). */
export class ReportBuilder {
	#from: number;
	#to: number;
	#bucket: 'hour' | 'day';
	#orders = 0;
	#unpaid = 0;
	#cancelled = 0;
	#gross = 0;
	#discounts = 0;
	#refunds = 0;
	#shipping = 0;
	#takings = 0;
	#vat = new Map<number, { net: number; vat: number; gross: number }>();
	#methods = new Map<string, { orders: number; amount: number }>();
	#channels = new Map<string, ChannelSales>();
	#products = new Map<string, { sku: string; name: string; quantity: number; revenue: number }>();
	#series = new Map<number, SeriesPoint>();

	/** `from` inclusive and `to` exclusive, in ms; one day or less is charted per hour. */
	constructor(o: { from: number; to: number }) {
		this.#from = o.from;
		this.#to = o.to;
		this.#bucket = o.to - o.from <= 86_400_000 + 3_600_000 ? 'hour' : 'day';
	}

	/**
	 * Adds one order: its sale when it was placed in the period, and its refunds made in the
	 * period (also for orders placed before it). Drafts and unpaid orders add no money.
	 */
	add(order: Order): void {
		if (order.draft) return;
		const s = order.paymentStatus;
		if (order.createdAt >= this.#from && order.createdAt < this.#to) {
			if (s === 'cancelled') return void this.#cancelled++;
			if (s === 'awaiting_payment') return void this.#unpaid++;
			this.#sale(order);
		}
		if (s === 'cancelled' || s === 'awaiting_payment') return;
		for (const event of refundEvents(order)) {
			if (event.at >= this.#from && event.at < this.#to) this.#refund(order, event);
		}
	}

	#sale(order: Order): void {
		const totals = computeTotals(order);
		const gross = (amount: number, rate: number) =>
			order.pricesIncludeVat ? amount : amount + mulDiv(amount, rate, 10000);
		order.lines.forEach((line, i) => {
			const t = totals.lines[i]!;
			const before = gross(t.amount, line.vatRate);
			const after = gross(t.after, line.vatRate);
			this.#gross += before;
			this.#discounts += before - after;
			this.#product(line, { quantity: line.quantity, revenue: after });
		});
		const fees = gross(order.shippingFee + order.handlingFee, order.feeVatRate);
		this.#shipping += fees;
		this.#orders++;
		for (const v of totals.vat) this.#addVat(v, 1);
		this.#money({ order, at: order.createdAt, amount: totals.total, fees, orders: 1 });
	}

	#refund(order: Order, event: RefundEvent): void {
		// The line as the refund recorded it: a line edited or removed since still counts.
		for (const l of event.lines) this.#product(l, { quantity: -l.qty, revenue: -l.amount });
		this.#refunds += event.amount;
		this.#shipping -= event.shipping;
		for (const v of event.vat) this.#addVat(v, -1);
		this.#money({
			order,
			at: event.at,
			amount: -event.amount,
			fees: -event.shipping,
			orders: 0
		});
	}

	#product(line: Pick<OrderLine, 'sku' | 'name'>, o: { quantity: number; revenue: number }): void {
		const key = line.sku || line.name;
		const p = this.#products.get(key) ?? {
			sku: line.sku,
			name: line.name,
			quantity: 0,
			revenue: 0
		};
		p.quantity += o.quantity;
		p.revenue += o.revenue;
		this.#products.set(key, p);
	}

	#addVat(v: VatLine, sign: 1 | -1): void {
		const acc = this.#vat.get(v.rate) ?? { net: 0, vat: 0, gross: 0 };
		acc.net += sign * v.net;
		acc.vat += sign * v.vat;
		acc.gross += sign * v.gross;
		this.#vat.set(v.rate, acc);
	}

	/**
	 * Takings by payment method, by channel and in the chart, at the date the money moved;
	 * `fees` is the shipping and handling within `amount`.
	 */
	#money(o: { order: Order; at: number; amount: number; fees: number; orders: number }): void {
		this.#takings += o.amount;
		const key = o.order.channel ?? '';
		const channel = this.#channels.get(key) ?? {
			channel: o.order.channel ?? null,
			orders: 0,
			net: 0,
			takings: 0
		};
		channel.orders += o.orders;
		channel.net += o.amount - o.fees;
		channel.takings += o.amount;
		this.#channels.set(key, channel);
		for (const part of byMethod(o)) {
			const method = this.#methods.get(part.method) ?? { orders: 0, amount: 0 };
			method.orders += o.orders;
			method.amount += part.amount;
			this.#methods.set(part.method, method);
		}
		const start = bucketStart(o.at, this.#bucket);
		const point = this.#series.get(start) ?? { start, amount: 0, orders: 0 };
		point.amount += o.amount;
		point.orders += o.orders;
		this.#series.set(start, point);
	}

	/** The report so far. */
	result(): SalesReport {
		const net = this.#takings - this.#shipping;
		return {
			from: this.#from,
			to: this.#to,
			orders: this.#orders,
			unpaidOrders: this.#unpaid,
			cancelledOrders: this.#cancelled,
			gross: this.#gross,
			discounts: this.#discounts,
			refunds: this.#refunds,
			net,
			shipping: this.#shipping,
			takings: this.#takings,
			average: this.#orders ? Math.round(this.#takings / this.#orders) : 0,
			vat: [...this.#vat.entries()]
				.filter(([, v]) => v.net !== 0 || v.vat !== 0 || v.gross !== 0)
				.sort(([a], [b]) => a - b)
				.map(([rate, v]) => ({ rate: rate as VatRate, ...v }) as VatLine),
			byPaymentMethod: [...this.#methods.entries()]
				.map(([method, v]) => ({ method, ...v }))
				.sort((a, b) => b.amount - a.amount || a.method.localeCompare(b.method)),
			byChannel: [...this.#channels.values()].sort(
				(a, b) => b.net - a.net || (a.channel ?? '').localeCompare(b.channel ?? '')
			),
			byProduct: [...this.#products.values()].sort(
				(a, b) => b.revenue - a.revenue || a.name.localeCompare(b.name)
			),
			bucket: this.#bucket,
			series: fillSeries({
				from: this.#from,
				to: this.#to,
				bucket: this.#bucket,
				points: this.#series
			})
		};
	}
}

/**
 * Splits a sale's takings by the methods of its payments (cash + card lands in both rows); a
 * refund, or an order without payments, counts under the order's method. Methods are ids, so
 * "Espèces" from one tablet and "Cash" from another make one row.
 */
function byMethod(o: { order: Order; amount: number; orders: number }) {
	const payments = o.order.payments ?? [];
	const paid = payments.reduce((a, p) => a + p.amount, 0);
	if (o.orders === 0 || payments.length === 0 || paid !== o.amount) {
		return [{ method: paymentMethodId(o.order.paymentMethod), amount: o.amount }];
	}
	const parts = new Map<string, number>();
	for (const p of payments) {
		const id = paymentMethodId(p.method);
		parts.set(id, (parts.get(id) ?? 0) + p.amount);
	}
	return [...parts].map(([method, amount]) => ({ method, amount }));
}

/** Start of the local hour or day holding `ms`. */
export function bucketStart(ms: number, bucket: 'hour' | 'day'): number {
	const d = new Date(ms);
	if (bucket === 'hour') d.setMinutes(0, 0, 0);
	else d.setHours(0, 0, 0, 0);
	return d.getTime();
}

function fillSeries(o: {
	from: number;
	to: number;
	bucket: 'hour' | 'day';
	points: Map<number, SeriesPoint>;
}): SeriesPoint[] {
	const out: SeriesPoint[] = [];
	// Too many empty days (a custom range over years) would make an unreadable chart.
	if ((o.to - o.from) / 86_400_000 > 400) {
		return [...o.points.values()].sort((a, b) => a.start - b.start);
	}
	const d = new Date(bucketStart(o.from, o.bucket));
	while (d.getTime() < o.to) {
		const start = d.getTime();
		out.push(o.points.get(start) ?? { start, amount: 0, orders: 0 });
		if (o.bucket === 'hour') d.setHours(d.getHours() + 1);
		else d.setDate(d.getDate() + 1);
	}
	return out;
}
