import { formatDate, formatDateTime, formatMoney, formatNumber } from '$lib/i18n/format';
import type { FormatContext } from '$lib/i18n/format';
import { channelLabel } from '$lib/i18n/channel-label';
import { preferences, t } from '$lib/i18n/preferences.svelte';
import { session } from './session.svelte';

/** The device's number format with the store's currency. */
export function formatContext(): FormatContext {
	return { locale: preferences.formatLocale, currency: session.settings.money.currency };
}

/** An amount in cents, in the store's currency and the device's format. */
export function money(cents: number): string {
	return formatMoney(cents, formatContext());
}

/** A number in the device's format. */
export function number(value: number): string {
	return formatNumber(value, { locale: preferences.formatLocale });
}

/** A date and time (ms since the epoch or a Date) in the device's format. */
export function dateTime(value: number | Date): string {
	return formatDateTime(value, { locale: preferences.formatLocale });
}

/** A date without the time in the device's format. */
export function date(value: number | Date): string {
	return formatDate(value, { locale: preferences.formatLocale });
}

/** A sales channel's label in the UI language ("Téléphone", a custom name, "Non précisé"). */
export function channelName(id: string | null): string {
	return channelLabel({ id, channels: session.channels, t });
}
