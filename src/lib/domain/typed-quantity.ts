/**
 * Quantities as a seller types them ("12", "+5", "-3", "− 2", "1 000") and writes them back
 * ("+3", "−2"): parsed as text, never through floating point, with the domain's limits.
 */
import { fail, ok, type Result } from './result';

/** Largest quantity accepted, the same bound as `checkQuantity`. */
const maxQuantity = 1_000_000;

/** How a field reads its quantity. */
export interface QuantityRules {
	/** Smallest quantity accepted (0 or 1) when negatives are refused; 0 by default. */
	min?: 0 | 1;
	/** Accepts a minus sign (a stock adjustment); refused by default. */
	allowNegative?: boolean;
	/** What an empty field means; without it, an empty field is refused. */
	empty?: number;
}

/** Reads a typed whole number of units, or the refusal that explains why it does not read. */
export function parseTypedQuantity(text: string, rules: QuantityRules = {}): Result<number> {
	// Tablets' keyboards offer the typographic minus; treat it as a plain one.
	const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
	if (cleaned === '' && rules.empty !== undefined) return ok(rules.empty);
	const match = /^([+-]?)(\d+)$/.exec(cleaned);
	if (!match) {
		const negative = cleaned.startsWith('-') && !rules.allowNegative;
		return fail(negative ? 'quantity.negative' : 'quantity.notInteger');
	}
	const value = Number(match[2]) * (match[1] === '-' ? -1 : 1);
	if (value < 0 && !rules.allowNegative) return fail('quantity.negative');
	if (Math.abs(value) > maxQuantity) return fail('quantity.tooLarge');
	if (!rules.allowNegative && value < (rules.min ?? 0)) return fail('quantity.notPositive');
	return ok(value === 0 ? 0 : value);
}

/** Writes a signed quantity with an explicit sign: "+3", "−2" (typographic minus), "0". */
export function signedQuantity(value: number): string {
	if (value > 0) return `+${value}`;
	if (value < 0) return `\u2212${-value}`;
	return '0';
}
