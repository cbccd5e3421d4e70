import { expect, test } from '@playwright/test';
import { fr } from '../src/lib/i18n/fr';
import { ShellPage, shellPages } from './page-models/shell';

const keys = Object.keys(fr);

test('a first visit is in French and every page has its heading and purpose', async ({ page }) => {
	const shell = new ShellPage(page);
	await shell.open('/');
	await expect(page).toHaveURL(/\/orders$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(shell.storeName).toContainText('Ma boutique');
	await expect(shell.networkStatus).toHaveText('En ligne');
	for (const { path, fr: title } of shellPages) {
		await shell.nav.getByRole('link', { name: title, exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`${path}$`));
		await expect(shell.heading).toHaveText(title);
		await expect(page.getByRole('main').locator('p.lead')).not.toBeEmpty();
		await expect(shell.nav.getByRole('link', { name: title, exact: true })).toHaveAttribute(
			'aria-current',
			'page'
		);
	}
});

test('English chosen in Settings survives a reload and no raw key shows', async ({ page }) => {
	// Opens every page of the app by its address: a dozen full loads on a busy 2-core machine.
	test.setTimeout(90_000);
	const shell = new ShellPage(page);
	await shell.chooseLanguage('English');
	await expect(shell.heading).toHaveText('Settings');
	await page.reload();
	await expect(shell.heading).toHaveText('Settings');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	for (const { path, en } of shellPages) {
		await shell.open(path);
		await expect(shell.heading).toHaveText(en);
		const text = await shell.bodyText();
		expect(keys.filter((key) => text.includes(key))).toEqual([]);
	}
	await shell.chooseLanguage('Français');
	await expect(shell.heading).toHaveText('Réglages');
});

test('no page shows a raw message key in French', async ({ page }) => {
	test.setTimeout(90_000);
	const shell = new ShellPage(page);
	for (const { path } of shellPages) {
		await shell.open(path);
		const text = await shell.bodyText();
		expect(keys.filter((key) => text.includes(key))).toEqual([]);
	}
});

test('money and dates follow the chosen format and currency', async ({ page }) => {
	const shell = new ShellPage(page);
	await shell.open('/settings');
	const preview = page.getByTestId('format-preview');
	await expect(preview).toContainText(/12\s345,50\s€/);
	await page.locator('#number-format').selectOption('en-GB');
	await page.locator('#currency').selectOption('GBP');
	await expect(preview).toContainText('£12,345.50');
	await page.reload();
	await expect(page.getByTestId('format-preview')).toContainText('£12,345.50');
});

test('the store name is shown in the header once set', async ({ page }) => {
	const shell = new ShellPage(page);
	await shell.open('/settings');
	await page.getByLabel('Nom de la boutique').fill('Les Confitures de Zoé');
	await page.getByLabel('Nom de la boutique').press('Enter');
	await page.getByLabel('Nom de la boutique').blur();
	await expect(shell.storeName).toContainText('Les Confitures de Zoé');
	await page.reload();
	await expect(shell.storeName).toContainText('Les Confitures de Zoé');
});
