import { describe, expect, it } from 'vitest';
import { mailtoLink } from './mailto';

describe('mailtoLink', () => {
	it('encodes subject and body so that a mail app reads them back unchanged', () => {
		const link = mailtoLink({
			to: 'léa@exemple.fr',
			subject: 'Commande n° 12 & suivi',
			body: 'Bonjour,\nSuivi : 6A123?x=1'
		});
		const url = new URL(link);
		expect(url.protocol).toBe('mailto:');
		expect(decodeURIComponent(url.pathname)).toBe('léa@exemple.fr');
		expect(url.searchParams.get('subject')).toBe('Commande n° 12 & suivi');
		expect(url.searchParams.get('body')).toBe('Bonjour,\nSuivi : 6A123?x=1');
		expect(link).not.toContain('+');
	});
});
