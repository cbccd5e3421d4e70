import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTypedQuantity, signedQuantity } from './typed-quantity';

const refusal = (code: string) => ({ ok: false, error: { code } });

describe('parseTypedQuantity', () => {
	it('reads plain, signed and spaced numbers', () => {
		expect(parseTypedQuantity('12')).toEqual({ ok: true, value: 12 });
		expect(parseTypedQuantity(' 3 ', { min: 1 })).toEqual({ ok: true, value: 3 });
		expect(parseTypedQuantity(' +5 ', { allowNegative: true })).toEqual({ ok: true, value: 5 });
		expect(parseTypedQuantity('-3', { allowNegative: true })).toEqual({ ok: true, value: -3 });
		expect(parseTypedQuantity('\u2212 2', { allowNegative: true })).toEqual({
			ok: true,
			value: -2
		});
		expect(parseTypedQuantity('1 000')).toEqual({ ok: true, value: 1000 });
	});

	it('refuses what is not a whole number, with the reason', () => {
		expect(parseTypedQuantity('1.5')).toEqual(refusal('quantity.notInteger'));
		expect(parseTypedQuantity('1,5', { min: 1 })).toEqual(refusal('quantity.notInteger'));
		expect(parseTypedQuantity('abc')).toEqual(refusal('quantity.notInteger'));
		expect(parseTypedQuantity('')).toEqual(refusal('quantity.notInteger'));
		expect(parseTypedQuantity('-1')).toEqual(refusal('quantity.negative'));
		expect(parseTypedQuantity('-1.5')).toEqual(refusal('quantity.negative'));
		expect(parseTypedQuantity('0', { min: 1 })).toEqual(refusal('quantity.notPositive'));
		expect(parseTypedQuantity('2000000')).toEqual(refusal('quantity.tooLarge'));
		expect(parseTypedQuantity('-2000000', { allowNegative: true })).toEqual(
			refusal('quantity.tooLarge')
		);
	});

	it('reads an empty field as the value the field gives it', () => {
		expect(parseTypedQuantity('  ', { empty: 0 })).toEqual({ ok: true, value: 0 });
		expect(parseTypedQuantity('4', { empty: 0 })).toEqual({ ok: true, value: 4 });
	});

	it('never returns minus zero', () => {
		const r = parseTypedQuantity('-0', { allowNegative: true });
		expect(r.ok && Object.is(r.value, -0)).toBe(false);
		expect(r).toEqual({ ok: true, value: 0 });
	});

	it('reads back every quantity it writes', () => {
		fc.assert(
			fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (n) => {
				const back = parseTypedQuantity(signedQuantity(n), { allowNegative: true });
				expect(back).toEqual({ ok: true, value: n });
			})
		);
	});
});

describe('signedQuantity', () => {
	it('shows the sign', () => {
		expect(signedQuantity(3)).toBe('+3');
		expect(signedQuantity(-2)).toBe('\u22122');
		expect(signedQuantity(0)).toBe('0');
	});
});
