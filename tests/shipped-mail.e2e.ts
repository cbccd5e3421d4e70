/**
 * However an order becomes shipped — the status select of its page, its status cell in the list,
 * or a bulk change — the customer is offered the shipping e-mail (with the tracking number the
 * order holds); a bulk change offers one e-mail per customer, to open one after the other.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { fillWithDemoData } from './page-models/demo';
import { OrderListPage } from './page-models/order-list';
import { findOrderIds, OrderPage } from './page-models/order-page';

test.use({ viewport: { width: 1280, height: 800 } });
test.describe.configure({ timeout: 240_000 });

// Orders that may still become shipped (see the fulfilment moves in the domain).
const shippable = ['awaiting_processing', 'processing'];

async function shippableWithEmail(page: Page): Promise<string[]> {
	await fillWithDemoData(page, 1000);
	const ids = await findOrderIds(page, { fulfilmentStatus: shippable, withEmail: true });
	expect(ids.length, 'the demo data has shippable orders with an e-mail').toBeGreaterThan(2);
	return ids;
}

/** The parts of a prepared e-mail. */
async function mailOf(link: Locator) {
	const href = (await link.getAttribute('href')) ?? '';
	expect(href).toMatch(/^mailto:[^?]+@[^?]+\?subject=/);
	const url = new URL(href);
	return {
		to: decodeURIComponent(url.pathname),
		subject: url.searchParams.get('subject') ?? '',
		body: url.searchParams.get('body') ?? ''
	};
}

/** Keeps the mail app closed: a click on a mailto link still runs the page's own handlers. */
async function keepMailAppClosed(page: Page) {
	await page.evaluate(() =>
		document.addEventListener(
			'click',
			(e) => {
				if ((e.target as Element | null)?.closest('a[href^="mailto:"]')) e.preventDefault();
			},
			true
		)
	);
}

test('shipped from the status select of the order page: the e-mail is offered, with tracking', async ({
	page
}) => {
	const [id] = await shippableWithEmail(page);
	const order = new OrderPage(page);
	// A 1,000-order store takes a moment to open on a busy machine.
	await page.goto(`/orders/${id}`);
	await expect(order.paymentStatus).toBeVisible({ timeout: 30_000 });
	const shipping = order.section('Expédition');
	await shipping.getByLabel('Numéro de suivi').fill('8R00112233445');
	await shipping.getByRole('button', { name: 'Enregistrer le suivi' }).click();
	await expect(shipping.getByTestId('tracking-current')).toContainText('8R00112233445');
	const email = await page.locator('a[href^="mailto:"]').first().innerText();
	const number = (await page.getByRole('heading', { level: 1 }).innerText()).replace(
		'Commande ',
		''
	);

	await page.getByLabel('Passer la livraison à').selectOption({ label: 'Expédiée' });
	await page.getByRole('button', { name: 'Appliquer' }).click();
	await expect(order.fulfilmentStatus).toHaveText('Expédiée');
	const offer = page.getByTestId('shipped-mail');
	await expect(offer).toContainText('Prévenir le client');
	const mail = await mailOf(offer.getByTestId('shipped-mail-link'));
	expect(mail.to).toBe(email);
	expect(mail.subject).toBe(`Votre commande ${number} a été expédiée`);
	expect(mail.body).toContain('Numéro de suivi : 8R00112233445');
});

test('shipped from the status cell of the list: the e-mail is offered for that order', async ({
	page
}) => {
	const [id] = await shippableWithEmail(page);
	const list = new OrderListPage(page);
	await list.open(`?fulfilment=${shippable.join(',')}`);
	await list.waitForRows();
	// The list shows the newest first; find the order's row through the search if needed.
	let row = list.rows.filter({ has: page.locator(`a[href$="/orders/${id}"]`) });
	if ((await row.count()) === 0) {
		await page.goto(`/orders/${id}`);
		const number = (await page.getByRole('heading', { level: 1 }).innerText()).replace(
			'Commande ',
			''
		);
		await list.open();
		await list.searchFor(number);
		row = list.rows.filter({ has: page.locator(`a[href$="/orders/${id}"]`) });
	}
	await expect(row).toHaveCount(1);
	const number = await row.locator('td.num a').innerText();

	await row.locator('td.ful select').selectOption({ label: 'Expédiée' });
	await expect(list.feedback).toContainText(number);
	const offer = page.getByTestId('shipped-mail');
	await expect(offer).toContainText('Prévenir le client');
	const mail = await mailOf(offer.getByTestId('shipped-mail-link'));
	expect(mail.subject).toBe(`Votre commande ${number} a été expédiée`);
	expect(mail.to).toContain('@');
});

test('shipped in bulk: one e-mail per customer, listed and prepared one after the other', async ({
	page
}) => {
	await shippableWithEmail(page);
	const list = new OrderListPage(page);
	await list.open('?fulfilment=awaiting_processing');
	await list.waitForRows();
	const numbers = [await list.select(0), await list.select(1), await list.select(2)];
	const withEmail = await list.rows.evaluateAll(
		(rows) => rows.slice(0, 3).filter((r) => /@/.test(r.textContent ?? '')).length
	);
	await page.locator('#bulk-fulfilment').selectOption({ label: 'Expédiée' });
	await list.bulk('Appliquer').first().click();
	await expect(list.bulkReport).toContainText('3 commandes modifiées');

	const offer = page.getByTestId('bulk-bar').getByTestId('shipped-mail');
	await expect(offer).toBeVisible();
	const links = offer.getByTestId('shipped-mail-list').getByTestId('shipped-mail-link');
	const mailable = await links.count();
	expect(mailable).toBeGreaterThanOrEqual(Math.min(withEmail, 2));
	expect(mailable).toBeGreaterThan(1);
	await expect(offer).toContainText(`Prévenir les clients (${mailable})`);
	const subjects = new Set<string>();
	for (const link of await links.all()) {
		const mail = await mailOf(link);
		subjects.add(mail.subject);
		expect(numbers.some((n) => mail.subject === `Votre commande ${n} a été expédiée`)).toBe(true);
	}
	expect(subjects.size).toBe(mailable);

	// One at a time: each "next" prepares the following customer's e-mail.
	await keepMailAppClosed(page);
	const progress = offer.getByTestId('shipped-mail-progress');
	await expect(progress).toHaveText(`0 sur ${mailable} préparés`);
	const seen = new Set<string>();
	for (let i = 1; i <= mailable; i++) {
		const next = offer.getByTestId('shipped-mail-next');
		seen.add((await mailOf(next)).subject);
		await next.click();
		await expect(progress).toHaveText(`${i} sur ${mailable} préparés`);
	}
	expect(seen).toEqual(subjects);
	await expect(offer.getByTestId('shipped-mail-next')).toHaveCount(0);
	await expect(offer.getByText('✓ préparé')).toHaveCount(mailable);
});
