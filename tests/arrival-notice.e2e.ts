/**
 * The new-order notice: a device that already holds the shop's book is told of orders another
 * device made when they arrive (here through a backup, the path that needs no network); its
 * first sync (restoring the book on a fresh device) and drafts announce nothing.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { fillWithDemoData } from './page-models/demo';
import { DevicesPage } from './page-models/devices';
import { EditorPage } from './page-models/editor';

test.describe.configure({ timeout: 180_000 });

async function device(browser: Browser) {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		acceptDownloads: true
	});
	const page = await context.newPage();
	return { context, page, devices: new DevicesPage(page) };
}

/** Makes one order of one hand-typed line; a draft if `draft`. */
async function typeOrder(page: Page, name: string, draft: boolean) {
	const editor = new EditorPage(page);
	await editor.openNew();
	await page.getByRole('button', { name: 'Article hors catalogue' }).click();
	await editor.lineField(1, 'name').fill(name);
	await editor.lineField(1, 'price').fill('15');
	await page
		.getByRole('button', { name: draft ? 'Garder en brouillon' : 'Valider la commande' })
		.click();
	return editor.savedOrderId(draft ? 'draft' : 'created');
}

test('orders from another device are announced after the first sync, never the book itself nor drafts', async ({
	browser
}) => {
	const a = await device(browser);
	await fillWithDemoData(a.page, 100);
	await a.devices.open();
	const first = await readFile(await a.devices.exportBackup());

	// A fresh device restores the shop: that is its first sync, not 100 new orders.
	const b = await device(browser);
	await b.devices.open();
	await b.devices.importBackup('shop.comptoir', first);
	await expect(b.devices.backupStatus).toHaveText(/importée/);
	await b.devices.expectOrders(100);
	await b.page.waitForTimeout(500);
	await expect(b.page.getByTestId('arrival-notice')).toHaveCount(0);

	// The shop goes on on the first device: two orders and a draft.
	await typeOrder(a.page, 'Panier garni', false);
	await typeOrder(a.page, 'Bon cadeau', false);
	await typeOrder(a.page, 'Devis en cours', true);
	await a.devices.open();
	const later = await readFile(await a.devices.exportBackup());

	await b.devices.importBackup('shop-later.comptoir', later);
	await expect(b.devices.backupStatus).toHaveText(/importée/);
	const notice = b.page.getByTestId('arrival-notice');
	await expect(notice).toContainText('2 nouvelle(s) commande(s) reçue(s) d’un autre appareil.');
	await notice.getByRole('link', { name: 'Voir les commandes' }).click();
	await expect(b.page).toHaveURL(/\/orders$/);
	await expect(notice).toHaveCount(0);

	// The same file again brings nothing new: no notice.
	await b.devices.open();
	await b.devices.importBackup('shop-later.comptoir', later);
	await expect(b.devices.backupStatus).toHaveText(/rien de nouveau/);
	await expect(b.page.getByTestId('arrival-notice')).toHaveCount(0);

	await a.context.close();
	await b.context.close();
});
