import { currencies, numberLocales } from './format';
import type { FormatContext } from './format';
import type { MessageKey } from './fr';
import { isLocale, translate } from './translate';
import type { Locale, MessageParams } from './translate';

const storageKey = 'comptoir.preferences';

/** What this device remembers about how to show things. */
export interface PreferenceValues {
	language: Locale;
	/** A locale from `numberLocales`, or `auto` to follow the language. */
	numberLocale: string;
	currency: string;
	storeName: string;
}

const defaults: PreferenceValues = {
	language: 'fr',
	numberLocale: 'auto',
	currency: 'EUR',
	storeName: ''
};

/** Keeps only values this version understands, so a damaged entry never breaks the shell. */
export function sanitizePreferences(raw: unknown): PreferenceValues {
	const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
	const numberLocale = value.numberLocale;
	const currency = value.currency;
	return {
		language: isLocale(value.language) ? value.language : defaults.language,
		numberLocale:
			typeof numberLocale === 'string' &&
			(numberLocales as readonly string[]).includes(numberLocale)
				? numberLocale
				: 'auto',
		currency:
			typeof currency === 'string' && (currencies as readonly string[]).includes(currency)
				? currency
				: defaults.currency,
		storeName: typeof value.storeName === 'string' ? value.storeName.slice(0, 80) : ''
	};
}

function load(): PreferenceValues {
	try {
		return sanitizePreferences(JSON.parse(localStorage.getItem(storageKey) ?? '{}'));
	} catch {
		return { ...defaults };
	}
}

/** The device's language and formats, reactive and remembered in localStorage. */
export class Preferences {
	#values = $state.raw<PreferenceValues>(defaults);

	constructor() {
		if (typeof localStorage !== 'undefined') this.#values = load();
	}

	/** The current values. */
	get values(): PreferenceValues {
		return this.#values;
	}

	/** The UI language. */
	get language(): Locale {
		return this.#values.language;
	}

	/** Locale and currency for Intl. */
	get format(): FormatContext {
		const { numberLocale, language, currency } = this.#values;
		return {
			locale: numberLocale === 'auto' ? defaultFormatLocale(language) : numberLocale,
			currency
		};
	}

	/** Changes some values and remembers them on this device. */
	update(change: Partial<PreferenceValues>): void {
		this.#values = sanitizePreferences({ ...this.#values, ...change });
		try {
			localStorage.setItem(storageKey, JSON.stringify(this.#values));
		} catch {
			// Private mode or a full disk: the choice still applies until the tab closes.
		}
	}
}

/** The number format a language uses when the seller has not chosen one. */
export function defaultFormatLocale(language: Locale): string {
	return language === 'fr' ? 'fr-FR' : 'en-GB';
}

/** This device's preferences. */
export const preferences = new Preferences();

/** The UI text for `key` in the current language. */
export function t(key: MessageKey, params?: MessageParams): string {
	return translate(preferences.language, key, params);
}
