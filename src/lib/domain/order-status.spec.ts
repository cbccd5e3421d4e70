import { describe, expect, it } from 'vitest';
import { checkFulfilmentChange, checkPaymentChange, nextFulfilmentStatuses } from './order-status';

describe('payment status changes by hand', () => {
	it('allows awaiting payment ↔ paid', () => {
		expect(checkPaymentChange('awaiting_payment', 'paid').ok).toBe(true);
		expect(checkPaymentChange('paid', 'awaiting_payment').ok).toBe(true);
	});
	it('never marks a refunded order paid or awaiting payment', () => {
		for (const from of ['refunded', 'partially_refunded'] as const) {
			for (const to of ['paid', 'awaiting_payment'] as const) {
				expect(checkPaymentChange(from, to)).toEqual({
					ok: false,
					error: { code: 'status.refundedLocked' }
				});
			}
		}
	});
	it('keeps cancelled and refunded for cancelOrder and refundLines', () => {
		expect(checkPaymentChange('paid', 'refunded').ok).toBe(false);
		expect(checkPaymentChange('awaiting_payment', 'cancelled').ok).toBe(false);
		expect(checkPaymentChange('cancelled', 'paid')).toEqual({
			ok: false,
			error: { code: 'status.transition', params: { from: 'cancelled', to: 'paid' } }
		});
	});
});

describe('fulfilment changes', () => {
	it('offers "will not deliver" only for cancelled and refunded orders', () => {
		expect(nextFulfilmentStatuses({ from: 'awaiting_processing', payment: 'paid' })).not.toContain(
			'will_not_deliver'
		);
		expect(nextFulfilmentStatuses({ from: 'awaiting_processing', payment: 'cancelled' })).toContain(
			'will_not_deliver'
		);
		expect(nextFulfilmentStatuses({ from: 'processing', payment: 'refunded' })).toContain(
			'will_not_deliver'
		);
		expect(
			checkFulfilmentChange({ from: 'processing', to: 'will_not_deliver', payment: 'paid' })
		).toEqual({
			ok: false,
			error: { code: 'status.willNotDeliverNeedsCancel' }
		});
	});
	it('returns only what was shipped or delivered', () => {
		expect(checkFulfilmentChange({ from: 'processing', to: 'returned', payment: 'paid' }).ok).toBe(
			false
		);
		expect(checkFulfilmentChange({ from: 'delivered', to: 'returned', payment: 'paid' }).ok).toBe(
			true
		);
	});
});
