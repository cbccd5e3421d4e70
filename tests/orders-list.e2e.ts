import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { fillWithDemoData } from './page-models/demo';
import { OrderListPage } from './page-models/order-list';
import { ShellPage } from './page-models/shell';

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });
test.setTimeout(240_000);

test('filters combine, live in the URL, survive a reload and come off as chips (French)', async ({
	page
}) => {
	await fillWithDemoData(page, 1000);
	const list = new OrderListPage(page);
	await list.open();
	await list.waitForRows();

	await list.filter('view', 'Actives et archivées');
	await list.filter('fulfilment', 'Livrée');
	await list.filter('tag', 'VIP');
	await expect(page).toHaveURL(/view=all/);
	await expect(page).toHaveURL(/fulfilment=delivered/);
	await expect(page).toHaveURL(/tag=vip/);
	await list.waitForRows();
	await expect.poll(() => list.rowValues('fulfilment')).not.toContain('shipped');
	const fulfilment = await list.rowValues('fulfilment');
	const tags = await list.rowValues('tags');
	expect(new Set(fulfilment)).toEqual(new Set(['delivered']));
	expect(tags.every((t) => t.split(' ').includes('vip'))).toBe(true);
	// The tag shows as a coloured chip with its name.
	await expect(list.rows.first().locator('td.tags')).toContainText('VIP');
	const filteredCount = await list.rows.count();

	await page.reload();
	await list.waitForRows();
	await expect(page.locator('#filter-fulfilment')).toHaveValue('delivered');
	await expect(page.locator('#filter-tag')).toHaveValue('vip');
	await expect(list.rows).toHaveCount(filteredCount);
	await expect(list.chips).toHaveCount(3);

	await page.getByRole('button', { name: 'Retirer le filtre « Étiquette : VIP »' }).click();
	await expect(page).not.toHaveURL(/tag=/);
	await expect(list.chips).toHaveCount(2);
	await expect
		.poll(async () => (await list.rowValues('tags')).some((t) => !t.includes('vip')))
		.toBe(true);
	expect(new Set(await list.rowValues('fulfilment'))).toEqual(new Set(['delivered']));
});
