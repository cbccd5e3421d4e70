import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { fill, isLocale, messageKeys, translate } from './translate';

describe('translate', () => {
	it('gives French and English text for the same key', () => {
		expect(translate('fr', 'nav.orders')).toBe('Commandes');
		expect(translate('en', 'nav.orders')).toBe('Orders');
	});

	it('fills placeholders and leaves unknown ones visible', () => {
		expect(fill('{count} commandes pour {name}', { count: 3, name: 'Zoé' })).toBe(
			'3 commandes pour Zoé'
		);
		expect(fill('{count} commandes pour {name}', { count: 0 })).toBe('0 commandes pour {name}');
	});

	it('has the same keys in both languages and no empty message', () => {
		expect(Object.keys(en).sort()).toEqual(messageKeys().sort());
		for (const key of messageKeys()) {
			expect(fr[key].trim(), key).not.toBe('');
			expect(en[key].trim(), key).not.toBe('');
		}
	});

	it('recognises only the offered languages', () => {
		expect(isLocale('fr')).toBe(true);
		expect(isLocale('en')).toBe(true);
		expect(isLocale('de')).toBe(false);
		expect(isLocale(undefined)).toBe(false);
	});
});

describe('feature dictionaries', () => {
	it('never reuse a key of another feature (a spread would hide it)', async () => {
		const files = import.meta.glob<{ fr: object }>('./messages/*.ts', { eager: true });
		const total = Object.values(files).reduce((n, m) => n + Object.keys(m.fr).length, 0);
		expect(messageKeys().length).toBe(total);
	});
});
