import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { ShellPage } from './page-models/shell';
import { startStaticHost } from './support/static-host';

test('a new version is announced and applied only when the seller asks', async ({ page }) => {
	const host = await startStaticHost();
	try {
		const shell = new ShellPage(page);
		await shell.open(`${host.url}/settings`);
		await shell.waitForServiceWorker();

		// Deploy a "new version": the same worker with different bytes.
		const worker = await readFile('build/sw.js', 'utf8');
		host.replace('/sw.js', `${worker}\n// next release\n`);
		await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'still here'));
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

		const notice = page.getByTestId('update-notice');
		await expect(notice).toBeVisible({ timeout: 20_000 });
		await expect(notice).toContainText('nouvelle version');
		// Nothing reloads by itself.
		await page.waitForTimeout(1000);
		expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
			'still here'
		);

		await notice.getByRole('button', { name: 'Recharger maintenant' }).click();
		await expect
			.poll(() =>
				page
					.evaluate(() => (window as unknown as { marker?: string }).marker ?? 'reloaded')
					.catch(() => 'navigating')
			)
			.toBe('reloaded');
		await expect(shell.heading).toHaveText('Réglages');
		await expect(page.getByTestId('update-notice')).toBeHidden();
	} finally {
		await host.close();
	}
});
