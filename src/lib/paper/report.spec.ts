import { describe, expect, it } from 'vitest';
import { orderFixture } from '../domain/fixtures';
import type { Order } from '../domain/order';
import type { RefundRecord } from '../domain/refund-events';
import { ReportBuilder } from './report';

const day1 = new Date(2026, 10, 20).getTime();
const day2 = new Date(2026, 10, 21).getTime();
const h = 3_600_000;
const day0 = day1 - 48 * h;
const day3 = day2 + 24 * h;

/** One refund made at `at`: units per line id and maybe the shipping, as the store records it. */
function refund(o: { id: string; at: number; lines: Record<string, number>; shipping?: boolean }) {
	const records: RefundRecord[] = Object.entries(o.lines).flatMap(([lineId, qty]) =>
		Array.from({ length: qty }, (_, i) => ({
			lineId,
			slot: i + 1,
			restock: true,
			at: o.at,
			deviceId: 'd',
			refundId: o.id
		}))
	);
	if (o.shipping)
		records.push({
			lineId: null,
			slot: 0,
			restock: false,
			at: o.at,
			deviceId: 'd',
			refundId: o.id
		});
	return records;
}

/** Refund state and records of an order from its refunds. */
function refunded(...records: RefundRecord[][]): Pick<Order, 'refunds' | 'refundRecords'> {
	const all = records.flat();
	const refunds: Order['refunds'] = { lines: {}, shipping: false };
	for (const r of all) {
		if (r.lineId === null) refunds.shipping = true;
		else {
			const entry = (refunds.lines[r.lineId] ??= { qty: 0, restocked: 0 });
			entry.qty++;
			entry.restocked++;
		}
	}
	return { refunds, refundRecords: all };
}

// Each order: 2 × 12.50 (20 %) + 1 × 8.90 (5.5 %) + 5.90 shipping (20 %), prices with VAT = 39.80.
function fixture(): Order[] {
	return [
		// Refunded a honey after the period: counts in the next one, not here.
		orderFixture({
			id: 'A',
			createdAt: day1 + 10 * h,
			paymentMethod: 'Carte',
			...refunded(refund({ id: 'rA', at: day3 + 2 * h, lines: { l2: 1 } }))
		}),
		// Placed before the period, one mug and the shipping refunded in it (day 2, 14:00).
		orderFixture({
			id: 'R',
			createdAt: day0 + 10 * h,
			paymentMethod: 'Chèque',
			...refunded(refund({ id: 'rR', at: day2 + 14 * h, lines: { l1: 1 }, shipping: true }))
		}),
		orderFixture({
			id: 'B',
			createdAt: day1 + 15 * h,
			paymentMethod: 'Espèces',
			...refunded(refund({ id: 'rB', at: day1 + 15.5 * h, lines: { l1: 1 } }))
		}),
		orderFixture({
			id: 'C',
			createdAt: day2 + 9 * h,
			paymentMethod: 'Carte',
			...refunded(refund({ id: 'rC', at: day2 + 9.5 * h, lines: { l1: 2, l2: 1 }, shipping: true }))
		}),
		orderFixture({ id: 'D', createdAt: day2 + 10 * h, basePaymentStatus: 'awaiting_payment' }),
		orderFixture({
			id: 'E',
			createdAt: day2 + 11 * h,
			basePaymentStatus: 'awaiting_payment',
			cancelled: { at: 0, deviceId: 'd', restock: {} }
		}),
		orderFixture({
			id: 'F',
			createdAt: day2 + 12 * h,
			paymentMethod: 'Espèces',
			discount: { kind: 'percent', percent: 1000 }
		}),
		// Outside the period and a draft: ignored.
		orderFixture({ id: 'G', createdAt: day2 + 30 * h }),
		orderFixture({ id: 'H', createdAt: day1 + h, draft: true })
	];
}

