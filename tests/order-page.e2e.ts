import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fillWithDemoData } from './page-models/demo';
import { findOrderIds, OrderPage, stockLevel } from './page-models/order-page';
import { ShellPage } from './page-models/shell';

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });
test.describe.configure({ timeout: 180_000 });

const unshipped = ['awaiting_processing', 'processing', 'ready_for_pickup'];

// 100 demo orders are nearly all delivered (they span three years); 1,000 give a few recent,
// unshipped ones for the cancel and shipping flows.
async function openOrder(
	page: Page,
	criteria: Parameters<typeof findOrderIds>[1],
	size: 100 | 1000 = 100
) {
	await fillWithDemoData(page, size);
	const ids = await findOrderIds(page, criteria);
	expect(ids.length, 'the demo data has such an order').toBeGreaterThan(0);
	const order = new OrderPage(page);
	await order.open(ids[0]!);
	return order;
}

async function blockingViolations(page: Page, include?: string) {
	const builder = new AxeBuilder({ page });
	if (include) builder.include(include);
	const results = await builder.analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('a paid order is partly refunded by touch, one unit of one line, back in stock', async ({
	page
}) => {
	const order = await openOrder(page, { paymentStatus: ['paid'], minLineQty: 2 });
	await expect(order.paymentStatus).toHaveText('Payée');
	const refundedBefore = await order.refunded.innerText();

	await page.getByRole('button', { name: 'Rembourser…' }).tap();
	await expect(order.refundDialog).toBeVisible();
	const row = await order.refundLineWithAtLeast(2);
	await expect(row.getByRole('checkbox', { name: 'Remettre en stock' })).toBeChecked();
	await row.getByRole('textbox').fill('1');
	const amount = order.refundDialog.getByTestId('refund-amount');
	await expect(amount).toContainText(/Montant remboursé : [\d\s\u202f]+,\d\d/);
	const shown = (await amount.innerText()).replace('Montant remboursé : ', '').trim();
	expect(shown).not.toMatch(/^0,00/);

	await order.refundDialog.getByRole('button', { name: 'Rembourser', exact: true }).tap();
	await expect(order.refundDialog).toBeHidden();
	await expect(page.getByRole('heading', { name: 'Statuts' })).toBeFocused();
	await expect(order.paymentStatus).toHaveText('Partiellement remboursée');
	await expect(order.refunded).not.toHaveText(refundedBefore);
	await expect(order.refunded).toHaveText(shown);
	await expect(page.getByRole('status').filter({ hasText: 'Remboursement de' })).toContainText(
		shown
	);
	await expect(order.lines).toContainText('1 remboursé(s)');
	await expect(order.activity.locator('li').first()).toContainText(`Remboursement de ${shown}`);
});

test('a refund above what was paid is refused and changes nothing (English, keyboard)', async ({
	page
}) => {
	await new ShellPage(page).chooseLanguage('English');
	const order = await openOrder(page, { paymentStatus: ['paid'] });
	await expect(order.paymentStatus).toHaveText('Paid');
	const refundedBefore = await order.refunded.innerText();

	await page.getByRole('button', { name: 'Refund…' }).focus();
	await page.keyboard.press('Enter');
	await expect(order.refundDialog).toBeVisible();
	const row = order.refundLines.first();
	const refundable = Number(/(\d+) refundable/.exec(await row.innerText())?.[1]);
	const field = row.getByRole('textbox');
	await expect(order.refundDialog.getByRole('checkbox', { name: /whole order/ })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(field).toBeFocused();
	await page.keyboard.type(String(refundable + 5));
	await expect(row.locator('.error')).toContainText(`at most ${refundable}`, { ignoreCase: true });
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await order.refundDialog.getByRole('button', { name: 'Refund', exact: true }).click();
	await expect(order.refundDialog).toBeVisible();
	await expect(field).toBeFocused();

	await page.keyboard.press('Escape');
	await expect(order.refundDialog).toBeHidden();
	await expect(page.getByRole('button', { name: 'Refund…' })).toBeFocused();
	await page.reload();
	await expect(order.paymentStatus).toHaveText('Paid');
	await expect(order.refunded).toHaveText(refundedBefore);
	await expect(order.activity).not.toContainText('Refund of');
});

test('an unshipped order awaiting payment is cancelled and its stock comes back', async ({
	page
}) => {
	const order = await openOrder(
		page,
		{ paymentStatus: ['awaiting_payment', 'paid'], fulfilmentStatus: unshipped },
		1000
	);
	if ((await order.paymentStatus.innerText()) === 'Payée') {
		await expect(page.getByRole('button', { name: 'Annuler la commande…' })).toHaveCount(0);
		await page.getByRole('button', { name: 'Remettre en attente de paiement' }).tap();
		await expect(order.paymentStatus).toHaveText('En attente de paiement');
	}
	const sku = (await order.skus())[0]!;
	const before = await stockLevel(page, sku);
	// Every unshipped unit of that SKU comes back, whichever line holds it.
	let qty = 0;
	for (const row of await order.lines.locator('tbody tr').all()) {
		if ((await row.locator('.sku').innerText()) !== sku) continue;
		qty += Number((await row.locator('td').first().innerText()).replace(/\s/g, ''));
	}

	await page.getByRole('button', { name: 'Annuler la commande…' }).tap();
	await expect(order.cancelDialog).toBeVisible();
	await expect(order.cancelDialog).toContainText('reviennent en stock');
	await order.cancelDialog.getByRole('button', { name: 'Oui, annuler la commande' }).tap();
	await expect(order.cancelDialog).toBeHidden();
	await expect(order.paymentStatus).toHaveText('Annulée');
	await expect(page.getByRole('heading', { name: 'Statuts' })).toBeFocused();
	await expect(page.getByRole('button', { name: 'Annuler la commande…' })).toHaveCount(0);
	await expect.poll(() => stockLevel(page, sku)).toBe((before ?? 0) + qty);
	await expect(order.activity.locator('li').first()).toContainText('Commande annulée');
});

test('tracking is checked, saved, and the shipped e-mail carries the number', async ({ page }) => {
	const order = await openOrder(
		page,
		{ paymentStatus: ['awaiting_payment', 'paid'], fulfilmentStatus: unshipped, withEmail: true },
		1000
	);
	if ((await order.fulfilmentStatus.innerText()) === 'Prête à retirer') {
		await page.getByLabel('Passer la livraison à').selectOption({ label: 'En préparation' });
		await page.getByRole('button', { name: 'Appliquer' }).tap();
		await expect(order.fulfilmentStatus).toHaveText('En préparation');
	}
	const shipping = order.section('Expédition');
	await shipping.getByLabel('Numéro de suivi').fill('6A12345678901');
	await shipping.getByLabel('Transporteur').fill('La Poste');
	await shipping.getByLabel('Lien de suivi').fill('laposte.fr/suivi');
	await shipping.getByRole('button', { name: 'Enregistrer le suivi' }).tap();
	await expect(shipping.getByText('Le lien doit commencer par https://')).toBeVisible();
	await expect(shipping.getByTestId('tracking-current')).toHaveCount(0);

	await shipping
		.getByLabel('Lien de suivi')
		.fill('https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901');
	await shipping.getByRole('button', { name: 'Enregistrer le suivi' }).tap();
	await expect(shipping.getByTestId('tracking-current')).toContainText('6A12345678901');

	await expect(shipping.getByRole('checkbox', { name: /Préparer un e-mail/ })).toBeChecked();
	await shipping.getByRole('button', { name: 'Marquer expédiée' }).tap();
	await expect(order.fulfilmentStatus).toHaveText('Expédiée');
	const link = shipping.getByTestId('shipped-mailto');
	const href = (await link.getAttribute('href')) ?? '';
	expect(href).toMatch(/^mailto:[^?]+@[^?]+\?subject=/);
	const mail = new URL(href);
	expect(mail.searchParams.get('subject')).toContain('a été expédiée');
	expect(mail.searchParams.get('body')).toContain('Numéro de suivi : 6A12345678901');
	expect(mail.searchParams.get('body')).toContain('La Poste');
	await expect(order.activity).toContainText('Suivi : 6A12345678901');
});

test('a tag created inline is put on the order in its colour', async ({ page }) => {
	const order = await openOrder(page, {});
	const tags = order.section('Étiquettes');
	await tags.getByRole('button', { name: 'Créer et ajouter' }).tap();
	await expect(tags.getByText('Donnez un nom à l’étiquette.')).toBeVisible();

	await tags.getByLabel('Nouvelle étiquette').fill('Cadeau <b>vite</b>');
	await tags.getByLabel('Couleur').fill('#c2185b');
	await tags.getByRole('button', { name: 'Créer et ajouter' }).tap();
	const chip = tags.getByTestId('order-tags').getByText('Cadeau <b>vite</b>', { exact: true });
	await expect(chip).toBeVisible();
	await expect(chip.locator('..')).toHaveCSS('background-color', 'rgb(194, 24, 91)');
	await expect(order.activity).toContainText('Étiquette « Cadeau <b>vite</b> » ajoutée');

	await tags.getByRole('button', { name: 'Retirer l’étiquette Cadeau <b>vite</b>' }).tap();
	await expect(tags.getByTestId('order-tags')).toHaveCount(0);
});

test('a note written by keyboard shows in the history with its time, as text', async ({ page }) => {
	const order = await openOrder(page, {});
	const note = 'Client rappelé <img src=x onerror=alert(1)>';
	let alerted = false;
	page.on('dialog', (d) => {
		alerted = true;
		void d.dismiss();
	});
	await page.getByLabel('Nouvelle note').focus();
	await page.keyboard.type(note);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Ajouter la note' })).toBeFocused();
	const before = Date.now();
	await page.keyboard.press('Enter');
	await expect(page.getByText('Note ajoutée.')).toBeVisible();
	await expect(page.getByLabel('Nouvelle note')).toHaveValue('');

	const entry = order.activity.locator('li').first();
	await expect(entry).toContainText('Note interne');
	await expect(entry).toContainText(note);
	await expect(entry).toContainText('(cet appareil)');
	const at = Date.parse((await entry.locator('time').getAttribute('datetime')) ?? '');
	expect(Math.abs(at - before)).toBeLessThan(60_000);
	await expect(entry.locator('time')).toHaveText(/\d{1,2}:\d{2}/);
	expect(await page.locator('img[src="x"]').count()).toBe(0);
	expect(alerted).toBe(false);
});

test('a message to the customer is kept in the conversation and prepared for the mail app', async ({
	page
}) => {
	const order = await openOrder(page, { withEmail: true });
	const conversation = order.section('Conversation avec le client');
	await conversation.getByRole('button', { name: 'Enregistrer et préparer l’e-mail' }).tap();
	await expect(conversation.getByText('Écrivez le message.')).toBeVisible();

	await conversation.getByLabel('Nouveau message').fill('Votre colis part demain.\nBonne journée');
	await conversation.getByRole('button', { name: 'Enregistrer et préparer l’e-mail' }).tap();
	await expect(conversation.getByTestId('order-messages')).toContainText(
		'Votre colis part demain.'
	);
	const href = (await conversation.getByTestId('message-mailto').getAttribute('href')) ?? '';
	const mail = new URL(href);
	expect(mail.protocol).toBe('mailto:');
	expect(mail.searchParams.get('body')).toBe('Votre colis part demain.\nBonne journée');
	expect(mail.searchParams.get('subject')).toMatch(/^Votre commande \S+/);
	await expect(order.activity.locator('li').first()).toContainText('Message au client');
});

test('leaving with an unsaved note asks first', async ({ page }) => {
	const order = await openOrder(page, {});
	const url = page.url();
	await page.getByLabel('Nouvelle note').fill('À rappeler demain');
	await expect(page.getByText('Vous avez un texte non enregistré')).toBeVisible();

	const asked: string[] = [];
	page.once('dialog', (d) => {
		asked.push(d.message());
		void d.dismiss();
	});
	await page.getByRole('navigation').getByRole('link', { name: 'Produits' }).tap();
	await expect.poll(() => asked.length).toBe(1);
	expect(asked[0]).toContain('n’est pas enregistré');
	expect(page.url()).toBe(url);
	await expect(page.getByLabel('Nouvelle note')).toHaveValue('À rappeler demain');
	await expect(order.paymentStatus).toBeVisible();

	page.once('dialog', (d) => void d.accept());
	await page.getByRole('navigation').getByRole('link', { name: 'Produits' }).tap();
	await expect(page).toHaveURL(/\/products$/);
});

test('an unknown order says so', async ({ page }) => {
	await page.goto('/orders/no-such-order');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Commande introuvable');
	await expect(page.getByRole('alert')).toContainText('n’existe pas');
});

test('no serious or critical axe violation on the page and the refund dialog', async ({ page }) => {
	const order = await openOrder(page, { paymentStatus: ['paid'] });
	expect(await blockingViolations(page)).toEqual([]);
	await page.getByRole('button', { name: 'Rembourser…' }).tap();
	await expect(order.refundDialog).toBeVisible();
	await order.refundLines.first().getByRole('textbox').fill('999');
	expect(await blockingViolations(page, 'dialog[open]')).toEqual([]);
});
