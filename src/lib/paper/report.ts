/**
 * The sales report of a period, built order by order so that the caller can page through the
 * order list and never hold it all. Every amount is in cents, with VAT (whatever the store's
 * price basis), and follows one identity: net sales + shipping collected = takings, where
 * takings = what was paid − what was refunded.
 *
 * Which orders count: those whose money was received (paid, partially refunded or refunded).
 * Orders awaiting payment and cancelled orders are counted apart and add nothing. Refunds are
 * counted with their order's date (the order list is filtered by order date).
 */
import { mulDiv, type Cents } from '../domain/money';
import type { Order } from '../domain/order';
import { isFullyRefunded, refundAmount, refundedQty } from '../domain/order-money';
import { computeTotals, vatLine, type Totals, type VatLine } from '../domain/totals';
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

	/** Adds one order (drafts and orders outside the period are ignored). */
	add(order: Order): void {
		if (order.draft || order.createdAt < this.#from || order.createdAt >= this.#to) return;
		const s = order.paymentStatus;
		if (s === 'cancelled') return void this.#cancelled++;
		if (s === 'awaiting_payment') return void this.#unpaid++;
		const totals = computeTotals(order);
		const gross = (amount: number, rate: number) =>
			order.pricesIncludeVat ? amount : amount + mulDiv(amount, rate, 10000);
		const refunded = refundAmount(order, order.refunds);
		const full = isFullyRefunded(order, order.refunds);
		const fees = gross(order.shippingFee + order.handlingFee, order.feeVatRate);
		const feesRefunded = order.refunds.shipping || full ? fees : 0;
		let discount = 0;
		order.lines.forEach((line, i) => {
			const t = totals.lines[i]!;
			const before = gross(t.amount, line.vatRate);
			const after = gross(t.after, line.vatRate);
			this.#gross += before;
			discount += before - after;
			const qty = line.quantity - refundedQty(order, order.refunds, line.id);
			const kept = full ? 0 : mulDiv(after, qty, line.quantity);
			const p = this.#products.get(line.sku || line.name) ?? {
				sku: line.sku,
				name: line.name,
				quantity: 0,
				revenue: 0
			};
			p.quantity += full ? 0 : qty;
			p.revenue += kept;
			this.#products.set(line.sku || line.name, p);
		});
		this.#discounts += discount;
		this.#refunds += refunded;
		this.#shipping += fees - feesRefunded;
		const takings = totals.total - refunded;
		const channel = this.#channels.get(order.channel ?? '') ?? {
			channel: order.channel ?? null,
			orders: 0,
			net: 0,
			takings: 0
		};
		channel.orders++;
		channel.net += takings - (fees - feesRefunded);
		channel.takings += takings;
		this.#channels.set(order.channel ?? '', channel);
		this.#takings += takings;
		this.#orders++;
		for (const v of vatCollected({ order, totals, full })) {
			const acc = this.#vat.get(v.rate) ?? { net: 0, vat: 0, gross: 0 };
			acc.net += v.net;
			acc.vat += v.vat;
			acc.gross += v.gross;
			this.#vat.set(v.rate, acc);
		}
		const method = this.#methods.get(order.paymentMethod) ?? { orders: 0, amount: 0 };
		method.orders++;
		method.amount += takings;
		this.#methods.set(order.paymentMethod, method);
		const start = bucketStart(order.createdAt, this.#bucket);
		const point = this.#series.get(start) ?? { start, amount: 0, orders: 0 };
		point.amount += takings;
		point.orders++;
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

/** VAT by rate of what the order kept: its VAT lines minus the VAT of what was refunded. */
function vatCollected(o: { order: Order; totals: Totals; full: boolean }): VatLine[] {
	const { order, totals } = o;
	if (o.full) return [];
	const refundedGross = new Map<number, number>();
	const gross = (amount: number, rate: number) =>
		order.pricesIncludeVat ? amount : amount + mulDiv(amount, rate, 10000);
	order.lines.forEach((line, i) => {
		const qty = refundedQty(order, order.refunds, line.id);
		if (qty === 0) return;
		const amount = mulDiv(gross(totals.lines[i]!.after, line.vatRate), qty, line.quantity);
		refundedGross.set(line.vatRate, (refundedGross.get(line.vatRate) ?? 0) + amount);
	});
	if (order.refunds.shipping) {
		const fees = gross(order.shippingFee + order.handlingFee, order.feeVatRate);
		refundedGross.set(order.feeVatRate, (refundedGross.get(order.feeVatRate) ?? 0) + fees);
	}
	return totals.vat.map((v) => {
		const back = refundedGross.get(v.rate) ?? 0;
		if (back === 0) return v;
		const r = vatLine({ rate: v.rate, amount: back, pricesIncludeVat: true });
		return {
			rate: v.rate,
			net: (v.net - r.net) as Cents,
			vat: (v.vat - r.vat) as Cents,
			gross: (v.gross - r.gross) as Cents
		};
	});
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
