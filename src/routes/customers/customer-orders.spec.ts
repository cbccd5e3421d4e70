import { describe, expect, it } from 'vitest';
import { lifetimeTotal, ordersOf, type CustomerOrderRow } from './customer-orders';

const row = (o: Partial<CustomerOrderRow>): CustomerOrderRow => ({
	id: 'o',
	customerEmail: 'zoe@example.fr',
	paymentStatus: 'paid',
	total: 1000,
	refunded: 0,
	...o
});

describe('ordersOf', () => {
	it('keeps only the exact email, whatever its case', () => {
		const rows = [
			row({ id: 'a' }),
			row({ id: 'b', customerEmail: 'zoe@example.fr.other' }),
			row({ id: 'c', customerEmail: 'zoelie@example.fr' }),
			row({ id: 'd', customerEmail: 'ZOE@example.fr' })
		];
		expect(ordersOf(rows, ' Zoe@Example.fr ').map((r) => r.id)).toEqual(['a', 'd']);
	});
});

describe('lifetimeTotal', () => {
	it('sums paid orders minus refunds and ignores unpaid and cancelled ones', () => {
		const rows = [
			row({ total: 1000 }),
			row({ total: 2500, refunded: 500, paymentStatus: 'partially_refunded' }),
			row({ total: 700, refunded: 700, paymentStatus: 'refunded' }),
			row({ total: 9999, paymentStatus: 'awaiting_payment' }),
			row({ total: 4000, paymentStatus: 'cancelled' })
		];
		expect(lifetimeTotal(rows)).toEqual({ total: 3000, paidOrders: 3 });
	});

	it('is zero without orders', () => {
		expect(lifetimeTotal([])).toEqual({ total: 0, paidOrders: 0 });
	});
});
