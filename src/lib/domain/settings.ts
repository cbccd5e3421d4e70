/** Store settings: identity and legal lines for invoices, money, numbering, order defaults, documents. */
import { checkAddress, type Address } from './address';
import { defaultManualChannel, isChannelId } from './channel';
import { fail, ok, type Result } from './result';
import { checkVatRate, standardRate, type VatRate } from './vat';
import { checkText, isRecord } from './validate';

/** Every setting, grouped as the CRDT stores them (one last-writer-wins value per group). */
export interface Settings {
	identity: {
		name: string;
		address: Address | null;
		vatNumber: string;
		legalLines: string[];
		/** SIREN or SIRET printed on invoices (9 or 14 digits). */
		siret?: string;
		/** Payment terms and late-payment penalties printed on invoices to businesses. */
		paymentTerms?: string;
	};
	money: {
		currency: string;
		pricesIncludeVat: boolean;
		defaultVatRate: VatRate;
		/** 'franchise': VAT not charged (art. 293 B du CGI): documents show no VAT. */
		vatRegime?: VatRegime;
	};
	numbering: { prefix: string; suffix: string };
	orders: {
		/** Status a zero-total order starts with. */
		zeroTotalStatus: 'paid' | 'awaiting_payment';
		/** After how long (in hours) an untouched draft counts as an abandoned cart. */
		abandonedCartHours: number;
		/** Channel a manual order starts with (stall mode always uses 'stall'). */
		defaultChannel: string;
	};
	/** Printed documents (invoices, credit notes, slips, receipts, labels, report PDF). */
	documents: {
		/** Their language, whatever the language of each device's screens. */
		language: DocumentLanguage;
	};
}

/** VAT-registered (charges VAT) or under the franchise en base (no VAT on documents). */
export type VatRegime = 'standard' | 'franchise';

/** Languages documents can be written in. */
export type DocumentLanguage = 'fr' | 'en';

/** The settings a new store starts with: EU retail, prices with VAT. */
export const defaultSettings: Settings = {
	identity: { name: '', address: null, vatNumber: '', legalLines: [], siret: '', paymentTerms: '' },
	money: {
		currency: 'EUR',
		pricesIncludeVat: true,
		defaultVatRate: standardRate,
		vatRegime: 'standard'
	},
	numbering: { prefix: '', suffix: '' },
	orders: { zeroTotalStatus: 'paid', abandonedCartHours: 24, defaultChannel: defaultManualChannel },
	documents: { language: 'fr' }
};

/** Names of the setting groups. */
export type SettingsGroup = keyof Settings;

/** Checks a new value for one group of settings, merged over the current one. */
export function checkSettingsGroup<G extends SettingsGroup>(o: {
	group: G;
	value: unknown;
	current: Settings[G];
}): Result<Settings[G]> {
	if (!isRecord(o.value)) return fail('input.notObject');
	const v = { ...o.current, ...o.value } as Record<string, unknown>;
	const checked = checkers[o.group](v);
	return checked as Result<Settings[G]>;
}

const text = (value: unknown, field: string, max = 200) => checkText(value, { field, max });

const checkers: { [G in SettingsGroup]: (v: Record<string, unknown>) => Result<Settings[G]> } = {
	identity(v) {
		const name = text(v.name, 'settings.name');
		if (!name.ok) return name;
		const address = checkAddress(v.address);
		if (!address.ok) return address;
		const vatNumber = text(v.vatNumber, 'settings.vatNumber', 40);
		if (!vatNumber.ok) return vatNumber;
		const lines = Array.isArray(v.legalLines) ? v.legalLines : [];
		const legalLines: string[] = [];
		for (const line of lines) {
			const r = text(line, 'settings.legalLines', 300);
			if (!r.ok) return r;
			if (r.value) legalLines.push(r.value);
		}
		const siret = String(v.siret ?? '').replace(/\s/g, '');
		if (siret !== '' && !/^(\d{9}|\d{14})$/.test(siret)) return fail('settings.siret');
		const terms = text(v.paymentTerms ?? '', 'settings.paymentTerms', 500);
		if (!terms.ok) return terms;
		return ok({
			name: name.value,
			address: address.value,
			vatNumber: vatNumber.value,
			legalLines,
			siret,
			paymentTerms: terms.value
		});
	},
	money(v) {
		const currency = typeof v.currency === 'string' ? v.currency.toUpperCase() : '';
		if (!/^[A-Z]{3}$/.test(currency)) return fail('currency.invalid');
		const rate = checkVatRate(v.defaultVatRate);
		if (!rate.ok) return rate;
		const regime = v.vatRegime ?? 'standard';
		if (regime !== 'standard' && regime !== 'franchise') return fail('settings.vatRegime');
		return ok({
			currency,
			pricesIncludeVat: v.pricesIncludeVat !== false,
			defaultVatRate: rate.value,
			vatRegime: regime
		});
	},
	numbering(v) {
		const prefix = text(v.prefix, 'settings.prefix', 20);
		if (!prefix.ok) return prefix;
		const suffix = text(v.suffix, 'settings.suffix', 20);
		if (!suffix.ok) return suffix;
		return ok({ prefix: prefix.value, suffix: suffix.value });
	},
	orders(v) {
		const hours = v.abandonedCartHours;
		if (typeof hours !== 'number' || !Number.isInteger(hours) || hours < 1 || hours > 24 * 365) {
			return fail('quantity.notInteger');
		}
		const zero = v.zeroTotalStatus === 'awaiting_payment' ? 'awaiting_payment' : 'paid';
		// Whether the store knows the channel is checked by the action, which reads the list.
		if (!isChannelId(v.defaultChannel)) {
			return fail('channel.unknown', { id: String(v.defaultChannel).slice(0, 40) });
		}
		return ok({
			zeroTotalStatus: zero,
			abandonedCartHours: hours,
			defaultChannel: v.defaultChannel
		});
	},
	documents(v) {
		if (v.language !== 'fr' && v.language !== 'en') return fail('settings.documentLanguage');
		return ok({ language: v.language });
	}
};

/**
 * Reads one stored group of settings, whoever wrote it: each field that passes the group's own
 * checks (the ones the settings action applies) is kept, any other falls back to its default,
 * alone. A peer's `currency: 'EURO'` then leaves the store in euros with its other money
 * settings intact. Returns the group and the names of the fields that fell back.
 */
export function readSettingsGroup<G extends SettingsGroup>(
	group: G,
	value: unknown
): { value: Settings[G]; fellBack: string[] } {
	const defaults = defaultSettings[group] as Record<string, unknown>;
	if (value == null) return { value: defaultSettings[group], fellBack: [] };
	if (!isRecord(value)) return { value: defaultSettings[group], fellBack: Object.keys(defaults) };
	const out: Record<string, unknown> = { ...defaults };
	const fellBack: string[] = [];
	for (const field of Object.keys(defaults)) {
		if (!(field in value)) continue;
		const checked = checkers[group]({ ...defaults, [field]: value[field] });
		// Checkers normalise (trim, upper-case): keep what they return, not the raw value.
		if (checked.ok) out[field] = (checked.value as Record<string, unknown>)[field];
		else fellBack.push(field);
	}
	return { value: out as Settings[G], fellBack };
}
