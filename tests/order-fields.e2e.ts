/**
 * The order page shows every field of an order that has all of them: the 17 a seller fills or
 * sets (number, date, customer name, e-mail and phone, both addresses, shipping and payment
 * methods, channel, customer comment, lines, totals with discount and fees, both statuses, tags,
 * tracking), plus the internal note. The order is typed in the editor as a seller would.
 */
import { expect, test, type Locator } from '@playwright/test';
import { EditorPage } from './page-models/editor';
import { OrderPage } from './page-models/order-page';

test.use({ viewport: { width: 1280, height: 800 } });
test.describe.configure({ timeout: 120_000 });

const ship = {
	name: 'Inès Moreau',
	line1: '12 rue des Tanneurs',
	line2: 'Bâtiment B',
	postcode: '69002',
	city: 'Lyon',
	country: 'France'
};
const bill = {
	name: 'Atelier Moreau SARL',
	line1: '4 quai Saint-Antoine',
	line2: '2e étage',
	postcode: '69005',
	city: 'Lyon 5e',
	country: 'France'
};

test('an order with every field shows each of them on its page', async ({ page }) => {
	// A fresh device opens its store first: the editor appears once it is ready.
	await page.goto('/orders/new');
	await expect(page.locator('#customer-email')).toBeVisible({ timeout: 60_000 });
	const editor = new EditorPage(page);
	await editor.openNew();
	await editor.email.fill('ines.moreau@exemple.fr');
	await editor.name.fill('Inès Moreau');
	await editor.field('customer-phone').fill('06 12 34 56 78');
	await page.getByRole('button', { name: 'Article hors catalogue' }).click();
	await editor.lineField(1, 'name').fill('Savon au miel');
	await editor.lineField(1, 'sku').fill('SAV-MIEL');
	await editor.lineField(1, 'quantity').fill('3');
	await editor.lineField(1, 'price').fill('4,50');
	await editor.field('shipping-method').fill('Colissimo suivi');
	await editor.field('shipping-fee').fill('6,90');
	await editor.field('handling-fee').fill('1,50');
	await editor.field('tracking-number').fill('6A98765432109');
	await editor.field('tracking-carrier').fill('La Poste');
	await editor.field('tracking-url').fill('https://www.laposte.fr/outils/suivre-vos-envois');
	for (const [key, value] of Object.entries(ship))
		await editor.field(`shipping-address-${key}`).fill(value);
	await editor.field('payment-method').fill('Chèque');
	const channel = editor.field('order-channel');
	const channelName = (await channel.locator('option').nth(1).innerText()).trim();
	await channel.selectOption({ index: 1 });
	await page.getByLabel('Facturer à l’adresse de livraison').uncheck();
	for (const [key, value] of Object.entries(bill))
		await editor.field(`billing-address-${key}`).fill(value);
	await page.getByLabel('Montant', { exact: true }).check();
	await editor.field('discount').fill('2');
	await editor.field('customer-comments').fill('Merci de sonner deux fois.');
	await editor.field('admin-note').fill('Client fidèle, ajouter un échantillon.');
	await page.getByRole('button', { name: 'Valider la commande' }).click();
	const id = await editor.savedOrderId('created');

	const order = new OrderPage(page);
	await order.open(id);
	await page.getByRole('button', { name: 'Marquer payée' }).click();
	await expect(order.paymentStatus).toHaveText('Payée');
	await page.getByLabel('Passer la livraison à').selectOption({ label: 'En préparation' });
	await page.getByRole('button', { name: 'Appliquer' }).click();
	await expect(order.fulfilmentStatus).toHaveText('En préparation');
	const tags = order.section('Étiquettes');
	await tags.getByLabel('Nouvelle étiquette').fill('Cadeau');
	await tags.getByRole('button', { name: 'Créer et ajouter' }).click();
	await expect(tags.getByTestId('order-tags')).toContainText('Cadeau');

	// Everything again from a fresh load: what the page shows comes from the store.
	await page.reload();
	const parties = page.locator('section[aria-labelledby="order-parties-title"]');
	const fact = (label: string): Locator => parties.locator(`dt:text-is("${label}") + dd`);
	const totals = page.getByTestId('order-totals');
	const total = (label: string): Locator => totals.locator(`dt:text-is("${label}") + dd`);
	const oneLine = (a: typeof ship) =>
		[a.name, a.line1, a.line2, `${a.postcode} ${a.city}`, a.country].join(' ');
	const heading = page.getByRole('heading', { level: 1 });

	// 3 × 4,50 = 13,50; − 2,00; + 6,90 + 1,50 = 19,90.
	const fields: [string, Locator, RegExp | string][] = [
		['number', heading, /^Commande \S+$/],
		['date', page.getByText(/^Passée le \d{1,2} \S+ \d{4}/), /Passée le/],
		['customer name', fact('Nom'), 'Inès Moreau'],
		['customer e-mail', fact('E-mail'), 'ines.moreau@exemple.fr'],
		['customer phone', fact('Téléphone'), '06 12 34 56 78'],
		['shipping address', fact('Adresse de livraison'), oneLine(ship)],
		['billing address', fact('Adresse de facturation'), oneLine(bill)],
		['shipping method', fact('Mode de livraison'), 'Colissimo suivi'],
		['payment method', fact('Moyen de paiement'), 'Chèque'],
		['channel', page.getByTestId('order-channel-value'), channelName],
		['customer comment', fact('Commentaire du client'), 'Merci de sonner deux fois.'],
		['lines', page.getByTestId('order-lines'), /Savon au miel\s*SAV-MIEL\s*3\s*4,50/],
		['totals', totals, /Remise\s*−2,00\s*€[\s\S]*Frais de port\s*6,90\s*€[\s\S]*19,90\s*€/],
		['payment status', order.paymentStatus, 'Payée'],
		['fulfilment status', order.fulfilmentStatus, 'En préparation'],
		['tags', page.getByTestId('order-tags'), 'Cadeau'],
		[
			'tracking',
			order.section('Expédition').getByTestId('tracking-current'),
			/6A98765432109 · La Poste/
		]
	];
	expect(fields).toHaveLength(17);
	for (const [name, where, shown] of fields) {
		await expect(where, name).toBeVisible();
		const text = (await where.innerText()).replace(/\s+/g, ' ').trim();
		if (typeof shown === 'string') expect(text, name).toContain(shown);
		else expect(text, name).toMatch(shown);
	}
	await expect(total('Frais de traitement')).toHaveText(/1,50/);
	await expect(total('Total')).toHaveText(/19,90/);
	await expect(page.getByTestId('order-paid')).toHaveText(/19,90/);
	// The internal note was kept as the first note.
	await expect(order.section('Notes internes')).toContainText(
		'Client fidèle, ajouter un échantillon.'
	);
});
