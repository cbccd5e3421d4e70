import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { fillWithDemoData } from './page-models/demo';
import { pdfText, ReportsPage } from './page-models/paper';

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });
test.describe.configure({ timeout: 240_000 });

const today = new Date().toISOString().slice(0, 10);
const fr = { custom: /Dates au choix/, from: /^Du$/, until: /^Au/ };

test('exports the orders of a period as CSV with the remembered columns (French defaults)', async ({
	page
}) => {
	await fillWithDemoData(page, 100);
	const reports = new ReportsPage(page);
	await reports.open();
	await reports.customRange('2020-01-01', today, fr);
	await page.getByRole('button', { name: 'Exporter les commandes (CSV)' }).click();
	const dialog = page.getByTestId('csv-export-dialog');
	await expect(dialog.getByLabel('Séparateur', { exact: true })).toHaveValue('semicolon');
	await expect(dialog.getByLabel('Séparateur décimal')).toHaveValue(',');
	const axe = await new AxeBuilder({ page }).include('[data-testid="csv-export-dialog"]').analyze();
	expect(
		axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)
	).toEqual([]);
	await dialog.getByRole('checkbox', { name: 'Étiquettes' }).uncheck();
	await dialog.getByRole('checkbox', { name: 'Commentaire du client' }).uncheck();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		dialog.getByRole('button', { name: 'Exporter', exact: true }).click()
	]);
	await expect(dialog.getByRole('status')).toContainText('100 commandes exportées');
	const text = await readFile((await download.path())!, 'utf8');
	expect(text.startsWith('\ufeff')).toBe(true);
	const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true });
	expect(parsed.errors).toEqual([]);
	const [header, ...rows] = parsed.data;
	expect(rows).toHaveLength(100);
	expect(header).toContain('Livraison : code postal');
	expect(header).not.toContain('Étiquettes');
	const total = header!.indexOf('Total');
	for (const row of rows) expect(row[total]).toMatch(/^\d+,\d{2}$/);
	// The choice of columns is remembered on this device.
	await page.keyboard.press('Escape');
	await page.reload();
	await reports.customRange('2020-01-01', today, fr);
	await page.getByRole('button', { name: 'Exporter les commandes (CSV)' }).click();
	await expect(dialog.getByRole('checkbox', { name: 'Étiquettes' })).not.toBeChecked();
	await expect(dialog.getByRole('checkbox', { name: 'Total', exact: true })).toBeChecked();
});

test('one PDF holds one invoice per order of the period, with progress then download', async ({
	page
}) => {
	await fillWithDemoData(page, 100);
	const reports = new ReportsPage(page);
	await reports.open();
	await reports.customRange('2020-01-01', today, fr);
	await page.getByRole('button', { name: 'Factures de la période (PDF)' }).click();
	const dialog = page.getByTestId('batch-pdf-dialog');
	await expect(dialog.getByRole('status')).toContainText('PDF prêt : 100 documents', {
		timeout: 60_000
	});
	await expect(dialog.getByRole('button', { name: 'Imprimer' })).toBeVisible();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		dialog.getByRole('button', { name: 'Télécharger' }).click()
	]);
	const pages = await pdfText(new Uint8Array(await readFile((await download.path())!)));
	const numbers = pages.flatMap((p) => [...p.matchAll(/Facture n° (\S+)/g)].map((m) => m[1]));
	expect(numbers).toHaveLength(100);
	expect(new Set(numbers).size).toBe(100);
	expect(pages.join(' ')).toContain('Total TTC');
});
