import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centsText, checkCents, divRound, mulDiv, parseMoney } from './money';

describe('parseMoney', () => {
	it.each([
		['12', 1200],
		['12,5', 1250],
		['12.50', 1250],
		['0,1', 10],
		['1 234,56 €', 123456],
		['1,234.56', 123456],
		['1.234,56', 123456],
		['€ 3', 300],
		['0.07', 7],
		// Three digits after a separator are a thousands group, never a fraction of a cent.
		['12,345', 1234500]
	])('reads %s as %i cents', (text, expected) => {
		expect(parseMoney(text)).toEqual({ ok: true, value: expected });
	});

	it.each(['', 'abc', '12,3456', '1.2.3', '12,5,0', '--1', '1e3'])('refuses %s', (text) => {
		const r = parseMoney(text);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error.code).toBe('money.invalid');
	});

	it('refuses negative amounts unless allowed', () => {
		expect(parseMoney('-3,10')).toEqual({ ok: false, error: { code: 'money.negative' } });
		expect(parseMoney('-3,10', { allowNegative: true })).toEqual({ ok: true, value: -310 });
	});

	it('round-trips any amount written as a decimal', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (n) => {
				const text = centsText(n, { decimal: '.' });
				expect(parseMoney(text)).toEqual({ ok: true, value: n });
				expect(parseMoney(text.replace('.', ','))).toEqual({ ok: true, value: n });
			})
		);
	});
});

describe('centsText', () => {
	it('writes cents as the seller types them, in either separator', () => {
		expect(centsText(1250, { decimal: ',' })).toBe('12,50');
		expect(centsText(5, { decimal: '.' })).toBe('0.05');
		expect(centsText(-310, { decimal: ',' })).toBe('-3,10');
		expect(centsText(123456, { decimal: '.' })).toBe('1234.56');
	});

	it('writes zero as empty only when asked', () => {
		expect(centsText(0, { decimal: ',', blankZero: true })).toBe('');
		expect(centsText(0, { decimal: ',' })).toBe('0,00');
	});

	it('gives back the same cents once parsed, negatives included', () => {
		fc.assert(
			fc.property(fc.integer({ min: -(10 ** 12), max: 10 ** 12 }), (n) => {
				const text = centsText(n, { decimal: ',' });
				expect(parseMoney(text, { allowNegative: true })).toEqual({ ok: true, value: n });
			})
		);
	});
});

describe('rounding', () => {
	it('rounds half away from zero', () => {
		expect(divRound(5n, 2n)).toBe(3n);
		expect(divRound(-5n, 2n)).toBe(-3n);
		expect(divRound(4n, 3n)).toBe(1n);
		expect(divRound(14n, 10n)).toBe(1n);
		expect(divRound(15n, 10n)).toBe(2n);
	});

	it('computes 20 % VAT included in 12.00 as 2.00 and in 9.99 as 1.67', () => {
		expect(mulDiv(1200, 2000, 12000)).toBe(200);
		expect(mulDiv(999, 2000, 12000)).toBe(167);
	});

	it('stays exact beyond 2^53 intermediate products', () => {
		expect(mulDiv(10 ** 12, 9999, 10000)).toBe(999_900_000_000);
	});

	it('checks untrusted cents', () => {
		expect(checkCents(12.5).ok).toBe(false);
		expect(checkCents(-1)).toEqual({ ok: false, error: { code: 'money.negative' } });
		expect(checkCents(100)).toEqual({ ok: true, value: 100 });
	});
});
