import { describe, expect, it } from 'vitest';
import { decimalSeparator, formatDate, formatMoney, formatNumber } from './format';

// Intl uses narrow no-break spaces in French; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('formatMoney', () => {
	it('writes euros the French way by default', () => {
		expect(plain(formatMoney(1234550, { locale: 'fr-FR', currency: 'EUR' }))).toBe('12 345,50 €');
	});

	it('writes the same amount the British way and in another currency', () => {
		expect(formatMoney(1234550, { locale: 'en-GB', currency: 'EUR' })).toBe('€12,345.50');
		expect(formatMoney(199, { locale: 'en-US', currency: 'USD' })).toBe('$1.99');
	});

	it('keeps every cent of large and negative amounts', () => {
		expect(plain(formatMoney(900719925474099, { locale: 'fr-FR', currency: 'EUR' }))).toBe(
			'9 007 199 254 740,99 €'
		);
		expect(plain(formatMoney(-5, { locale: 'fr-FR', currency: 'EUR' }))).toBe('-0,05 €');
	});

	it('refuses a value that is not a whole number of cents', () => {
		expect(() => formatMoney(1.5, { locale: 'fr-FR', currency: 'EUR' })).toThrow(RangeError);
	});
});

describe('formatNumber and formatDate', () => {
	it('follow the locale', () => {
		expect(plain(formatNumber(12345.5, { locale: 'fr-FR' }))).toBe('12 345,5');
		expect(formatNumber(12345.5, { locale: 'en-GB' })).toBe('12,345.5');
		const day = Date.UTC(2026, 10, 23, 12);
		expect(formatDate(day, { locale: 'fr-FR' })).toContain('nov');
		expect(formatDate(day, { locale: 'en-GB' })).toContain('Nov');
	});
});

describe('decimalSeparator', () => {
	it('is the separator a seller of the locale types', () => {
		expect(decimalSeparator('fr-FR')).toBe(',');
		expect(decimalSeparator('en-GB')).toBe('.');
		expect(decimalSeparator('de-DE')).toBe(',');
	});
});