describe('sales report', () => {
	it('matches the hand-computed figures, refunds and partial refunds included', () => {
		const builder = new ReportBuilder({ from: day1, to: day2 + 24 * h });
		for (const order of fixture()) builder.add(order);
		const r = builder.result();
		expect(r.orders).toBe(4);
		expect(r.unpaidOrders).toBe(1);
		expect(r.cancelledOrders).toBe(1);
		expect(r.gross).toBe(13560);
		expect(r.discounts).toBe(339);
		// B 12.50 + C 39.80 + R's refund in the period (12.50 + 5.90 shipping) = 70.70.
		expect(r.refunds).toBe(7070);
		expect(r.shipping).toBe(1180);
		expect(r.takings).toBe(8511);
		expect(r.net).toBe(7331);
		expect(r.net).toBe(r.gross - r.discounts - (r.refunds - 590 - 590));
		expect(r.average).toBe(2128);
		expect(r.vat).toEqual([
			{ rate: 550, net: 2447, vat: 134, gross: 2581 },
			// 77.70 collected at 20 % less R's 18.40 refunded (VAT 3.07 inside it).
			{ rate: 2000, net: 4942, vat: 988, gross: 5930 }
		]);
		expect(r.byPaymentMethod).toEqual([
			// Method words read as ids (payment-method.ts).
			{ method: 'cash', orders: 2, amount: 6371 },
			{ method: 'card', orders: 2, amount: 3980 },
			{ method: 'cheque', orders: 0, amount: -1840 }
		]);
		expect(r.byProduct).toEqual([
			{ sku: 'MUG', name: 'Tasse', quantity: 4, revenue: 4750 },
			{ sku: 'HONEY', name: 'Miel', quantity: 3, revenue: 2581 }
		]);
		expect(r.bucket).toBe('day');
		expect(r.series).toEqual([
			{ start: day1, amount: 6710, orders: 2 },
			{ start: day2, amount: 1801, orders: 2 }
		]);
	});

	it('counts a refund on the day it was made: the next day shows it, the order’s day not', () => {
		const next = new ReportBuilder({ from: day3, to: day3 + 24 * h });
		for (const order of fixture()) next.add(order);
		const r = next.result();
		// G (39.80) placed on day 3, and A's honey (8.90) refunded on day 3.
		expect(r.orders).toBe(1);
		expect(r.refunds).toBe(890);
		expect(r.takings).toBe(3980 - 890);
		expect(r.net).toBe(3980 - 590 - 890);
		expect(r.byProduct.find((p) => p.sku === 'HONEY')).toEqual({
			sku: 'HONEY',
			name: 'Miel',
			quantity: 0,
			revenue: 0
		});
		// G's honey VAT collected and A's given back cancel out: no 5.5 % row.
		expect(r.vat.map((v) => v.rate)).toEqual([2000]);
		// The week of the order placed on day 0 holds its whole sale; its refund is on day 2.
		const week = new ReportBuilder({ from: day0, to: day1 });
		for (const order of fixture()) week.add(order);
		expect(week.result()).toMatchObject({ orders: 1, refunds: 0, takings: 3980 });
	});

	it('gives the same report whatever the order and paging of the orders', () => {
		const one = new ReportBuilder({ from: day1, to: day2 + 24 * h });
		const two = new ReportBuilder({ from: day1, to: day2 + 24 * h });
		fixture().forEach((o) => one.add(o));
		fixture()
			.reverse()
			.forEach((o) => two.add(o));
		expect(two.result()).toEqual(one.result());
	});

	it('charts one day per hour, empty hours included', () => {
		const builder = new ReportBuilder({ from: day1, to: day1 + 24 * h });
		fixture().forEach((o) => builder.add(o));
		const r = builder.result();
		expect(r.bucket).toBe('hour');
		expect(r.series).toHaveLength(24);
		expect(r.series[10]).toEqual({ start: day1 + 10 * h, amount: 3980, orders: 1 });
		expect(r.series[15]).toEqual({ start: day1 + 15 * h, amount: 2730, orders: 1 });
		expect(r.series.reduce((a, p) => a + p.amount, 0)).toBe(r.takings);
	});
});
