/**
 * Search text of an order: words from number, customer (phone as digits, whatever the spacing),
 * addresses' cities and postcodes, tracking number, SKUs, item names and notes.
 */
import type { Order } from './order';

/** Lower-cases and strips accents so "Élodie" matches "elodie". */
export function fold(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();
}

/** Splits text into searchable words (letters and digits; emails and phones stay whole too). */
export function words(text: string): string[] {
	const folded = fold(text);
	const out = new Set<string>();
	for (const w of folded.split(/[^a-z0-9@.+-]+/)) {
		const trimmed = w.replace(/^[.+-]+|[.+-]+$/g, '');
		if (trimmed === '') continue;
		out.add(trimmed);
		for (const part of trimmed.split(/[@.+-]+/)) if (part.length > 0) out.add(part);
	}
	return [...out];
}

/** The words an order can be found by. */
export function orderWords(order: Order, displayNumber: string): string[] {
	const parts = [
		displayNumber,
		order.number ? String(order.number.n) : '',
		order.customer.name,
		order.customer.email,
		...phoneWords(order.customer.phone),
		...[order.shippingAddress, order.billingAddress].flatMap((a) =>
			a ? [a.city, a.postcode] : []
		),
		order.tracking?.number ?? '',
		...order.lines.flatMap((l) => [l.sku, l.name]),
		...order.notes.map((n) => n.text)
	];
	return words(parts.join(' '));
}

/**
 * A phone as the words it is found by: its digits alone ("06 12 34 56 78", "06.12.34.56.78" and
 * "+33 6 12 34 56 78" all give 0612345678), and a French number in both its national and
 * international forms, so either typed form finds it.
 */
export function phoneWords(phone: string): string[] {
	const digits = phone.replace(/\D/g, '').replace(/^00/, '');
	if (digits.length < 4) return digits ? [digits] : [];
	if (/^33[1-9]\d{8}$/.test(digits)) return [digits, `0${digits.slice(2)}`];
	if (/^0[1-9]\d{8}$/.test(digits)) return [digits, `33${digits.slice(1)}`];
	return [digits];
}

/** True when the text typed looks like a phone number (digits, spaces, dots, dashes, +, ()). */
export function isPhoneLike(text: string): boolean {
	return /^[\d\s.+\-()]+$/.test(text) && text.replace(/\D/g, '').length >= 6;
}

/** True when every word of the query starts one of the order's words. */
export function matchesQuery(orderWordList: readonly string[], query: string): boolean {
	const wanted = words(query);
	return wanted.every((w) => orderWordList.some((ow) => ow.startsWith(w)));
}
