import { expect, test } from '@playwright/test';
import { blockingViolations, tablet } from './page-models/catalogue';
import { ShellPage } from './page-models/shell';

test.use({ viewport: tablet, hasTouch: true });
test.describe.configure({ timeout: 90_000 });

const nbsp = /[\s\u00a0\u202f]/;

test('the next order number can be raised, never lowered, and the example follows', async ({
	page
}) => {
	await new ShellPage(page).open('/settings');
	const example = page.getByTestId('number-example');
	await expect(example).toHaveText(/^[A-Z0-9]{1,5}-1$/);
	const series = (await example.innerText()).split('-')[0];

	// Prefix and suffix: the example changes as the seller types, before saving.
	await page.locator('#numbering-prefix').fill('ZOE-');
	await page.locator('#numbering-suffix').fill('/26');
	await expect(example).toHaveText(`ZOE-${series}-1/26`);
	await page.locator('#numbering-suffix').press('Enter');
	await expect(page.getByTestId('numbering-status')).toHaveText('Réglages enregistrés.');

	await page.locator('#next-number').fill('1000');
	await page.getByRole('button', { name: 'Augmenter' }).tap();
	await expect(page.getByTestId('raise-status')).toHaveText(
		new RegExp(`Le prochain numéro est maintenant 1${nbsp.source}000\\.`)
	);
	await expect(example).toHaveText(`ZOE-${series}-1000/26`);

	await page.locator('#next-number').fill('50');
	await page.locator('#next-number').press('Enter');
	await expect(page.locator('#next-number-error')).toContainText(
		'ne peut qu’augmenter (actuellement 1000)'
	);
	await expect(page.locator('#next-number')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByTestId('raise-status')).toBeEmpty();

	await page.locator('#next-number').fill('douze');
	await page.locator('#next-number').press('Enter');
	await expect(page.locator('#next-number-error')).toBeVisible();

	await page.reload();
	await expect(page.getByTestId('number-example')).toHaveText(`ZOE-${series}-1000/26`);
	await expect(page.locator('#next-number')).toHaveValue('1000');
});

test('prices without VAT and a default VAT rate are kept after reload', async ({ page }) => {
	await new ShellPage(page).open('/settings');
	await expect(page.getByLabel('incluent la TVA (TTC)')).toBeChecked();
	await expect(page.locator('#default-vat-rate')).toHaveValue('20');

	// A wrong rate is refused beside the field and nothing is saved.
	await page.getByLabel('n’incluent pas la TVA (HT)').check();
	await page.locator('#default-vat-rate').fill('abc');
	await page.locator('#default-vat-rate').press('Enter');
	await expect(page.locator('#default-vat-rate-error')).toHaveText(
		'Le taux de TVA doit être compris entre 0 et 100 %.'
	);
	await page.reload();
	await expect(page.getByLabel('incluent la TVA (TTC)')).toBeChecked();

	// By keyboard: choose "without VAT" with the arrow key, type 5,5 and submit with Enter.
	await page.getByLabel('incluent la TVA (TTC)').focus();
	await page.keyboard.press('ArrowDown');
	await expect(page.getByLabel('n’incluent pas la TVA (HT)')).toBeChecked();
	await page.locator('#default-vat-rate').fill('5,5');
	await page.locator('#default-vat-rate').press('Enter');
	await expect(page.getByTestId('money-status')).toHaveText('Réglages enregistrés.');
	await page.reload();
	await expect(page.getByLabel('n’incluent pas la TVA (HT)')).toBeChecked();
	await expect(page.locator('#default-vat-rate')).toHaveValue('5,5');

	// New products start with the default rate and show prices without VAT.
	await page.goto('/products');
	await page.getByRole('button', { name: 'Nouveau produit' }).click();
	await expect(page.locator('#new-product-vatRate')).toHaveValue('5,5');
	await expect(page.getByLabel('Prix HT')).toBeVisible();
});

test('shop identity, order defaults and tags are saved per section', async ({ page }) => {
	const shell = new ShellPage(page);
	await shell.open('/settings');
	await page.locator('#store-name').fill('Les Confitures de Zoé');
	await page.locator('#store-vat-number').fill('FR12345678901');
	await page.locator('#store-address-city').fill('Lyon');
	await page
		.locator('#store-legal-lines')
		.fill('SIRET 123 456 789 00012\nTVA acquittée sur les débits');
	await page.locator('#store-heading ~ form').getByRole('button', { name: 'Enregistrer' }).tap();
	await expect(page.getByTestId('identity-status')).toHaveText('Réglages enregistrés.');
	await expect(shell.storeName).toContainText('Les Confitures de Zoé');

	await page.locator('#abandoned-hours').fill('0');
	await page.locator('#abandoned-hours').press('Enter');
	await expect(page.locator('#abandoned-hours-error')).toContainText('entre 1 et 8760');
	await page.locator('#zero-total-status').selectOption('awaiting_payment');
	await page.locator('#abandoned-hours').fill('48');
	await page.locator('#abandoned-hours').press('Enter');
	await expect(page.getByTestId('orders-status')).toHaveText('Réglages enregistrés.');

	await page.locator('#tag-new-name').fill('Marché');
	await page.locator('#tag-new-name').press('Enter');
	await expect(page.getByLabel('Nom de l’étiquette Marché')).toHaveValue('Marché');
	await page.getByLabel('Nom de l’étiquette Marché').fill('Marché du samedi');
	await page.getByLabel('Nom de l’étiquette Marché').press('Enter');
	await expect(page.getByLabel('Nom de l’étiquette Marché du samedi')).toBeVisible();
	await expect(page.getByTestId('tag-row')).toHaveCount(2);

	await page.reload();
	await expect(page.locator('#store-vat-number')).toHaveValue('FR12345678901');
	await expect(page.locator('#store-address-city')).toHaveValue('Lyon');
	await expect(page.locator('#store-legal-lines')).toHaveValue(
		'SIRET 123 456 789 00012\nTVA acquittée sur les débits'
	);
	await expect(page.locator('#zero-total-status')).toHaveValue('awaiting_payment');
	await expect(page.locator('#abandoned-hours')).toHaveValue('48');
	await expect(page.getByLabel('Nom de l’étiquette Marché du samedi')).toHaveValue(
		'Marché du samedi'
	);
	expect(await blockingViolations(page)).toEqual([]);
});

test('settings in English: device name and series, refusals, axe', async ({ page }) => {
	await new ShellPage(page).chooseLanguage('English');
	await expect(page.getByRole('heading', { name: 'Order numbering' })).toBeVisible();
	await page.locator('#device-series').fill('??');
	await page.locator('#device-series').press('Enter');
	await expect(page.locator('#device-series-error')).toBeVisible();
	await page.locator('#device-name').fill('Market tablet');
	await page.locator('#device-series').fill('M1');
	await page.locator('#device-series').press('Enter');
	await expect(page.getByTestId('device-status')).toHaveText('Device saved.');
	await expect(page.getByTestId('number-example')).toHaveText('M1-1');
	await page.reload();
	await expect(page.locator('#device-name')).toHaveValue('Market tablet');
	await expect(page.locator('#device-series')).toHaveValue('M1');
	await page.locator('#next-number').fill('0');
	await page.locator('#next-number').press('Enter');
	await expect(page.locator('#next-number-error')).toBeVisible();
	expect(await blockingViolations(page)).toEqual([]);
});
