import { centsText, type DecimalSeparator } from '$lib/domain/money';

/** Where and how numbers, money and dates are written: a BCP 47 locale and an ISO 4217 currency. */
export interface FormatContext {
	/** e.g. `fr-FR`, `en-GB` */
	locale: string;
	/** e.g. `EUR` */
	currency: string;
}

/** Currencies offered in Settings; all use two minor digits, matching the cents kept inside. */
export const currencies = ['EUR', 'CHF', 'GBP', 'USD', 'CAD'] as const;

/** Number and date formats offered in Settings. */
export const numberLocales = ['fr-FR', 'fr-BE', 'fr-CH', 'de-DE', 'en-GB', 'en-US'] as const;

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
	let value = cache.get(key);
	if (!value) {
		value = make();
		cache.set(key, value);
	}
	return value as T;
}

/** Money given in cents, written with the currency sign the locale expects ("12,50 €"). */
export function formatMoney(cents: number, context: FormatContext): string {
	if (!Number.isSafeInteger(cents)) throw new RangeError(`not an amount in cents: ${cents}`);
	const format = cached(
		`money|${context.locale}|${context.currency}`,
		() => new Intl.NumberFormat(context.locale, { style: 'currency', currency: context.currency })
	);
	// A decimal string keeps the value exact: dividing by 100 would pass through a float.
	return format.format(centsText(cents, { decimal: '.' }) as unknown as number);
}

/** The decimal separator a seller of `locale` types: ',' (fr-FR) or '.' (en-GB). */
export function decimalSeparator(locale: string): DecimalSeparator {
	const parts = new Intl.NumberFormat(locale).formatToParts(1.5);
	return parts.find((p) => p.type === 'decimal')?.value === ',' ? ',' : '.';
}

/** A plain number in the locale's style ("12 345,5"). */
export function formatNumber(value: number, context: Pick<FormatContext, 'locale'>): string {
	return cached(`number|${context.locale}`, () => new Intl.NumberFormat(context.locale)).format(
		value
	);
}

/** A date and time in the locale's medium style. */
export function formatDateTime(
	date: Date | number,
	context: Pick<FormatContext, 'locale'>
): string {
	const format = cached(
		`datetime|${context.locale}`,
		() => new Intl.DateTimeFormat(context.locale, { dateStyle: 'medium', timeStyle: 'short' })
	);
	return format.format(date);
}

/** A date without the time in the locale's medium style. */
export function formatDate(date: Date | number, context: Pick<FormatContext, 'locale'>): string {
	const format = cached(
		`date|${context.locale}`,
		() => new Intl.DateTimeFormat(context.locale, { dateStyle: 'medium' })
	);
	return format.format(date);
}
