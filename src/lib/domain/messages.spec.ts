import { describe, expect, it } from 'vitest';
import { messageFor, messages } from './messages';

describe('messages', () => {
	it('has an English and a French text with the same placeholders for every code', () => {
		for (const [code, m] of Object.entries(messages)) {
			expect(m.en, code).not.toBe('');
			expect(m.fr, code).not.toBe('');
			const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
			expect(names(m.fr), code).toEqual(names(m.en));
		}
	});
	it('fills params', () => {
		const text = messageFor({ code: 'numbering.lower', params: { current: 12 } }, 'fr');
		expect(text).toBe('Le prochain numéro de commande ne peut qu’augmenter (actuellement 12).');
	});
});
