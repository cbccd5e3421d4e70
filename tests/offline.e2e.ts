import { expect, test } from '@playwright/test';
import { ShellPage, shellPages } from './page-models/shell';

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
