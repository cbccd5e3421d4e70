import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { demoStore, readIndex, stockedProducts, warmUp } from './page-models/editor';

// A tablet whose disk fills up: the quota is shrunk through the DevTools protocol to a little
// above what the shop uses, then sales are rung up at the stall until one cannot be saved.
test.describe.configure({ timeout: 400_000 });

test.beforeAll(async ({ browser }) => {
	test.setTimeout(240_000);
	await warmUp(browser);
});

function productButton(page: Page, name: string) {
	return page
		.locator('button.product')
		.filter({ has: page.locator('.name').getByText(name, { exact: true }) });
}

test('a full disk: the sale says "not saved", and after a reload exactly the sales called saved are there', async ({
	page
}) => {
	await demoStore(page);
	const [product] = await stockedProducts(page);
	if (!product) throw new Error('demo data has no product');
	await page.goto('/orders/new/stall');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mode stand');
	const origin = new URL(page.url()).origin;
	const cdp = await page.context().newCDPSession(page);
	const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
	await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + 300_000 });
	const started = await page.evaluate(() => Date.now());

	const saved: string[] = [];
	const receiptLink = page.getByTestId('stall-receipt').locator('a[href*="/orders/"]');
	let full = false;
	for (let i = 0; i < 400 && !full; i++) {
		await productButton(page, product.name).click();
		await page.getByRole('button', { name: 'Carte', exact: true }).click();
		const previous = saved.at(-1) ?? '';
		let outcome = '';
		await expect
			.poll(
				async () => {
					if (await page.getByTestId('not-saved').isVisible()) return (outcome = 'full');
					const href = (await receiptLink.count()) ? await receiptLink.getAttribute('href') : null;
					const id = href?.split('/').pop() ?? '';
					return (outcome = id && id !== previous ? id : '');
				},
				{ timeout: 60_000 }
			)
			.not.toBe('');
		if (outcome === 'full') full = true;
		else saved.push(outcome);
	}
	expect(full).toBe(true);
	expect(saved.length).toBeGreaterThan(0);
	// Said plainly, with what to do, on the banner and where the seller pressed the button.
	await expect(page.getByTestId('not-saved')).toContainText(
		'Le stockage de cet appareil est plein'
	);
	await expect(page.locator('p.error[role="alert"]')).toContainText('plein');
	// The buttons work again (the page left its busy state).
	await expect(page.getByRole('button', { name: 'Carte', exact: true })).toBeEnabled();

	// The seller frees space and reopens the app: every sale called saved is there, and no other.
	await cdp.send('Storage.overrideQuotaForOrigin', { origin });
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mode stand');
	await expect
		.poll(
			async () =>
				(await readIndex(page, 'orders'))
					.filter((o) => (o.createdAt as number) >= started)
					.map((o) => o.id as string)
					.sort(),
			{ timeout: 60_000 }
		)
		.toEqual([...saved].sort());
});
