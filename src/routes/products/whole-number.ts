/** Whole numbers typed by a seller ("12", "+5", "-3", "− 2"), parsed without floating point. */
import { fail, ok, type Result } from '$lib/domain/result';

/** Parses a signed whole number; `allowNegative` false refuses a minus sign. */
export function parseWholeNumber(
	text: string,
	o: { allowNegative?: boolean } = {}
): Result<number> {
	// Tablets' keyboards offer the typographic minus; treat it as a plain one.
	const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
	const match = /^([+-]?)(\d{1,7})$/.exec(cleaned);
	if (!match) return fail('quantity.notInteger');
	const value = Number(match[2]) * (match[1] === '-' ? -1 : 1);
	if (value < 0 && !o.allowNegative) return fail('quantity.negative');
	if (Math.abs(value) > 1_000_000) return fail('quantity.tooLarge');
	return ok(value === 0 ? 0 : value);
}

/** Writes a signed quantity with an explicit sign: "+3", "−2", "0". */
export function signed(value: number): string {
	if (value > 0) return `+${value}`;
	if (value < 0) return `\u2212${-value}`;
	return '0';
}
