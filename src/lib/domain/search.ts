/** Search text of an order: words from number, customer, SKUs, item names and notes. */
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
		order.customer.phone.replace(/\s+/g, ''),
		...order.lines.flatMap((l) => [l.sku, l.name]),
		...order.notes.map((n) => n.text)
	];
	return words(parts.join(' '));
}

/** True when every word of the query starts one of the order's words. */
export function matchesQuery(orderWordList: readonly string[], query: string): boolean {
	const wanted = words(query);
	return wanted.every((w) => orderWordList.some((ow) => ow.startsWith(w)));
}
