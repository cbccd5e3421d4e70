import { describe, expect, it } from 'vitest';
import { parseWholeNumber, signed } from './whole-number';

describe('parseWholeNumber', () => {
	it('reads plain, signed and spaced numbers', () => {
		expect(parseWholeNumber('12')).toEqual({ ok: true, value: 12 });
		expect(parseWholeNumber(' +5 ', { allowNegative: true })).toEqual({ ok: true, value: 5 });
		expect(parseWholeNumber('-3', { allowNegative: true })).toEqual({ ok: true, value: -3 });
		expect(parseWholeNumber('\u2212 2', { allowNegative: true })).toEqual({ ok: true, value: -2 });
		expect(parseWholeNumber('1 000')).toEqual({ ok: true, value: 1000 });
	});

	it('refuses fractions, words, empty text and negatives unless allowed', () => {
		expect(parseWholeNumber('1.5')).toMatchObject({
			ok: false,
			error: { code: 'quantity.notInteger' }
		});
		expect(parseWholeNumber('abc')).toMatchObject({ ok: false });
		expect(parseWholeNumber('')).toMatchObject({
			ok: false,
			error: { code: 'quantity.notInteger' }
		});
		expect(parseWholeNumber('-1')).toMatchObject({
			ok: false,
			error: { code: 'quantity.negative' }
		});
		expect(parseWholeNumber('2000000')).toMatchObject({
			ok: false,
			error: { code: 'quantity.tooLarge' }
		});
	});

	it('never returns minus zero', () => {
		expect(Object.is(parseWholeNumber('-0', { allowNegative: true }).ok && 0, 0)).toBe(true);
		const r = parseWholeNumber('-0', { allowNegative: true });
		expect(r.ok && Object.is(r.value, -0)).toBe(false);
	});
});

describe('signed', () => {
	it('shows the sign', () => {
		expect(signed(3)).toBe('+3');
		expect(signed(-2)).toBe('\u22122');
		expect(signed(0)).toBe('0');
	});
});
