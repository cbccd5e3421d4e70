import { describe, expect, it } from 'vitest';
import { orderFixture } from './fixtures';
import type { Cents } from './money';
import type { Order } from './order';
import { orderTotals, refundAmount } from './order-money';
import { refundEvents, type RefundRecord } from './refund-events';
import type { VatRate } from './vat';

const rec = (lineId: string | null, slot: number, at: number, refundId?: string): RefundRecord => ({
	lineId,
	slot,
	restock: true,
	at,
	deviceId: 'd',
	...(refundId ? { refundId } : {})
});

// Prices without VAT, odd amounts and a discount: per-line and per-rate VAT round differently.
function awkward(records: RefundRecord[]): Order {
	const lines = [
		{
			id: 'l1',
			sku: 'A',
			name: 'A',
			quantity: 3,
			unitPrice: 333 as Cents,
			vatRate: 2000 as VatRate
		},
		{
			id: 'l2',
			sku: 'B',
			name: 'B',
			quantity: 7,
			unitPrice: 149 as Cents,
			vatRate: 2000 as VatRate
		},
		{
			id: 'l3',
			sku: 'C',
			name: 'C',
			quantity: 1,
			unitPrice: 1001 as Cents,
			vatRate: 550 as VatRate
		}
	].map((l, pos) => ({ ...l, custom: false, digital: false, pos }));
	const refunds: Order['refunds'] = { lines: {}, shipping: false };
	for (const r of records) {
		if (r.lineId === null) refunds.shipping = true;
		else (refunds.lines[r.lineId] ??= { qty: 0, restocked: 0 }).qty++;
	}
	return orderFixture({
		lines,
		pricesIncludeVat: false,
		discount: { kind: 'percent', percent: 733 },
		shippingFee: 487 as Cents,
		refunds,
		refundRecords: records
	});
}

describe('refundEvents', () => {
	it('splits the refunded amount over the refunds to the cent, each adding up on its own', () => {
		const records = [
			rec('l1', 1, 10, 'x'),
			rec('l2', 1, 10, 'x'),
			rec('l2', 2, 20, 'y'),
			rec('l3', 1, 20, 'y'),
			rec('l1', 2, 30, 'z'),
			rec('l1', 3, 30, 'z'),
			...[3, 4, 5, 6, 7].map((s) => rec('l2', s, 40, 'w')),
			rec(null, 0, 40, 'w')
		];
		const order = awkward(records);
		const events = refundEvents(order);
		expect(events.map((e) => e.id)).toEqual(['x', 'y', 'z', 'w']);
		expect(events.reduce((a, e) => a + e.amount, 0)).toBe(orderTotals(order).total);
		expect(events.reduce((a, e) => a + e.amount, 0)).toBe(refundAmount(order, order.refunds));
		for (const e of events) {
			expect(e.lines.reduce((a, l) => a + l.amount, 0) + e.shipping).toBe(e.amount);
			expect(e.vat.reduce((a, v) => a + v.gross, 0)).toBe(e.amount);
			for (const v of e.vat) expect(v.net + v.vat).toBe(v.gross);
		}
	});

	it('orders refunds by date, then id, whatever order the records come in', () => {
		const records = [rec('l1', 2, 50, 'b'), rec('l1', 1, 50, 'a'), rec('l2', 1, 5, 'c')];
		const ids = refundEvents(awkward(records)).map((e) => e.id);
		expect(ids).toEqual(['c', 'a', 'b']);
		expect(refundEvents(awkward(records.slice().reverse())).map((e) => e.id)).toEqual(ids);
	});

	it('gives an order refunded without records one refund dated at its last change', () => {
		const order = orderFixture({
			updatedAt: 77,
			refunds: { lines: { l1: { qty: 1, restocked: 0 } }, shipping: false }
		});
		const [only, ...rest] = refundEvents(order);
		expect(rest).toEqual([]);
		expect(only).toMatchObject({ at: 77, amount: 1250, lines: [{ lineId: 'l1', qty: 1 }] });
		expect(refundEvents(orderFixture())).toEqual([]);
	});
});
