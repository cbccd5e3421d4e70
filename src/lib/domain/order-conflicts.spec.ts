import { describe, expect, it } from 'vitest';
import type { Cents } from './money';
import { orderFixture } from './fixtures';
import { orderConflicts } from './order-conflicts';
import type { RefundEntry } from './refund-record';
import type { VatRate } from './vat';

const entry = (id: string, qty: number, over: Partial<RefundEntry> = {}): RefundEntry => ({
	id,
	at: 1,
	deviceId: id,
	lines: [
		{
			lineId: 'l1',
			sku: 'MUG',
			name: 'Tasse',
			vatRate: 2000 as VatRate,
			qty,
			restocked: qty,
			amount: (1250 * qty) as Cents
		}
	],
	shipping: 0 as Cents,
	free: 0 as Cents,
	freeByRate: [],
	reason: '',
	method: 'Carte',
	amount: (1250 * qty) as Cents,
	feeVatRate: 2000 as VatRate,
	number: null,
	...over
});
const withEntries = (entries: RefundEntry[], over = {}) =>
	orderFixture({
		refundEntries: entries,
		refunds: {
			lines: { l1: { qty: entries.reduce((n, e) => n + (e.lines[0]?.qty ?? 0), 0), restocked: 0 } },
			shipping: entries.some((e) => e.shipping > 0)
		},
		...over
	});

describe('orderConflicts', () => {
	it('none for refunds that fit', () => {
		expect(orderConflicts(withEntries([entry('a', 1), entry('b', 1)]))).toEqual([]);
	});
	it('flags refunds that together exceed the units sold, naming both', () => {
		const [c] = orderConflicts(withEntries([entry('a', 2), entry('b', 1)]));
		expect(c).toEqual({
			kind: 'overRefunded',
			lineId: 'l1',
			name: 'Tasse',
			refunded: 3,
			sold: 2,
			refunds: ['a', 'b']
		});
	});
	it('flags shipping refunded twice and money above what was paid', () => {
		const ship = { shipping: 590 as Cents, amount: 590 as Cents, lines: [] };
		const order = withEntries([], {
			refundEntries: [entry('a', 0, ship), entry('b', 0, ship)],
			refunds: { lines: {}, shipping: true }
		});
		expect(orderConflicts(order).map((c) => c.kind)).toEqual(['shippingTwice']);
		const free = entry('c', 0, { lines: [], free: 99999 as Cents, amount: 99999 as Cents });
		expect(orderConflicts(withEntries([free])).map((c) => c.kind)).toEqual(['abovePaid']);
	});
	it('flags a cancellation merged with a payment or a refund', () => {
		const cancelled = { at: 1, deviceId: 'd', restock: {} };
		expect(orderConflicts(orderFixture({ cancelled })).map((c) => c.kind)).toEqual([
			'cancelledButPaid'
		]);
		const unpaid = orderFixture({ cancelled, basePaymentStatus: 'awaiting_payment' });
		expect(orderConflicts(unpaid)).toEqual([]);
		expect(orderConflicts(withEntries([entry('a', 1)], { cancelled })).map((c) => c.kind)).toEqual([
			'cancelledAndRefunded'
		]);
	});
});
