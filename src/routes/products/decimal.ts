/** The decimal separator of a BCP 47 locale, for amounts pre-filled in forms. */
export function decimalSeparator(locale: string): string {
	const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
	return part?.value ?? '.';
}
