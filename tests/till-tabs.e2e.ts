/**
 * Two tabs of one browser are one device with one journal chain: sales made in both at the same
 * moment still give entries with distinct sequence numbers that chain (a Web Lock serialises
 * the appends, and each tab waits for the other's last entry).
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { demoStore, stockedProducts, warmUp } from './page-models/editor';
import { TillPage } from './page-models/till';

test.describe.configure({ timeout: 180_000 });

test.beforeAll(async ({ browser }) => {
	test.setTimeout(240_000);
	await warmUp(browser);
});

/** Puts one unit of the product in the stall's cart, ready to be paid. */
async function cartWith(page: Page, product: string) {
	await page.goto('/orders/new/stall');
	await page
		.locator('button.product')
		.filter({ has: page.locator('.name').getByText(product, { exact: true }) })
		.click();
	await expect(page.getByRole('button', { name: 'Espèces', exact: true })).toBeEnabled();
}

test('two tabs selling at the same moment keep one unbroken chain', async ({ context }) => {
	const first = await context.newPage();
	await demoStore(first);
	const [product] = await stockedProducts(first);
	if (!product) throw new Error('demo data has no stocked product');
	const second = await context.newPage();
	const rounds = 3;
	for (let i = 0; i < rounds; i++) {
		await Promise.all([cartWith(first, product.name), cartWith(second, product.name)]);
		await Promise.all(
			[first, second].map((p) => p.getByRole('button', { name: 'Espèces', exact: true }).click())
		);
		for (const p of [first, second])
			await expect(p.getByTestId('stall-receipt')).toContainText('encaissée');
	}
	// Each sale journals the sale and its payment: 2 × 2 × rounds entries, none lost or forked.
	for (const p of [first, second]) {
		await p.goto('/compliance');
		const till = new TillPage(p);
		await expect.poll(() => till.check()).toMatch(new RegExp(`^Intègre : ${4 * rounds} écritures`));
	}
});
