import { describe, expect, it } from 'vitest';
import { shippedMailto } from './shipped-mail';

const order = {
	email: 'anne@example.fr',
	name: 'Anne Dupont',
	number: 'C-0042',
	tracking: { number: '6A123', carrier: 'La Poste', url: 'https://suivi.example/6A123' }
};

function parts(href: string | null) {
	const url = new URL(href ?? '');
	return {
		to: decodeURIComponent(url.pathname),
		subject: url.searchParams.get('subject') ?? '',
		body: url.searchParams.get('body') ?? ''
	};
}

describe('shippedMailto', () => {
	it('greets the customer, names the order and its tracking, signs with the store', () => {
		const mail = parts(shippedMailto(order, { locale: 'fr', storeName: 'Atelier Lune' }));
		expect(mail.to).toBe('anne@example.fr');
		expect(mail.subject).toBe('Votre commande C-0042 a été expédiée');
		expect(mail.body.split('\n')).toEqual([
			'Bonjour Anne Dupont,',
			'',
			'Votre commande C-0042 a été expédiée.',
			'',
			'Transporteur : La Poste',
			'Numéro de suivi : 6A123',
			'Suivre le colis : https://suivi.example/6A123',
			'',
			'Merci pour votre commande.',
			'Atelier Lune'
		]);
	});

	it('speaks English and leaves out tracking the order does not have', () => {
		const mail = parts(
			shippedMailto({ ...order, name: '', tracking: null }, { locale: 'en', storeName: 'Moon' })
		);
		expect(mail.subject).toBe('Your order C-0042 has shipped');
		expect(mail.body).toMatch(/^Hello,\n/);
		expect(mail.body).not.toContain('Tracking');
	});

	it('offers nothing for an order without an address', () => {
		expect(shippedMailto({ ...order, email: '' }, { locale: 'fr', storeName: 'x' })).toBeNull();
	});
});
