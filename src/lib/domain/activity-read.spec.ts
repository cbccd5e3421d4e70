import { describe, expect, it } from 'vitest';
import { readActivityEntry } from './order-record';

const entry = (detail: unknown) => ({
	at: 1_700_000_000_000,
	deviceId: 'd1',
	kind: 'payment',
	detail
});

describe('readActivityEntry', () => {
	it('keeps a payment entry as the actions write it', () => {
		expect(readActivityEntry(entry({ method: 'cash', amount: 1250 }), 'a1')).toEqual({
			id: 'a1',
			at: 1_700_000_000_000,
			deviceId: 'd1',
			kind: 'payment',
			detail: { method: 'cash', amount: 1250 }
		});
	});

	it.each([
		['text', 'douze euros'],
		['a fraction of a cent', 1.5],
		['a negative amount', -100],
		['an amount past the bounds', 1e300]
	])('skips an entry whose amount is %s (it would read "NaN €" or a false sum)', (_, amount) => {
		expect(readActivityEntry(entry({ method: 'cash', amount }), 'a1')).toBeNull();
	});

	it('skips a refund entry whose units are not a whole count', () => {
		expect(
			readActivityEntry({ ...entry({ amount: 100, units: 'x' }), kind: 'refund' }, 'a')
		).toBeNull();
		expect(
			readActivityEntry({ ...entry({ amount: 100, units: 2.5 }), kind: 'refund' }, 'a')
		).toBeNull();
		expect(
			readActivityEntry({ ...entry({ amount: 100, units: 2 }), kind: 'refund' }, 'a')
		).not.toBeNull();
	});

	it('keeps a status entry that has no amount', () => {
		expect(readActivityEntry(entry({ from: 'awaiting_payment', to: 'paid' }), 'a')?.detail).toEqual(
			{
				from: 'awaiting_payment',
				to: 'paid'
			}
		);
	});
});
