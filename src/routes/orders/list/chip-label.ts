/** The words of a filter chip, and the one-line summary of the list's filters. */
import { channelName, date } from '$lib/app/formatting.svelte';
import { unspecifiedChannel } from '$lib/domain/channel';
import type { Tag } from '$lib/domain/tag';
import { paymentMethodLabel } from '$lib/i18n/payment-method-label';
import { t } from '$lib/i18n/preferences.svelte';
import { filterChips, type FilterChip } from './chips';
import { dayStart, type ListFilters } from './filters';

/** What a chip says ("Paiement : Payée"). */
export function chipLabel(chip: FilterChip, tags: readonly Tag[]): string {
	switch (chip.kind) {
		case 'view':
			return t(`orders.view.${chip.value}`);
		case 'fulfilment':
			return t('orders.chip.fulfilment', { value: t(`fulfilment.${chip.value}`) });
		case 'payment':
			return t('orders.chip.payment', { value: t(`payment.${chip.value}`) });
		case 'range':
			return t(`orders.range.${chip.value}`);
		case 'from':
		case 'to':
			return t(`orders.chip.${chip.kind}`, { value: date(dayStart(chip.value)) });
		case 'tag':
			return t('orders.chip.tag', {
				value: tags.find((x) => x.id === chip.value)?.name ?? chip.value
			});
		case 'channel':
			return t('orders.chip.channel', {
				value: channelName(chip.value === unspecifiedChannel ? null : chip.value)
			});
		case 'paymentMethod':
			return t('orders.chip.paymentMethod', { value: paymentMethodLabel(chip.value, t) });
		default:
			return t(`orders.chip.${chip.kind}`, { value: chip.value });
	}
}

/** The filters in one line: each active filter, or the view shown when none is set. */
export function filtersSummary(filters: ListFilters, tags: readonly Tag[]): string {
	const chips = filterChips(filters);
	const list = chips.length
		? chips.map((c) => chipLabel(c, tags)).join(' · ')
		: t(`orders.view.${filters.view}`);
	return t('desk.filters.summary', { list });
}
