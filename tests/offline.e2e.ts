import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { CustomersPage } from './page-models/catalogue';
import { EditorPage, readIndex } from './page-models/editor';
import { OrderPage } from './page-models/order-page';
import { pdfText } from './page-models/paper';
import { ShellPage, shellPages } from './page-models/shell';
import { createProduct } from './page-models/stall';

const jam = {
	sku: 'CONF-ABR',
	name: 'Confiture d’abricot',
	price: '5,00',
	barcode: '4006381333931',
	stock: '10'
};

test('after one visit the app loads and every page opens with the network off', async ({
	page,
	context
}) => {
	const shell = new ShellPage(page);
	await shell.open('/orders');
	await shell.waitForServiceWorker();

	await context.setOffline(true);
	await page.reload();
	await expect(shell.heading).toHaveText('Commandes');
	await expect(shell.networkStatus).toHaveText('Hors ligne');

	// A cold load of each address, not only in-app navigation, must come from the cache.
	for (const { path, fr } of shellPages) {
		await page.goto(path);
		await expect(shell.heading).toHaveText(fr);
	}
	for (const { fr } of shellPages) {
		await shell.nav.getByRole('link', { name: fr, exact: true }).click();
		await expect(shell.heading).toHaveText(fr);
	}

	await context.setOffline(false);
	await expect(shell.networkStatus).toHaveText('En ligne');
});

test('the service worker controls the page after the first load', async ({ page }) => {
	const shell = new ShellPage(page);
	await shell.open('/orders');
	await shell.waitForServiceWorker();
	const scriptURL = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
	expect(scriptURL).toMatch(/\/sw\.js$/);
	await page.reload();
	expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
});

test('with the network off, a refund, an edit, a new customer and an invoice PDF work and survive a reload', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	const shell = new ShellPage(page);
	await shell.open('/orders');
	await shell.waitForServiceWorker();
	await createProduct(page, jam);
	const editor = new EditorPage(page);
	await editor.openNew();
	await editor.name.fill('Léa Martin');
	await editor.productSearch.fill(jam.sku);
	await editor.suggestion('product-search', jam.sku).click();
	await editor.lineField(1, 'quantity').fill('2');
	await page.getByRole('button', { name: 'Valider la commande' }).click();
	const id = await editor.savedOrderId('created');

	await context.setOffline(true);
	await page.reload();
	await expect(shell.networkStatus).toHaveText('Hors ligne');

	// An edit: a cold load of the editor's address, then three units instead of two.
	await page.goto(`/orders/${id}/edit`);
	await expect(editor.lineField(1, 'quantity')).toHaveValue('2');
	await editor.lineField(1, 'quantity').fill('3');
	await expect.poll(() => editor.total()).toBe('15,00 €');
	await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
	await editor.savedOrderId('edited');

	// The customer pays the 15 € due in cash, from the order page.
	const order = new OrderPage(page);
	await order.open(id);
	const payments = page.getByTestId('order-payments');
	await expect(payments.locator('#payment-amount')).toHaveValue('15,00');
	await payments.getByRole('button', { name: 'Enregistrer un paiement' }).click();
	await expect(payments.getByTestId('payment-progress')).toHaveText('Payée');

	// A refund of one unit, with its credit note.
	await page.getByRole('button', { name: 'Rembourser…' }).click();
	const row = await order.refundLineWithAtLeast(1);
	await row.getByRole('textbox').fill('1');
	await order.refundDialog.getByRole('button', { name: 'Rembourser', exact: true }).click();
	await expect(order.refundDialog).toBeHidden();
	await expect(page.getByTestId('credit-notes').getByRole('listitem')).toHaveCount(1);

	// The invoice PDF: jsPDF is loaded on demand, so it must come from the cache.
	await page.locator('summary', { hasText: 'Documents' }).click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Télécharger : Facture' }).click()
	]);
	const [invoice] = await pdfText(new Uint8Array(await readFile((await download.path())!)));
	expect(invoice).toContain('Facture');
	expect(invoice).toContain(jam.name);

	// A new customer.
	const customers = new CustomersPage(page);
	await customers.open();
	await customers.create({ email: 'hors-ligne@example.fr', name: 'Client hors ligne' });

	// Everything is still there after a reload, still offline.
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Client hors ligne');
	await customers.open();
	await expect(customers.rows.filter({ hasText: 'hors-ligne@example.fr' })).toHaveCount(1);
	await order.open(id);
	await expect(order.lines).toContainText('Confiture d’abricot');
	await expect(page.getByTestId('credit-notes').getByRole('listitem')).toHaveCount(1);
	await expect(order.paymentStatus).toContainText(/rembours/i);
	await expect(page.getByTestId('payment-lines')).toContainText(/15,00\s€ en Espèces/);
	expect((await readIndex(page, 'orders', id))[0]).toMatchObject({ total: 1500, refunded: 500 });
	expect((await readIndex(page, 'products', jam.sku))[0]?.level).toBe(8);
	await expect(shell.networkStatus).toHaveText('Hors ligne');
});
