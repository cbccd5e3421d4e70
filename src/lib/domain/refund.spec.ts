import { describe, expect, it } from 'vitest';
import { orderFixture } from './fixtures';
import { effectivePaymentStatus, paidAmount, refundAmount } from './order-money';
import { orderTotals } from './order-money';
import { planRefund } from './refund';

describe('planRefund', () => {
	it('refunds chosen units with restock on by default', () => {
		const r = planRefund(orderFixture(), { lines: [{ sku: 'MUG', qty: 1 }] });
		expect(r).toEqual({
			ok: true,
			value: {
				lines: [
					{
						lineId: 'l1',
						sku: 'MUG',
						name: 'Tasse',
						vatRate: 2000,
						qty: 1,
						restocked: 1,
						amount: 1250
					}
				],
				shipping: 0,
				free: 0,
				freeByRate: [],
				reason: '',
				method: 'Carte',
				amount: 1250,
				feeVatRate: 2000
			}
		});
	});
	it('continues after units already refunded, and lets restock be unticked', () => {
		const order = orderFixture({
			refunds: { lines: { l1: { qty: 1, restocked: 1 } }, shipping: false }
		});
		const r = planRefund(order, { lines: [{ lineId: 'l1', qty: 1, restock: false }] });
		expect(r.ok && r.value.lines.map((l) => [l.qty, l.restocked, l.amount])).toEqual([
			[1, 0, 1250]
		]);
	});
	it('refuses an unknown SKU', () => {
		expect(planRefund(orderFixture(), { lines: [{ sku: 'NOPE', qty: 1 }] })).toEqual({
			ok: false,
			error: { code: 'refund.unknownLine', params: { sku: 'NOPE' } }
		});
	});
	it('refuses more than was paid for a line', () => {
		const order = orderFixture({
			refunds: { lines: { l1: { qty: 1, restocked: 0 } }, shipping: false }
		});
		expect(planRefund(order, { lines: [{ sku: 'MUG', qty: 2 }] })).toEqual({
			ok: false,
			error: { code: 'refund.abovePaid', params: { lineId: 'l1', refundable: 1 } }
		});
	});
	it('refuses an unpaid order, an empty refund, a negative quantity, shipping twice', () => {
		const unpaid = orderFixture({ basePaymentStatus: 'awaiting_payment' });
		expect(planRefund(unpaid, { whole: true })).toEqual({
			ok: false,
			error: { code: 'refund.notPaid' }
		});
		expect(planRefund(orderFixture(), {})).toEqual({ ok: false, error: { code: 'refund.empty' } });
		const neg = planRefund(orderFixture(), { lines: [{ sku: 'MUG', qty: -1 }] });
		expect(!neg.ok && neg.error.code).toBe('quantity.negative');
		const shipped = orderFixture({ refunds: { lines: {}, shipping: true } });
		expect(planRefund(shipped, { shipping: true })).toEqual({
			ok: false,
			error: { code: 'refund.shippingAlreadyRefunded' }
		});
	});
	it('refunds the whole order: every unit and the shipping', () => {
		const r = planRefund(orderFixture(), { whole: true });
		expect(r.ok && r.value.lines.reduce((a, l) => a + l.qty, 0)).toBe(3);
		expect(r.ok && r.value.shipping).toBe(590);
		expect(r.ok && r.value.amount).toBe(orderTotals(orderFixture()).total);
	});
});

describe('refund amounts and status', () => {
	it('a full refund is exactly the total, and the order becomes refunded', () => {
		const refunds = {
			lines: { l1: { qty: 2, restocked: 2 }, l2: { qty: 1, restocked: 1 } },
			shipping: true
		};
		const order = orderFixture({ refunds, discount: { kind: 'percent', percent: 333 } });
		expect(refundAmount(order, refunds)).toBe(orderTotals(order).total);
		expect(order.paymentStatus).toBe('refunded');
		expect(paidAmount(order)).toBe(orderTotals(order).total);
	});
	it('a partial refund makes the order partially refunded', () => {
		const refunds = { lines: { l1: { qty: 1, restocked: 1 } }, shipping: false };
		const order = orderFixture({ refunds });
		expect(order.paymentStatus).toBe('partially_refunded');
		expect(refundAmount(order, refunds)).toBe(1250);
	});
	it('never counts more refunded units than the line holds', () => {
		const refunds = { lines: { l1: { qty: 5, restocked: 5 } }, shipping: false };
		const order = orderFixture({ refunds });
		expect(refundAmount(order, refunds)).toBe(2500);
	});
	it('refunds dominate cancellation, which dominates the status set by hand', () => {
		const cancelled = { at: 1, deviceId: 'd', restock: {} };
		const unpaid = { cancelled, basePaymentStatus: 'awaiting_payment' as const };
		expect(effectivePaymentStatus(orderFixture(unpaid))).toBe('cancelled');
		// A payment merged with a cancellation keeps the money in view (flagged, order-conflicts.ts).
		expect(effectivePaymentStatus(orderFixture({ cancelled }))).toBe('paid');
		const refunds = { lines: { l2: { qty: 1, restocked: 0 } }, shipping: false };
		expect(effectivePaymentStatus(orderFixture({ cancelled, refunds }))).toBe('partially_refunded');
	});
});
