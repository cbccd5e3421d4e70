import { describe, expect, it } from 'vitest';
import { orderFixture } from '../domain/fixtures';
import type { Order } from '../domain/order';
import { ReportBuilder } from './report';

const day1 = new Date(2026, 10, 20).getTime();
const day2 = new Date(2026, 10, 21).getTime();
const h = 3_600_000;

// Each order: 2 × 12.50 (20 %) + 1 × 8.90 (5.5 %) + 5.90 shipping (20 %), prices with VAT = 39.80.
function fixture(): Order[] {
	return [
		orderFixture({ id: 'A', createdAt: day1 + 10 * h, paymentMethod: 'Carte' }),
		orderFixture({
			id: 'B',
			createdAt: day1 + 15 * h,
			paymentMethod: 'Espèces',
			refunds: { lines: { l1: { qty: 1, restocked: 1 } }, shipping: false }
		}),
		orderFixture({
			id: 'C',
			createdAt: day2 + 9 * h,
			paymentMethod: 'Carte',
			refunds: {
				lines: { l1: { qty: 2, restocked: 2 }, l2: { qty: 1, restocked: 1 } },
				shipping: true
			}
		}),
		orderFixture({ id: 'D', createdAt: day2 + 10 * h, basePaymentStatus: 'awaiting_payment' }),
		orderFixture({
			id: 'E',
			createdAt: day2 + 11 * h,
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
		expect(r.refunds).toBe(5230);
		expect(r.shipping).toBe(1770);
		expect(r.takings).toBe(10351);
		expect(r.net).toBe(8581);
		expect(r.net).toBe(r.gross - r.discounts - (r.refunds - 590));
		expect(r.average).toBe(2588);
		expect(r.vat).toEqual([
			{ rate: 550, net: 2447, vat: 134, gross: 2581 },
			{ rate: 2000, net: 6475, vat: 1295, gross: 7770 }
		]);
		expect(r.byPaymentMethod).toEqual([
			{ method: 'Espèces', orders: 2, amount: 6371 },
			{ method: 'Carte', orders: 2, amount: 3980 }
		]);
		expect(r.byProduct).toEqual([
			{ sku: 'MUG', name: 'Tasse', quantity: 5, revenue: 6000 },
			{ sku: 'HONEY', name: 'Miel', quantity: 3, revenue: 2581 }
		]);
		expect(r.bucket).toBe('day');
		expect(r.series).toEqual([
			{ start: day1, amount: 6710, orders: 2 },
			{ start: day2, amount: 3641, orders: 2 }
		]);
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
