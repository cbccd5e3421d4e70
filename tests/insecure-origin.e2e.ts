import { chromium, expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

// A name that is not loopback for the browser: Chromium resolves it to 127.0.0.1, but the page
// at http://marche-box is not a secure context, as a tablet opening the market box over http.
const port = Number(process.env.COMPTOIR_E2E_PORT ?? 4173);
const origin = `http://marche-box:${port}`;

function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

// Playwright reads fixtures from the first parameter's pattern: an empty one asks for none.
// eslint-disable-next-line no-empty-pattern
test('insecure origin: on plain http the Devices, join and backup screens say why and what works, and nothing throws', async ({}, testInfo) => {
	testInfo.setTimeout(120_000);
	const launch = testInfo.project.use.launchOptions;
	const browser = await chromium.launch({
		...launch,
		args: [...(launch?.args ?? []), '--host-resolver-rules=MAP marche-box 127.0.0.1']
	});
	const context = await browser.newContext();
	const page = await context.newPage();
	const errors = watchErrors(page);
	await page.goto(`${origin}/devices`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Appareils');
	expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
	const notice = page.getByTestId('insecure-origin').first();
	await expect(notice).toContainText('http simple');
	await expect(notice).toContainText(origin);
	await expect(notice).toContainText('Tout le reste marche');
	await expect(notice).toContainText('https');
	// Nothing is offered that cannot work here.
	await expect(page.getByRole('button', { name: 'Partager cette boutique' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Afficher mon code' })).toHaveCount(0);
	// Backups: said, and the buttons are off.
	await expect(
		page.getByText('Les sauvegardes aussi ont besoin d’une adresse https')
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Exporter une sauvegarde' })).toBeDisabled();

	// The join page, opened from a pairing link, says the same and joins nothing.
	await page.goto(
		`${origin}/devices/join#room=comptoir-AAAAAAAAAAAAAAAAAAAAAA&secret=${'b'.repeat(43)}`
	);
	await expect(page.getByTestId('insecure-origin')).toContainText('https');
	await expect(page.getByLabel('Nom de cet appareil')).toHaveCount(0);

	// What still works: an order is taken and listed.
	await page.goto(`${origin}/settings`);
	await expect(
		page.getByText('Les sauvegardes aussi ont besoin d’une adresse https')
	).toBeVisible();
	await page.goto(`${origin}/orders`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.waitForTimeout(1_000);
	expect(errors).toEqual([]);
	await expect(page.getByTestId('unhandled-error')).toHaveCount(0);
	await browser.close();
});

test('unhandled errors: a rejected promise nobody awaited is reported on screen', async ({
	page
}) => {
	await page.goto('/orders');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.evaluate(() => {
		setTimeout(() => void Promise.reject(new Error('Essai de promesse rejetée')), 0);
	});
	const report = page.getByTestId('unhandled-error');
	await expect(report).toContainText('Une erreur inattendue est survenue');
	await expect(report).toContainText('Essai de promesse rejetée');
	await report.getByRole('button', { name: 'Fermer' }).click();
	await expect(report).toHaveCount(0);
});
