import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ShellPage, shellPages } from './page-models/shell';

// One test per page and language: axe over every page in one test took most of the 30 s budget
// on 2 loaded cores and timed out now and then. Each page alone takes a few seconds.
for (const language of ['Français', 'English'] as const) {
	for (const { path } of shellPages) {
		test(`no serious or critical axe violation on ${path} (${language})`, async ({ page }) => {
			const shell = new ShellPage(page);
			await shell.chooseLanguage(language);
			await shell.open(path);
			const results = await new AxeBuilder({ page }).analyze();
			const blocking = results.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => `${path}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
			expect(blocking).toEqual([]);
		});
	}
}

for (const language of ['Français', 'English'] as const) {
	test(`no serious or critical axe violation on the join page and its scanner (${language})`, async ({
		page
	}) => {
		const shell = new ShellPage(page);
		await shell.chooseLanguage(language);
		await shell.open('/devices/join');
		const blocking = async (state: string) =>
			(await new AxeBuilder({ page }).analyze()).violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => `${state}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
		expect(await blocking('join page')).toEqual([]);
		// Headless Chromium has no camera: the scanner shows why, beside its close button.
		await page.getByRole('button', { name: /^(Scanner le code|Scan the code)$/ }).click();
		await expect(page.getByTestId('scan-problem')).toBeVisible();
		expect(await blocking('scanner')).toEqual([]);
	});
}
