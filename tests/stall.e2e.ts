import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { demoStore, euros, readIndex, spaces, stockedProducts, warmUp } from './page-models/editor';

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });
test.describe.configure({ timeout: 120_000 });

test.beforeAll(async ({ browser }) => {
	test.setTimeout(240_000);
	await warmUp(browser);
});

/** The big button of a product at the stall, by its exact name. */
function productButton(page: Page, name: string) {
	return page
		.locator('button.product')
		.filter({ has: page.locator('.name').getByText(name, { exact: true }) });
}

test('stall mode: two products paid by card in a few taps take their stock', async ({ page }) => {
	await demoStore(page);
	const [first, second] = await stockedProducts(page);
	if (!first || !second) throw new Error('demo data has too few products');
	const ordersBefore = (await readIndex(page, 'orders')).length;

	await page.goto('/orders/new');
	await page.getByRole('link', { name: 'Mode stand' }).tap();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mode stand');

	const button = productButton(page, first.name);
	const box = await button.boundingBox();
	expect(box?.height).toBeGreaterThanOrEqual(56);

	await button.tap();
	await productButton(page, second.name).tap();
	await expect(button).toContainText('× 1 au panier');
	const total = first.price + second.price;
	expect(spaces(await page.getByTestId('stall-total').innerText())).toBe(euros(total));

	await page.getByRole('button', { name: 'Carte', exact: true }).tap();
	const receipt = page.getByTestId('stall-receipt');
	await expect(receipt).toContainText('encaissée');
	expect(spaces(await receipt.innerText())).toContain(`${euros(total)} en Carte`);
	// The screen is ready for the next customer.
	await expect(page.getByTestId('stall-total')).toHaveText(/0,00/);
	await expect(page.getByRole('button', { name: 'Carte', exact: true })).toBeDisabled();

	const orders = await readIndex(page, 'orders');
	expect(orders.length).toBe(ordersBefore + 1);
	const sale = orders.find((o) => o.total === total && o.paymentMethod === 'card');
	expect(sale).toMatchObject({ paymentStatus: 'paid', view: 'active' });
	for (const p of [first, second]) {
		const [row] = await readIndex(page, 'products', p.sku);
		expect(row?.level).toBe(p.level - 1);
	}
});

test('stall mode: steppers, search and the day’s pinned products (kept after a reload)', async ({
	page
}) => {
	await demoStore(page);
	const [first, second] = await stockedProducts(page);
	if (!first || !second) throw new Error('demo data has too few products');
	await page.goto('/orders/new/stall');

	await page.getByLabel('Chercher un produit').fill(first.sku);
	await expect(page.locator('button.product')).toHaveCount(1);
	await productButton(page, first.name).tap();
	await page.getByRole('button', { name: `Un ${first.name} de plus` }).tap();
	expect(spaces(await page.getByTestId('stall-total').innerText())).toBe(euros(2 * first.price));
	await page.getByRole('button', { name: `Un ${first.name} de moins` }).tap();
	expect(spaces(await page.getByTestId('stall-total').innerText())).toBe(euros(first.price));
	await page.getByRole('button', { name: 'Vider' }).tap();
	await page.getByLabel('Chercher un produit').fill('');

	await page.getByRole('button', { name: 'Produits du jour…' }).tap();
	await productButton(page, second.name).tap();
	await expect(productButton(page, second.name)).toHaveAttribute('aria-pressed', 'true');
	await page.getByRole('button', { name: 'Terminé' }).tap();
	await expect(page.locator('button.product')).toHaveCount(1);

	await page.reload();
	await expect(page.locator('button.product')).toHaveCount(1);
	await expect(productButton(page, second.name)).toBeVisible();
});

test('no serious or critical axe violation in stall mode', async ({ page }) => {
	await demoStore(page);
	const [first] = await stockedProducts(page);
	await page.goto('/orders/new/stall');
	await productButton(page, first!.name).click();
	const results = await new AxeBuilder({ page }).analyze();
	const blocking = results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
	expect(blocking).toEqual([]);
});
