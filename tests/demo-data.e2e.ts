import { expect, test } from '@playwright/test';
import { fillWithDemoData } from './page-models/demo';

test('an empty store can be filled with demo data, which survives a reload', async ({ page }) => {
	await fillWithDemoData(page, 100);
	await expect(page.getByTestId('demo-status')).toContainText('100 commandes');
	await page.reload();
	const count = await page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('comptoir-index');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('orders', 'readonly');
					const req = tx.objectStore('orders').count();
					req.onsuccess = () => resolve(req.result);
				};
			})
	);
	expect(count).toBe(100);
});
