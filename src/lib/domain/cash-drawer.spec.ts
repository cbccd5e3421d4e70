import { describe, expect, it } from 'vitest';
import { cashMoves, countTotal, drawerBalance } from './cash-drawer';
import type { Cents } from './money';
import type { Order } from './order';

const day = { from: Date.UTC(2026, 11, 2), to: Date.UTC(2026, 11, 3) };
const at = day.from + 3_600_000;

function order(over: Partial<Order>): Order {
	return {
		id: 'o',
		draft: false,
		lines: [
			{
				id: 'l',
				sku: 'JAR',
				name: 'Miel',
				quantity: 3,
				unitPrice: 450 as Cents,
				vatRate: 550,
				custom: false,
				digital: false,
				pos: 0
			}
		],
		discount: null,
		shippingFee: 0,
		handlingFee: 0,
		feeVatRate: 2000,
		pricesIncludeVat: true,
		paymentMethod: 'cash',
		basePaymentStatus: 'paid',
		paymentStatus: 'paid',
		createdAt: at,
		updatedAt: at,
		refunds: { lines: {}, shipping: false },
		refundEntries: [],
		refundRecords: [],
		payments: [],
		...over
	} as unknown as Order;
}

describe('cash drawer', () => {
	it('counts coins and notes', () => {
		expect(countTotal({ 2000: 2, 500: 1, 200: 3, 10: 4 })).toBe(4000 + 500 + 600 + 40);
		expect(countTotal({ 2000: -1, 100: 1.7 })).toBe(100);
	});

	it('expects the float plus the day’s cash payments less cash refunds', () => {
		const orders = [
			// A split sale: only the cash part is in the drawer.
			order({
				payments: [
					{ id: 'a', method: 'cash', amount: 1000 as Cents, at, deviceId: 'd' },
					{ id: 'b', method: 'card', amount: 350 as Cents, at, deviceId: 'd' }
				]
			}),
			// An older order paid "Espèces" by hand: its total.
			order({ id: 'old', paymentMethod: 'Espèces' }),
			// Paid in cash yesterday: not today's cash.
			order({ id: 'y', createdAt: day.from - 1 }),
			// Card: never in the drawer.
			order({ id: 'c', paymentMethod: 'card' }),
			// Unpaid: nothing received.
			order({ id: 'u', basePaymentStatus: 'awaiting_payment' }),
			// A refund of one jar today on an order paid in cash yesterday.
			order({
				id: 'r',
				createdAt: day.from - 86_400_000,
				refunds: { lines: { l: { qty: 1, restocked: 1 } }, shipping: false },
				refundRecords: [{ lineId: 'l', slot: 1, restock: true, at, deviceId: 'd', refundId: 'r1' }]
			})
		];
		const moves = cashMoves(orders, day);
		expect(moves).toEqual({ received: 1000 + 1350, refunded: 450 });
		expect(drawerBalance({ float: 5000, moves, counted: 7850 })).toEqual({
			expected: 5000 + 2350 - 450,
			counted: 7850,
			difference: 7850 - 6900
		});
	});
});
