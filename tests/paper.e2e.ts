import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { fillWithDemoData } from './page-models/demo';
import { findOrderIds, OrderPage } from './page-models/order-page';
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

test('each refund gets its own credit note on the order page; documents follow the store’s language', async ({
	page
}) => {
	await fillWithDemoData(page, 100);
	const ids = await findOrderIds(page, { paymentStatus: ['paid'], minLineQty: 2 });
	expect(ids.length, 'the demo data has such an order').toBeGreaterThan(0);
	const order = new OrderPage(page);
	await order.open(ids[0]!);
	const notes = page.getByTestId('credit-notes');
	await expect(notes).toHaveCount(0);

	// Two refunds of one unit each, of the same line: two credit notes, numbered in date order.
	const amounts: string[] = [];
	for (let i = 0; i < 2; i++) {
		await page.getByRole('button', { name: 'Rembourser…' }).click();
		const row = await order.refundLineWithAtLeast(1);
		await row.getByRole('textbox').fill('1');
		const amount = order.refundDialog.getByTestId('refund-amount');
		await expect(amount).toContainText(/\d,\d\d/);
		amounts.push((await amount.innerText()).replace('Montant remboursé : ', '').trim());
		await order.refundDialog.getByRole('button', { name: 'Rembourser', exact: true }).click();
		await expect(order.refundDialog).toBeHidden();
		await expect(notes.getByRole('listitem')).toHaveCount(i + 1);
	}
	const items = notes.getByRole('listitem');
	const invoice = (await order.heading.innerText()).replace('Commande ', '').trim();
	for (const [i, item] of [items.nth(0), items.nth(1)].entries()) {
		await expect(item).toContainText(`-A${i + 1}`);
		await expect(item).toContainText(amounts[i]!);
		await expect(item).toContainText(/du \d{1,2} \S+ \d{4}/);
	}
	const axe = await new AxeBuilder({ page }).include('[data-testid="credit-notes"]').analyze();
	expect(
		axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)
	).toEqual([]);
	// On a phone the list wraps instead of overflowing.
	await page.setViewportSize({ width: 390, height: 844 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	await page.setViewportSize({ width: 768, height: 1024 });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		items
			.nth(1)
			.getByRole('button', { name: /^Télécharger : Avoir/ })
			.click()
	]);
	const [second] = await pdfText(new Uint8Array(await readFile((await download.path())!)));
	expect(second).toMatch(/Avoir n° \S+-A2/);
	// Credit notes are numbered in the refunding device's series when made (decision 0024), and
	// name the invoice they correct; the method is in words, not an id.
	expect(second).toContain(`Se rapporte à la facture n° ${invoice}`);
	expect(second).toMatch(/Remboursé par : \S/);
	expect(second).not.toMatch(/Remboursé par : (cash|card|cheque|transfer|other)\b/);
	expect(second!.replace(/[\u202f\u00a0]/g, ' ')).toContain(
		`-${amounts[1]!.replace(/[\u202f\u00a0]/g, ' ')}`
	);

	// Documents in English while the screens stay French.
	await page.goto('/settings');
	await page.getByLabel('Langue des documents').selectOption('en');
	const section = page.getByRole('region', { name: 'Documents imprimés' });
	await section.getByRole('button', { name: 'Enregistrer' }).click();
	await expect(page.getByTestId('documents-status')).not.toBeEmpty();
	await order.open(ids[0]!);
	await page.locator('summary', { hasText: 'Documents' }).click();
	const [english] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Télécharger : Facture' }).click()
	]);
	const [invoicePage] = await pdfText(new Uint8Array(await readFile((await english.path())!)));
	expect(invoicePage).toContain('Invoice');
	expect(invoicePage).not.toContain('Facture');
	await expect(page.getByRole('button', { name: 'Rembourser…' })).toBeVisible();
});
