import { test } from '@playwright/test';
test('dbg', async ({ page }) => {
	page.on('console', (m) => console.log('console', m.type(), m.text()));
	page.on('pageerror', (e) => console.log('pageerror', e.message));
	page.on('requestfailed', (r) => console.log('failed', r.url(), r.failure()?.errorText));
	page.on('response', (r) => {
		if (r.status() >= 400) console.log('resp', r.status(), r.url());
	});
	for (const p of ['/settings', '/orders', '/orders/new', '/products', '/customers']) {
		await page.goto(p);
		await page.waitForTimeout(1000);
		console.log(
			p,
			page.url(),
			(await page.locator('body').innerText()).slice(0, 120).replace(/\n/g, ' | ')
		);
	}
});
