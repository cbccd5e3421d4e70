/** Singular or plural message for a count, by the UI language's rule. */
import { formatNumber } from '$lib/i18n/format';
import type { MessageKey } from '$lib/i18n/fr';
import { preferences, t } from '$lib/i18n/preferences.svelte';

/** `one` or `many` with `{count}` filled in the device's number format (French: 0 and 1 are singular). */
export function countText(count: number, keys: { one: MessageKey; many: MessageKey }): string {
	const singular = preferences.language === 'fr' ? count <= 1 : count === 1;
	const formatted = formatNumber(count, { locale: preferences.formatLocale });
	return t(singular ? keys.one : keys.many, { count: formatted });
}
