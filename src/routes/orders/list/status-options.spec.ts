import { describe, expect, it } from 'vitest';
import { statusChoices } from './status-options';

describe('statusChoices', () => {
	it('offers the fulfilment moves the rules allow', () => {
		const base = { kind: 'fulfilment', payment: 'paid', draft: false } as const;
		expect(statusChoices({ ...base, fulfilment: 'shipped' })).toEqual(['delivered', 'returned']);
		expect(statusChoices({ ...base, fulfilment: 'returned' })).toEqual([]);
	});

	it('offers paid or awaiting payment, never from a refund or a cancellation', () => {
		const base = { kind: 'payment', fulfilment: 'awaiting_processing', draft: false } as const;
		expect(statusChoices({ ...base, payment: 'awaiting_payment' })).toEqual(['paid']);
		expect(statusChoices({ ...base, payment: 'paid' })).toEqual(['awaiting_payment']);
		expect(statusChoices({ ...base, payment: 'refunded' })).toEqual([]);
		expect(statusChoices({ ...base, payment: 'cancelled' })).toEqual([]);
	});

	it('offers nothing on a draft', () => {
		expect(
			statusChoices({
				kind: 'payment',
				fulfilment: 'awaiting_processing',
				payment: 'awaiting_payment',
				draft: true
			})
		).toEqual([]);
	});
});
