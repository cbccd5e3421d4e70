import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ShellPage, shellPages } from './page-models/shell';

for (const language of ['Français', 'English'] as const) {
	test(`no serious or critical axe violation on any page (${language})`, async ({ page }) => {
		const shell = new ShellPage(page);
		await shell.chooseLanguage(language);
		for (const { path } of shellPages) {
			await shell.open(path);
			const results = await new AxeBuilder({ page }).analyze();
			const blocking = results.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => `${path}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
			expect(blocking).toEqual([]);
		}
	});
}
