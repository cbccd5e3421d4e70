/** Wiring shared by the new-order and edit pages: pricing and number format follow the store. */
import { session } from '$lib/app/session.svelte';
import type { Pricing } from './parse';
import { OrderFormState } from './order-form.svelte';
import { decimalSeparator } from '$lib/i18n/format';
import { preferences } from '$lib/i18n/preferences.svelte';

/** A form state whose decimal separator follows the device and, unless `pricing` is given, whose pricing follows the store. */
export function editorState(o: { pricing?: () => Pricing | null } = {}): OrderFormState {
	const state = new OrderFormState();
	$effect.pre(() => {
		state.decimal = decimalSeparator(preferences.formatLocale);
		const own = o.pricing?.();
		const money = session.settings.money;
		state.pricing = own ?? {
			pricesIncludeVat: money.pricesIncludeVat,
			feeVatRate: money.defaultVatRate
		};
	});
	return state;
}

/** Moves focus to the first field with a message, so keyboard and screen reader users land on it. */
export function focusFirstInvalid(): void {
	requestAnimationFrame(() => {
		const field = document.querySelector<HTMLElement>('[aria-invalid="true"]');
		field?.focus();
	});
}
