import { en } from './en';
import { fr } from './fr';
import type { MessageKey } from './fr';

/** A language of the UI; French comes first. */
export type Locale = 'fr' | 'en';

/** Every UI language, in the order they are offered. */
export const locales: readonly Locale[] = ['fr', 'en'];

const dictionaries: Record<Locale, Record<MessageKey, string>> = { fr, en };

/** Values substituted for `{name}` placeholders in a message. */
export type MessageParams = Record<string, string | number>;

/** True when `value` names a UI language. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The message for `key` in `locale`, with `{name}` placeholders filled from `params`. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
	const template = dictionaries[locale][key];
	return params ? fill(template, params) : template;
}

/** `template` with each `{name}` replaced by `params[name]`; unknown placeholders stay visible. */
export function fill(template: string, params: MessageParams): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

/** Every key of the dictionary, for checks that no raw key reaches the screen. */
export function messageKeys(): MessageKey[] {
	return Object.keys(fr) as MessageKey[];
}
