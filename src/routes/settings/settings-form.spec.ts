import { describe, expect, it } from 'vitest';
import { identityDraft, identityInput, parseHours, settingsFieldOf } from './settings-form';

describe('identity form', () => {
	it('edits legal lines as one text and the address field by field', () => {
		const d = identityDraft({
			name: 'Zoé',
			address: null,
			vatNumber: 'FR123',
			legalLines: ['SIRET 123', 'TVA non applicable']
		});
		expect(d.legalLines).toBe('SIRET 123\nTVA non applicable');
		expect(d.address.city).toBe('');
		d.legalLines = 'A\r\nB\n';
		expect(identityInput(d).legalLines).toEqual(['A', 'B', '']);
	});
});

describe('parseHours', () => {
	it('accepts whole hours from 1 to a year', () => {
		expect(parseHours(' 48 ')).toEqual({ ok: true, value: 48 });
		expect(parseHours('8760')).toEqual({ ok: true, value: 8760 });
	});

	it('refuses zero, fractions, words and more than a year', () => {
		for (const t of ['0', '1.5', 'abc', '', '8761', '-2']) expect(parseHours(t).ok).toBe(false);
	});
});

describe('settingsFieldOf', () => {
	it('finds the field of a refusal', () => {
		expect(settingsFieldOf({ code: 'text.tooLong', params: { field: 'settings.prefix' } })).toBe(
			'numbering-prefix'
		);
		expect(settingsFieldOf({ code: 'text.tooLong', params: { field: 'address.city' } })).toBe(
			'store-address-city'
		);
		expect(settingsFieldOf({ code: 'numbering.lower', params: { current: 12 } })).toBe(
			'next-number'
		);
		expect(settingsFieldOf({ code: 'input.notObject' })).toBeNull();
	});
});
