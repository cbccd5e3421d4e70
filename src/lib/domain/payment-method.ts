/**
 * Payment methods are data: an order stores a method id ('cash', 'card', 'cheque', 'transfer',
 * 'other', or a store's own method as the seller typed it), and each screen shows the id in its
 * own language. Orders written before ids stored the words of the device's language ("Espèces"
 * on one tablet, "Cash" on another): `paymentMethodId` maps those words to ids when read, so
 * filters and the cash report see one method.
 */
import { fold } from './search';

/** Built-in payment methods, in the order the UI offers them. */
export const paymentMethods = ['cash', 'card', 'cheque', 'transfer', 'other'] as const;
/** A built-in payment method id. */
export type BuiltInPaymentMethod = (typeof paymentMethods)[number];

// Folded (lower case, no accents) words sellers and older versions wrote, per method.
const synonyms: Record<BuiltInPaymentMethod, readonly string[]> = {
	cash: ['cash', 'especes', 'espece', 'liquide', 'liquides', 'numeraire'],
	card: [
		'card',
		'carte',
		'cb',
		'carte bancaire',
		'carte bleue',
		'credit card',
		'debit card',
		'tpe',
		'sumup'
	],
	cheque: ['cheque', 'cheques', 'check', 'cheque bancaire'],
	transfer: ['transfer', 'virement', 'bank transfer', 'virement bancaire', 'wire'],
	other: ['other', 'autre']
};

const byWord = new Map<string, BuiltInPaymentMethod>();
for (const id of paymentMethods) for (const w of synonyms[id]) byWord.set(w, id);

/** True for the ids the app translates itself. */
export function isBuiltInPaymentMethod(id: string): id is BuiltInPaymentMethod {
	return (paymentMethods as readonly string[]).includes(id);
}

/**
 * The id of a stored or typed method: built-in words of any supported language map to their
 * id, anything else is the store's own method, kept as typed (trimmed); '' stays unspecified.
 */
export function paymentMethodId(raw: unknown): string {
	if (typeof raw !== 'string') return '';
	const text = raw.trim();
	if (text === '') return '';
	return byWord.get(fold(text).replace(/\s+/g, ' ')) ?? text;
}
