/**
 * Product barcodes: what a scanner (camera or a keyboard-wedge reader typing the code and Enter)
 * reads off a label. EAN-13, EAN-8 and UPC-A are digits with a check digit, verified here so a
 * mistyped code is refused; other symbologies (Code 128) carry any short printable text.
 */
import { fail, ok, type Result } from './result';

/** True when the last digit of an EAN-8, UPC-A (12), EAN-13 or GTIN-14 code is right. */
export function validCheckDigit(code: string): boolean {
	if (!/^\d+$/.test(code) || ![8, 12, 13, 14].includes(code.length)) return false;
	const digits = [...code].map(Number);
	const check = digits.pop()!;
	// Weights 3, 1, 3… from the digit next to the check digit.
	const sum = digits.reverse().reduce((a, d, i) => a + d * (i % 2 === 0 ? 3 : 1), 0);
	return (10 - (sum % 10)) % 10 === check;
}

/** Checks a barcode typed or imported: '' (none), a valid EAN/UPC, or printable text. */
export function checkBarcode(value: unknown): Result<string> {
	if (typeof value !== 'string') return fail('barcode.invalid');
	const code = value.trim();
	if (code === '') return ok('');
	if (code.length > 64 || !/^[\x21-\x7e]+$/.test(code)) return fail('barcode.invalid');
	if (/^\d+$/.test(code) && [8, 12, 13].includes(code.length) && !validCheckDigit(code)) {
		return fail('barcode.checkDigit', { code });
	}
	return ok(code);
}

/** The product whose barcode, or else SKU, is exactly what a scanner typed; null when none. */
export function findByCode<P extends { sku: string; barcode?: string }>(
	products: readonly P[],
	typed: string
): P | null {
	const code = typed.trim();
	if (code === '') return null;
	return (
		products.find((p) => p.barcode === code) ??
		products.find((p) => p.sku.toLowerCase() === code.toLowerCase()) ??
		null
	);
}
