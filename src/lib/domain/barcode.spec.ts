import { describe, expect, it } from 'vitest';
import { checkBarcode, findByCode, validCheckDigit } from './barcode';

describe('barcodes', () => {
	it('checks the last digit of EAN-13, EAN-8 and UPC-A codes', () => {
		expect(validCheckDigit('4006381333931')).toBe(true); // EAN-13
		expect(validCheckDigit('4006381333932')).toBe(false);
		expect(validCheckDigit('96385074')).toBe(true); // EAN-8
		expect(validCheckDigit('036000291452')).toBe(true); // UPC-A
		expect(validCheckDigit('036000291453')).toBe(false);
	});

	it('refuses a mistyped EAN and text that cannot be a barcode, with a clear code', () => {
		expect(checkBarcode('4006381333932')).toMatchObject({
			ok: false,
			error: { code: 'barcode.checkDigit' }
		});
		expect(checkBarcode('12 34')).toMatchObject({ ok: false, error: { code: 'barcode.invalid' } });
		expect(checkBarcode('x'.repeat(65))).toMatchObject({ ok: false });
		expect(checkBarcode(12)).toMatchObject({ ok: false });
		expect(checkBarcode(' 4006381333931 ')).toEqual({ ok: true, value: '4006381333931' });
		expect(checkBarcode('MIEL-500G')).toEqual({ ok: true, value: 'MIEL-500G' });
		expect(checkBarcode('')).toEqual({ ok: true, value: '' });
	});

	it('finds a product by its barcode first, then by its exact SKU', () => {
		const products = [
			{ sku: 'JAR', barcode: '4006381333931' },
			{ sku: '4006381333931', barcode: '' },
			{ sku: 'MUG', barcode: '' }
		];
		expect(findByCode(products, '4006381333931')?.sku).toBe('JAR');
		expect(findByCode(products, 'mug')?.sku).toBe('MUG');
		expect(findByCode(products, 'MU')).toBeNull();
		expect(findByCode(products, '  ')).toBeNull();
	});
});
