import { expect, test } from '@playwright/test';
import { ShellPage, shellPages } from './page-models/shell';

const viewports = [
	{ name: 'tablet portrait', width: 768, height: 1024 },
	{ name: 'laptop', width: 1280, height: 800 },
	{ name: 'phone', width: 390, height: 844 }
];

for (const viewport of viewports) {
	test(`${viewport.name}: no horizontal overflow and touch targets of 44 px`, async ({ page }) => {
		await page.setViewportSize(viewport);
		const shell = new ShellPage(page);
		for (const { path } of shellPages) {
			await shell.open(path);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, path).toBeLessThanOrEqual(0);
			const small = await page.evaluate(() =>
				[...document.querySelectorAll('a, button, input, select, textarea')]
					.filter((el) => (el as HTMLElement).offsetParent !== null)
					.filter((el) => !el.classList.contains('skip-link'))
					// A checkbox, a radio or a hidden file input is operated through its label.
					.map((el) => {
						const byLabel =
							el.matches('input[type=checkbox], input[type=radio], input[type=file]') ||
							el.classList.contains('visually-hidden');
						const label =
							el.closest('label') ??
							(el.id ? document.querySelector(`label[for="${el.id}"]`) : null);
						const target = byLabel && label ? label : el;
						return { el, box: target.getBoundingClientRect() };
					})
					.filter(({ box }) => box.height < 44 || box.width < 44)
					.map(({ el }) => el.outerHTML.slice(0, 80))
			);
			expect(small, path).toEqual([]);
		}
	});
}

test('on a phone the navigation folds behind the Menu button', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const shell = new ShellPage(page);
	await shell.open('/orders');
	const menu = page.getByRole('button', { name: 'Menu' });
	await expect(menu).toHaveAttribute('aria-expanded', 'false');
	await expect(shell.nav.getByRole('link', { name: 'Produits' })).toBeHidden();
	await menu.click();
	await expect(menu).toHaveAttribute('aria-expanded', 'true');
	await shell.nav.getByRole('link', { name: 'Produits' }).click();
	await expect(shell.heading).toHaveText('Produits');
	await expect(shell.nav.getByRole('link', { name: 'Produits' })).toBeHidden();
});

test('every action is reachable by keyboard with a visible focus', async ({ page }) => {
	const shell = new ShellPage(page);
	await shell.open('/orders');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Aller au contenu' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
	expect(outline).not.toBe('none');

	// Tab through the navigation to Réglages and open it with Enter.
	let reached = false;
	for (let i = 0; i < 15 && !reached; i++) {
		await page.keyboard.press('Tab');
		reached = await page.evaluate(() => document.activeElement?.textContent?.trim() === 'Réglages');
	}
	expect(reached).toBe(true);
	await page.keyboard.press('Enter');
	await expect(shell.heading).toHaveText('Réglages');

	// The skip link moves focus to the main area.
	await page.keyboard.press('Shift+Tab');
	await shell.open('/products');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page.locator('#main')).toBeFocused();
});
