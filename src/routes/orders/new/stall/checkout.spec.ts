import { describe, expect, it } from 'vitest';
import type { Cents } from '$lib/domain/money';
import { checkout, parseStallDiscount, parseTendered, quickNotes } from './checkout';

const c = (n: number) => n as Cents;

describe('stall checkout', () => {
	it('cash: 20 € for 13,50 € records 13,50 € and gives 6,50 € back', () => {
		const tendered = parseTendered('20');
		if (!tendered.ok) throw new Error();
		expect(checkout({ total: c(1350), method: 'cash', tendered: tendered.value })).toEqual({
			ok: true,
			value: { payments: [{ method: 'cash', amount: 1350 }], change: 650 }
		});
	});

	it('cash with nothing typed is the exact amount; too little cash alone is refused', () => {
		expect(checkout({ total: c(1350), method: 'cash', tendered: null })).toMatchObject({
			ok: true,
			value: { change: 0 }
		});
		expect(checkout({ total: c(1350), method: 'cash', tendered: c(1000) }).ok).toBe(false);
	});

	it('10 € cash then card pays the rest by card: a split payment that adds up', () => {
		const r = checkout({ total: c(1350), method: 'card', tendered: c(1000) });
		expect(r).toEqual({
			ok: true,
			value: {
				payments: [
					{ method: 'cash', amount: 1000 },
					{ method: 'card', amount: 350 }
				],
				change: 0
			}
		});
	});

	it('offers the next round notes and reads the discount and the cash typed', () => {
		expect(quickNotes(c(1350))).toEqual([2000, 5000, 10000]);
		expect(parseStallDiscount('10 %')).toEqual({
			ok: true,
			value: { kind: 'percent', percent: 1000 }
		});
		expect(parseStallDiscount('2,00')).toEqual({
			ok: true,
			value: { kind: 'amount', amount: 200 }
		});
		expect(parseStallDiscount('')).toEqual({ ok: true, value: null });
		expect(parseStallDiscount('abc').ok).toBe(false);
		expect(parseTendered('abc').ok).toBe(false);
	});
});
