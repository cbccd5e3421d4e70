import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { pdfText } from './paper';

/** The till's closing and the Conformité page, as a seller uses them. */
export class TillPage {
	constructor(readonly page: Page) {}

	/** Sells one unit of the named product at the stall, paid in cash. */
	async sellAtStall(product: string): Promise<void> {
		const { page } = this;
		await page.goto('/orders/new/stall');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mode stand');
		await page
			.locator('button.product')
			.filter({ has: page.locator('.name').getByText(product, { exact: true }) })
			.click();
		await page.getByRole('button', { name: 'Espèces', exact: true }).click();
		await expect(page.getByTestId('stall-receipt')).toContainText('encaissée');
	}

	/** From the stall's receipt, opens the order just sold. */
	async openSoldOrder(): Promise<void> {
		await this.page.getByRole('link', { name: 'Voir la commande' }).click();
		await expect(this.page.locator('summary', { hasText: 'Documents' })).toBeVisible();
	}

	/** On the order page, downloads its invoice; returns the text of the PDF's pages. */
	async downloadInvoice(): Promise<string[]> {
		const { page } = this;
		const menu = page.locator('details.documents');
		if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) {
			await menu.locator('summary').click();
		}
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Télécharger : Facture' }).click()
		]);
		return pdfText(new Uint8Array(await readFile((await download.path())!)));
	}

	/** Closes the day from the Reports page; returns the status sentence. */
	async closeDay(): Promise<string> {
		const { page } = this;
		await page.goto('/reports');
		await page.getByRole('button', { name: 'Clôturer la journée' }).click();
		const done = page.getByText(/^Clôture du /);
		await expect(done).toBeVisible();
		return done.innerText();
	}

	/** Opens the Conformité page from the Reports page. */
	async openCompliance(): Promise<void> {
		await this.page.getByRole('link', { name: 'Conformité et journal' }).click();
		await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Conformité');
	}

	/** Runs the integrity check; returns its verdict. */
	async check(): Promise<string> {
		await this.page.getByRole('button', { name: 'Vérifier le journal' }).click();
		return this.page
			.locator('[role=status]')
			.filter({ hasText: /Intègre|Altéré/ })
			.innerText();
	}

	/** Exports the newest closing's archive; returns the saved file's path. */
	async exportArchive(dir: string): Promise<string> {
		const wait = this.page.waitForEvent('download');
		await this.page
			.getByRole('button', { name: /^Exporter l’archive de / })
			.first()
			.click();
		const download = await wait;
		const path = `${dir}/${download.suggestedFilename()}`;
		await download.saveAs(path);
		return path;
	}
}

/** Runs the standalone verifier on a file, as an accountant would. */
export function runVerifier(path: string): { status: number | null; out: string } {
	const r = spawnSync('node', ['bin/verify-archive.mjs', path], { encoding: 'utf8' });
	return { status: r.status, out: r.stdout };
}
