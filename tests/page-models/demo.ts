import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** Fills the store with demo data through Settings, as a new user would, and waits until done. */
export async function fillWithDemoData(page: Page, orders: 100 | 1000 | 10000 = 100) {
	await page.goto('/settings');
	await page.locator('#demo-size').selectOption(String(orders));
	await page.locator('#demo-size').locator('..').getByRole('button').click();
	await expect(page.getByTestId('demo-status')).not.toBeEmpty({ timeout: 120_000 });
}
