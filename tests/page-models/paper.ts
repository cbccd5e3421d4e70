import { expect } from '@playwright/test';
import type { Download, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** The Reports screen as a seller uses it. */
export class ReportsPage {
	constructor(readonly page: Page) {}

	/** Opens the Reports page and waits for its heading. */
	async open(): Promise<void> {
		await this.page.goto('/reports');
		await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
	}

	/** A period choice by its visible label ("Aujourd’hui", "Dates au choix", ...). */
	period(label: string | RegExp) {
		return this.page.getByRole('radio', { name: label });
	}

	/** Chooses custom dates (YYYY-MM-DD) through the two date fields. */
	async customRange(
		from: string,
		until: string,
		labels: { custom: RegExp; from: RegExp; until: RegExp }
	) {
		await this.period(labels.custom).check();
		await this.page.getByLabel(labels.from).fill(from);
		await this.page.getByLabel(labels.until).fill(until);
	}

	get status() {
		return this.page.getByTestId('report-status');
	}

	get orders() {
		return this.page.getByTestId('report-orders');
	}

	get takings() {
		return this.page.getByTestId('report-takings');
	}

	get chart() {
		return this.page.getByTestId('sales-chart');
	}

	get methods() {
		return this.page.getByTestId('report-methods');
	}

	/** Clicks an export button and returns the downloaded file. */
	async export(button: RegExp): Promise<Download> {
		const [download] = await Promise.all([
			this.page.waitForEvent('download'),
			this.page.getByRole('button', { name: button }).click()
		]);
		return download;
	}
}

/** Amount in cents from text such as "1 234,56 €" or "€1,234.56". */
export function centsOf(text: string): number {
	const digits = text.replace(/[^\d,.-]/g, '');
	const m = /^(-?[\d.,]*?)[.,](\d{2})$/.exec(digits);
	if (!m) throw new Error(`not an amount: ${text}`);
	return Number(`${m[1]!.replace(/[.,]/g, '')}${m[2]}`);
}

/** Text of every page of a PDF file, read with pdf.js. */
export async function pdfText(data: Uint8Array): Promise<string[]> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await pdfjs.getDocument({ data }).promise;
	const pages: string[] = [];
	for (let i = 1; i <= doc.numPages; i++) {
		const items = (await (await doc.getPage(i)).getTextContent()).items;
		pages.push(
			items
				.map((item) => ('str' in item ? item.str : ''))
				.join(' ')
				.replace(/\s+/g, ' ')
		);
	}
	return pages;
}

/** The shipping labels dialog (order list selection or order page). */
export class LabelsDialog {
	constructor(readonly page: Page) {}

	get root() {
		return this.page.getByTestId('labels-dialog');
	}

	/** The format radio whose label matches ("Feuilles A4…", "Étiquette 100 × 150 mm…"). */
	format(label: string | RegExp) {
		return this.root.getByRole('radio', { name: label });
	}

	get status() {
		return this.root.getByTestId('labels-status');
	}

	/** The list of orders that get no label, one item per order. */
	get skipped() {
		return this.root.getByTestId('labels-skipped').getByRole('listitem');
	}

	/** Opens the dialog from the order page's Documents menu; `prepare` is the button's name. */
	async openFromOrderPage(prepare: string | RegExp): Promise<void> {
		const menu = this.page.locator('details.documents');
		if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) {
			await menu.locator('summary').click();
		}
		await menu.getByRole('button', { name: prepare }).click();
	}

	/** Creates the PDF, waits until it is ready and downloads it; resolves with its bytes. */
	async createAndDownload(o: { create: RegExp; ready: RegExp; download: RegExp }) {
		await this.root.getByRole('button', { name: o.create }).click();
		await expect(this.status).toContainText(o.ready, { timeout: 60_000 });
		const [download] = await Promise.all([
			this.page.waitForEvent('download'),
			this.root.getByRole('button', { name: o.download }).click()
		]);
		return { download, bytes: new Uint8Array(await readFile((await download.path())!)) };
	}
}
