/**
 * A dense desk: with 100 orders, the list shows at least 12 whole rows at 1280×800 and 8 at
 * 1024×768 (a landscape tablet), each with number, customer, date, total, both statuses and
 * the tags column; the filters are one line that opens; a 390 px phone keeps cards and no
 * sideways scrolling.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { demoStore } from './page-models/editor';

test.describe.configure({ timeout: 180_000 });

/** Rows of the list whose box lies wholly inside the window, and what each shows. */
async function wholeRows(page: Page) {
	return page.evaluate(() => {
		const rows = [...document.querySelectorAll<HTMLElement>('[data-testid="order-row"]')];
		return rows
			.filter((r) => {
				const box = r.getBoundingClientRect();
				return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
			})
			.map((r) => {
				const shown = (sel: string) => {
					const el = r.querySelector<HTMLElement>(sel);
					if (!el) return false;
					const box = el.getBoundingClientRect();
					return box.width > 0 && box.height > 0 && box.bottom <= window.innerHeight;
				};
				return {
					height: Math.round(r.getBoundingClientRect().height),
					number: shown('td.num a'),
					customer: shown('td.cust .name'),
					date: shown('td.date time'),
					total: shown('td.total'),
					fulfilment: shown('td.ful .status'),
					payment: shown('td.pay .status'),
					tags: r.querySelector('td.tags') !== null
				};
			});
	});
}

test('the order list is dense at 1280×800 and 1024×768, and usable at 390 px', async ({
	page
}, testInfo) => {
	await demoStore(page);
	for (const [width, height, least] of [
		[1280, 800, 12],
		[1024, 768, 8]
	] as const) {
		await page.setViewportSize({ width, height });
		await page.goto('/orders');
		await expect(page.getByTestId('order-row').first()).toBeVisible();
		await expect(page.getByTestId('filters-summary')).toHaveText(/^Filtres : /);
		const rows = await wholeRows(page);
		await page.screenshot({ path: testInfo.outputPath(`orders-${width}.png`) });
		console.log(`${width}×${height}: ${rows.length} whole rows, ${rows[0]?.height} px each`);
		expect(rows.length).toBeGreaterThanOrEqual(least);
		for (const r of rows) {
			expect(r).toMatchObject({
				number: true,
				customer: true,
				date: true,
				total: true,
				fulfilment: true,
				payment: true,
				tags: true
			});
		}
	}
	// The summary line opens the filters.
	await page.getByTestId('filters-summary').click();
	await expect(page.locator('#filter-payment-method')).toBeVisible();

	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/orders');
	await expect(page.getByTestId('order-row').first()).toBeVisible();
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(overflow).toBeLessThanOrEqual(390);
	await expect(page.getByTestId('order-row').first().locator('td.num a')).toBeVisible();
	await page.screenshot({ path: testInfo.outputPath('orders-390.png') });
});
