import { expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { DevicesPage } from './page-models/devices';
import { EditorPage } from './page-models/editor';

// The browser may clear a site's storage unless it is persistent: Comptoir asks at the moments
// it starts to matter (the first order, pairing), once, and shows the answer.
test.describe.configure({ timeout: 180_000 });

/** A device whose browser refuses persistent storage and counts how often it was asked. */
async function refusingDevice(browser: Browser): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 768, height: 1024 } });
	await context.addInitScript(() => {
		// Counted in localStorage: a reload runs this script again.
		const storage = navigator.storage;
		if (!storage) return;
		storage.persisted = async () => false;
		storage.persist = async () => {
			localStorage.setItem(
				'test.persistCalls',
				String(Number(localStorage.getItem('test.persistCalls')) + 1)
			);
			return false;
		};
	});
	return context.newPage();
}

const asked = (page: Page) =>
	page.evaluate(() => Number(localStorage.getItem('test.persistCalls')));

test('persistent storage is asked at the first order, once, and the refusal is shown', async ({
	browser
}) => {
	const page = await refusingDevice(browser);
	const editor = new EditorPage(page);
	await editor.openNew();
	expect(await asked(page)).toBe(0);
	for (const kind of ['first', 'second']) {
		await editor.openNew();
		await page.getByRole('button', { name: 'Article hors catalogue' }).click();
		await editor.lineField(1, 'name').fill(`Bon cadeau ${kind}`);
		await editor.lineField(1, 'price').fill('20');
		await page.getByRole('button', { name: 'Valider la commande' }).click();
		await editor.savedOrderId('created');
		if (kind === 'first') {
			await expect(page.getByTestId('persist-answer')).toContainText('Stockage persistant refusé');
			await page.getByTestId('persist-answer').getByRole('button').click();
		}
	}
	// The second order does not ask again (nor show the answer again).
	await expect(page.getByTestId('persist-answer')).toHaveCount(0);
	expect(await asked(page)).toBe(1);
	await page.context().close();
});

test('persistent storage is asked when a device joins a shop, and the answer is shown', async ({
	browser
}) => {
	const first = await browser.newPage({ viewport: { width: 768, height: 1024 } });
	const a = new DevicesPage(first);
	await a.open();
	const link = await a.share();
	const page = await refusingDevice(browser);
	await new DevicesPage(page).join(link, 'Caisse 2');
	await expect(page.getByTestId('persist-answer')).toContainText('Stockage persistant refusé');
	expect(await asked(page)).toBe(1);
	await page.context().close();
	await first.context().close();
});
