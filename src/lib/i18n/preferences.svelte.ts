import { numberLocales } from './format';
import type { MessageKey } from './fr';
import { isLocale, translate } from './translate';
import type { Locale, MessageParams } from './translate';

const storageKey = 'comptoir.preferences';

/** What this device remembers about how to show things. */
export interface PreferenceValues {
	language: Locale;
	/** A locale from `numberLocales`, or `auto` to follow the language. */
	numberLocale: string;
}

const defaults: PreferenceValues = {
	language: 'fr',
	numberLocale: 'auto'
};

/** Keeps only values this version understands, so a damaged entry never breaks the shell. */
export function sanitizePreferences(raw: unknown): PreferenceValues {
	const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
	const numberLocale = value.numberLocale;
	return {
		language: isLocale(value.language) ? value.language : defaults.language,
		numberLocale:
			typeof numberLocale === 'string' &&
			(numberLocales as readonly string[]).includes(numberLocale)
				? numberLocale
				: 'auto'
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

	/** The BCP 47 locale numbers and dates are written in. */
	get formatLocale(): string {
		const { numberLocale, language } = this.#values;
		return numberLocale === 'auto' ? defaultFormatLocale(language) : numberLocale;
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
