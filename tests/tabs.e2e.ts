import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { EditorPage } from './page-models/editor';

/** How many CRDT updates the store's y-indexeddb database holds. */
function storedUpdates(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('comptoir');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const req = open.result.transaction('updates').objectStore('updates').count();
					req.onsuccess = () => {
						open.result.close();
						resolve(req.result);
					};
					req.onerror = () => reject(req.error);
				};
			})
	);
}

/**
 * Places an order with one custom item through the editor, waits until `watcher` (the page
 * itself, or another tab on the order list) shows it, and says how many updates the browser
 * stored meanwhile.
 */
async function placeOrder(o: { page: Page; watcher: Page; customer: string }): Promise<number> {
	const editor = new EditorPage(o.page);
	await editor.openNew();
	await editor.name.fill(o.customer);
	await o.page.getByRole('button', { name: 'Article hors catalogue' }).click();
	await editor.lineField(1, 'name').fill('Savon');
	await editor.lineField(1, 'price').fill('6,50');
	const before = await storedUpdates(o.page);
	await o.page.getByRole('button', { name: 'Valider la commande' }).click();
	await editor.savedOrderId('created');
	if (o.watcher !== o.page) await expect(o.watcher.getByText(o.customer)).toBeVisible();
	// Time for a tab that would store the change a second time to do so.
	await o.page.waitForTimeout(500);
	return (await storedUpdates(o.page)) - before;
}

test('two tabs stay in step and write each change to disk once', async ({ context }) => {
	test.setTimeout(90_000);
	const first = await context.newPage();
	// Alone, placing an order stores some updates: that is the yardstick.
	const alone = await placeOrder({ page: first, watcher: first, customer: 'Inès Alone' });
	expect(alone).toBeGreaterThan(0);

	// With a second tab on the order list, it shows the order without a reload, and the browser
	// stores the change once, not once per tab.
	const second = await context.newPage();
	await second.goto('/orders');
	await expect(second.getByText('Inès Alone')).toBeVisible();
	expect(await placeOrder({ page: first, watcher: second, customer: 'Noé Together' })).toBe(alone);

	// The other way round too, and both keep everything after a reload.
	await first.goto('/orders');
	await expect(first.getByText('Noé Together')).toBeVisible();
	expect(await placeOrder({ page: second, watcher: first, customer: 'Lou Back' })).toBe(alone);
	await first.reload();
	for (const name of ['Inès Alone', 'Noé Together', 'Lou Back'])
		await expect(first.getByText(name)).toBeVisible();
});
