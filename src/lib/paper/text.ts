/** Words, amounts and dates of a printed document, in one language and one currency. */
import { formatDate, formatDateTime, formatMoney, formatNumber } from '../i18n/format';
import type { Settings } from '../domain/settings';
import type { MessageKey } from '../i18n/fr';
import { translate, type Locale, type MessageParams } from '../i18n/translate';

/** Everything a document needs to turn numbers and keys into text. */
export interface PaperText {
	language: Locale;
	/** BCP 47 locale of numbers and dates. */
	locale: string;
	currency: string;
	t: (key: MessageKey, params?: MessageParams) => string;
	/** Amount in cents, with the currency sign. */
	money: (cents: number) => string;
	number: (value: number) => string;
	date: (ms: number) => string;
	dateTime: (ms: number) => string;
	/** VAT rate in basis points as "20 %" or "5,5 %". */
	rate: (basisPoints: number) => string;
}

/** Builds the text helpers of a document; `locale` defaults to the language's usual one. */
export function paperText(o: { language: Locale; currency: string; locale?: string }): PaperText {
	const locale = o.locale ?? (o.language === 'fr' ? 'fr-FR' : 'en-GB');
	const context = { locale, currency: o.currency };
	return {
		language: o.language,
		locale,
		currency: o.currency,
		t: (key, params) => translate(o.language, key, params),
		money: (cents) => formatMoney(cents, context),
		number: (value) => formatNumber(value, context),
		date: (ms) => formatDate(ms, context),
		dateTime: (ms) => formatDateTime(ms, context),
		rate: (bp) => `${formatNumber(bp / 100, context)}\u00a0%`
	};
}

/** The language of printed documents: the store's setting, French unless it says English. */
export function documentLanguage(settings: Pick<Settings, 'documents'>): Locale {
	// A peer may have stored anything: only 'en' turns French documents into English ones.
	return settings.documents?.language === 'en' ? 'en' : 'fr';
}

/**
 * The text helpers every printed document uses (invoice, credit note, slip, receipt, label,
 * report PDF): the store's document language with that language's usual number and date
 * formats, and the store's currency, whatever the language of the screen that prints it.
 */
export function storeDocumentText(settings: Pick<Settings, 'documents' | 'money'>): PaperText {
	return paperText({ language: documentLanguage(settings), currency: settings.money.currency });
}
