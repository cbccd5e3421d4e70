/** Pure helpers of the store settings forms: text to values, refusals to fields. */
import type { Address } from '$lib/domain/address';
import type { DomainError } from '$lib/domain/result';
import { fail, ok, type Result } from '$lib/domain/result';
import type { Settings } from '$lib/domain/settings';

/** The identity form as typed: legal lines are one textarea, one line each. */
export interface IdentityDraft {
	name: string;
	vatNumber: string;
	legalLines: string;
	address: Address;
}

/** The identity form's starting values. */
export function identityDraft(identity: Settings['identity']): IdentityDraft {
	return {
		name: identity.name,
		vatNumber: identity.vatNumber,
		legalLines: identity.legalLines.join('\n'),
		address: {
			name: '',
			line1: '',
			line2: '',
			postcode: '',
			city: '',
			country: '',
			...(identity.address ?? {})
		}
	};
}

/** What `updateSettings({ identity })` receives. */
export function identityInput(d: IdentityDraft) {
	return {
		name: d.name,
		vatNumber: d.vatNumber,
		legalLines: d.legalLines.split(/\r?\n/),
		address: { ...d.address }
	};
}

/** Parses the abandoned-cart delay: a whole number of hours, 1 to 8760 (a year). */
export function parseHours(text: string): Result<number> {
	const t = text.trim();
	if (!/^\d{1,4}$/.test(t)) return fail('quantity.notInteger');
	const hours = Number(t);
	if (hours < 1 || hours > 8760) return fail('quantity.notInteger');
	return ok(hours);
}

/** The field (element id) a refusal from the settings actions belongs to, or null. */
export function settingsFieldOf(error: DomainError): string | null {
	const field = error.params?.field;
	if (typeof field === 'string') {
		const byField: Record<string, string> = {
			'settings.name': 'store-name',
			'settings.vatNumber': 'store-vat-number',
			'settings.legalLines': 'store-legal-lines',
			'settings.prefix': 'numbering-prefix',
			'settings.suffix': 'numbering-suffix',
			'device.name': 'device-name',
			'tag.name': 'tag-name'
		};
		if (field in byField) return byField[field]!;
		if (field.startsWith('address.')) return `store-address-${field.slice('address.'.length)}`;
	}
	const byCode: Record<string, string> = {
		'currency.invalid': 'currency',
		'vat.invalid': 'default-vat-rate',
		'numbering.lower': 'next-number',
		'numbering.invalid': 'next-number',
		'device.seriesInvalid': 'device-series',
		'device.seriesTaken': 'device-series',
		'colour.invalid': 'tag-colour'
	};
	return byCode[error.code] ?? null;
}
