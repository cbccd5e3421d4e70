/**
 * Money is an integer number of cents everywhere inside Comptoir. Text becomes cents here, without
 * floating point; cents become text only at the edges (Intl.NumberFormat in the UI).
 *
 * Rounding rule (one for the whole app, see docs/decisions/0003): a fraction of a cent is rounded
 * half away from zero, computed on exact integers (BigInt) so no binary fraction is involved.
 */
import { fail, ok, type Result } from './result';

declare const centsBrand: unique symbol;
/** An amount in cents (integer). */
export type Cents = number & { readonly [centsBrand]: true };

/** Largest amount accepted, in cents (10 billion units): keeps every product below 2^53. */
export const maxCents = 1_000_000_000_000 as Cents;

/** Brands an integer as cents; throws on a non-integer because that is a programming error. */
export function cents(value: number): Cents {
	if (!Number.isSafeInteger(value)) throw new TypeError(`cents must be an integer, got ${value}`);
	return value as Cents;
}

/** Zero cents. */
export const zero = 0 as Cents;

/** Sums amounts in cents. */
export function sum(values: readonly Cents[]): Cents {
	let total = 0;
	for (const v of values) total += v;
	return total as Cents;
}

/** Divides a by b (integers, b > 0), rounding half away from zero. */
export function divRound(a: bigint, b: bigint): bigint {
	const negative = a < 0n;
	const abs = negative ? -a : a;
	const q = (abs * 2n + b) / (b * 2n);
	return negative ? -q : q;
}

/** Multiplies an amount in cents by num/den with the house rounding rule, in cents. */
export function mulDiv(amount: number, num: number, den: number): Cents {
	return Number(divRound(BigInt(amount) * BigInt(num), BigInt(den))) as Cents;
}

/**
 * Parses what a seller types ("12", "12,5", "1 234,56 €", "1,234.56", "-3.10") into cents.
 * The last `,` or `.` followed by 1–2 digits is the decimal separator; other separators group.
 */
export function parseMoney(text: string, options: { allowNegative?: boolean } = {}): Result<Cents> {
	const cleaned = text.replace(/[\s\u00a0\u202f€$£]|EUR|USD|GBP|CHF/g, '');
	const match = /^(-?)(\d{1,3}(?:[.,' ]?\d{3})*|\d+)(?:[.,](\d{1,2}))?$/.exec(cleaned);
	if (!match || cleaned === '' || cleaned === '-') return fail('money.invalid', { text });
	const [, sign, whole = '', fraction = ''] = match;
	const digits = whole.replace(/[.,']/g, '');
	if (digits.length > 13) return fail('money.tooLarge');
	const value = Number(digits) * 100 + Number(fraction.padEnd(2, '0'));
	if (value > maxCents) return fail('money.tooLarge');
	if (sign === '-' && value !== 0) {
		if (!options.allowNegative) return fail('money.negative');
		return ok(-value as Cents);
	}
	return ok(value as Cents);
}

/** Checks untrusted input is a non-negative amount in cents. */
export function checkCents(value: unknown): Result<Cents> {
	if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
		return fail('money.invalid', { text: String(value) });
	}
	if (value < 0) return fail('money.negative');
	if (value > maxCents) return fail('money.tooLarge');
	return ok(value as Cents);
}

/** The decimal separator a seller types: a comma in French, a dot in English. */
export type DecimalSeparator = ',' | '.';

/**
 * Cents as plain decimal text, the way a seller types them ("1234,50", "-3.10"): no grouping,
 * no currency sign, no floating point. `blankZero` writes zero as '' (an empty optional fee).
 */
export function centsText(
	amount: number,
	o: { decimal: DecimalSeparator; blankZero?: boolean }
): string {
	if (amount === 0 && o.blankZero) return '';
	const sign = amount < 0 ? '-' : '';
	const abs = Math.abs(amount);
	return `${sign}${Math.trunc(abs / 100)}${o.decimal}${String(abs % 100).padStart(2, '0')}`;
}
