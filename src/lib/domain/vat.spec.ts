import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseVatRate, vatRateText } from './vat';

describe('vatRateText', () => {
	it('writes a rate without trailing zeros', () => {
		expect(vatRateText(2000, ',')).toBe('20');
		expect(vatRateText(550, ',')).toBe('5,5');
		expect(vatRateText(210, '.')).toBe('2.1');
		expect(vatRateText(1, ',')).toBe('0,01');
		expect(vatRateText(0, ',')).toBe('0');
		expect(vatRateText(10000, '.')).toBe('100');
	});

	it('gives back the same rate once parsed, for every rate and both separators', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 10000 }), fc.constantFrom(',', '.'), (bp, sep) => {
				expect(parseVatRate(vatRateText(bp, sep as ',' | '.'))).toEqual({ ok: true, value: bp });
			})
		);
	});
});
