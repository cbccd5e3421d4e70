/**
 * VAT rates are integers in basis points (2000 = 20 %, 550 = 5.5 %) so that rates such as 5.5 %
 * and 2.1 % stay exact.
 */
import type { DecimalSeparator } from './money';
import { fail, ok, type Result } from './result';

declare const rateBrand: unique symbol;
/** A VAT rate in basis points (1/100 of a percent). */
export type VatRate = number & { readonly [rateBrand]: true };

/** The French standard rate, 20 %, in basis points. */
export const standardRate = 2000 as VatRate;

/** Checks untrusted input is a VAT rate in basis points between 0 and 10000. */
export function checkVatRate(value: unknown): Result<VatRate> {
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 10000) {
		return fail('vat.invalid');
	}
	return ok(value as VatRate);
}

/** Parses "20", "5,5" or "5.5 %" into basis points without floating point. */
export function parseVatRate(text: string): Result<VatRate> {
	const match = /^(\d{1,3})(?:[.,](\d{1,2}))?\s*%?$/.exec(text.trim());
	if (!match) return fail('vat.invalid');
	const value = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
	return checkVatRate(value);
}

/** A rate in basis points as the seller types it, without trailing zeros: 2000 → "20", 550 → "5,5". */
export function vatRateText(rate: number, decimal: DecimalSeparator): string {
	const whole = Math.trunc(rate / 100);
	const fraction = String(rate % 100)
		.padStart(2, '0')
		.replace(/0+$/, '');
	return fraction ? `${whole}${decimal}${fraction}` : String(whole);
}
