import { describe, expect, it } from 'vitest';
import { en, fr } from './messages/errors';
import { messageFor } from './refusal';

describe('messageFor', () => {
	it('has an English and a French text with the same placeholders for every code', () => {
		const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
		for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
			expect(names(fr[key]), key).toEqual(names(en[key]));
		}
	});

	it('fills params in the language asked', () => {
		const text = messageFor({ code: 'numbering.lower', params: { current: 12 } }, 'fr');
		expect(text).toBe('Le prochain numéro de commande ne peut qu’augmenter (actuellement 12).');
		expect(messageFor({ code: 'channel.unknown', params: { id: 'pigeon' } }, 'en')).toBe(
			'Unknown sales channel “pigeon”: choose one from the list in Settings.'
		);
	});

	it('leaves a missing param visible rather than writing “undefined”', () => {
		expect(messageFor({ code: 'numbering.lower' }, 'en')).toContain('(currently {current})');
	});
});
