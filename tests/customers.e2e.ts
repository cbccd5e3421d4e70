import { expect, test, type Page } from '@playwright/test';
import {
	blockingViolations,
	busiestCustomer,
	CustomersPage,
	indexedOrderCount,
	tablet
} from './page-models/catalogue';
import { fillWithDemoData } from './page-models/demo';
import { ShellPage } from './page-models/shell';

test.use({ viewport: tablet, hasTouch: true });
test.describe.configure({ timeout: 120_000 });

// Demo orders remember their customers as real orders do; each test works with the demo's
// busiest customer, plus one added through the "New customer" form as a seller would.
async function withCustomer(page: Page) {
	await fillWithDemoData(page, 100);
	const customer = await busiestCustomer(page);
	const customers = new CustomersPage(page);
	await customers.open();
	await customers.create({ email: 'autre@example.fr', name: 'Autre client' });
	await customers.open();
	return { customers, ...customer };
}

test('a seller finds a customer and sees their orders and lifetime total', async ({ page }) => {
	const { customers, email, name } = await withCustomer(page);
	await expect(customers.rows.filter({ hasText: 'autre@example.fr' })).toHaveCount(1);
	await expect(customers.rows.filter({ hasText: email })).toHaveCount(1);
	const total = await customers.rows.count();

	// Searching by the start of the name narrows the list and keeps that customer.
	await customers.search.fill(name.slice(0, 4));
	await expect(customers.rows.filter({ hasText: email })).toHaveCount(1);
	expect(await customers.rows.count()).toBeLessThanOrEqual(total);
	await customers.search.fill('zzzz-nobody');
	await expect(page.getByText('Aucun client ne correspond.')).toBeVisible();
	await customers.search.fill(email);
	await customers.rows.first().getByRole('link').tap();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	await expect(page.getByText(email).first()).toBeVisible();
	const expectedCount = await indexedOrderCount(page, email);
	expect(expectedCount).toBeGreaterThan(0);
	await expect(customers.orders).toHaveCount(expectedCount);
	await expect(customers.orders.first().getByRole('link')).toHaveAttribute('href', /\/orders\/.+/);
	const expected = await customers.expectedLifetime();
	await expect(customers.lifetime).toHaveAttribute('data-cents', String(expected));
	await expect(customers.lifetime).toContainText('€');
	expect(await blockingViolations(page)).toEqual([]);

	// A second customer with the same email, or none, is refused beside the field.
	await customers.open();
	await page.getByRole('button', { name: 'Nouveau client' }).click();
	await page.locator('#new-customer-email').fill(email.toUpperCase());
	await page.locator('#new-customer-name').fill('Doublon');
	await page.locator('#new-customer-name').press('Enter');
	await expect(page.locator('#new-customer-email-error')).toContainText('existe déjà');
	await page.locator('#new-customer-email').fill('');
	await page.locator('#new-customer-name').press('Enter');
	await expect(page.locator('#new-customer-email-error')).toContainText('obligatoire');
	await expect(customers.rows).toHaveCount(total);
	await expect(customers.rows.filter({ hasText: 'Doublon' })).toHaveCount(0);
});

test('editing a customer by keyboard says past orders are unchanged; HTML names stay text', async ({
	page
}) => {
	const alerts: string[] = [];
	page.on('dialog', (d) => {
		alerts.push(d.message());
		void d.dismiss();
	});
	const { customers, email } = await withCustomer(page);
	await customers.rows.filter({ hasText: email }).getByRole('link').click();
	await expect(customers.orders.first()).toBeVisible();
	const orderCount = await customers.orders.count();

	await page.getByRole('button', { name: 'Modifier le client' }).click();
	await expect(page.getByText('Les commandes déjà passées gardent')).toBeVisible();
	const html = '<img src=x onerror=alert(1)>';
	await page.locator('#customer-edit-name').fill(html);
	await page.locator('#customer-edit-phone').fill('06 12 34 56 78');
	await page.locator('#customer-shipping-city').fill('Lyon');
	await page.locator('#customer-edit-phone').press('Enter');
	await expect(page.getByRole('status').filter({ hasText: 'Client enregistré' })).toContainText(
		'Les commandes passées sont inchangées'
	);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(html);
	await expect(page.getByTestId('customer-name')).toHaveText(html);
	await page.reload();
	await expect(page.getByTestId('customer-name')).toHaveText(html);
	await expect(page.getByText('06 12 34 56 78')).toBeVisible();
	await expect(customers.orders).toHaveCount(orderCount);
	await customers.open();
	await customers.search.fill('<img');
	await expect(customers.rows.first()).toContainText(html);
	expect(await page.locator('main img').count()).toBe(0);
	expect(alerts).toEqual([]);
});

test('customers in English', async ({ page }) => {
	await new ShellPage(page).chooseLanguage('English');
	const { customers, email } = await withCustomer(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customers');
	await customers.rows.filter({ hasText: email }).getByRole('link').click();
	await expect(page.getByRole('heading', { name: 'Lifetime total' })).toBeVisible();
	await expect(page.getByText(/paid order\(s\), refunds deducted/)).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Orders', exact: true })).toBeVisible();
	expect(await blockingViolations(page)).toEqual([]);
});
