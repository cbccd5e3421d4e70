import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { fillWithDemoData } from './page-models/demo';
import { centsOf, ReportsPage } from './page-models/paper';
import { ShellPage } from './page-models/shell';

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });
test.describe.configure({ timeout: 180_000 });

const today = new Date().toISOString().slice(0, 10);
const fr = { custom: /Dates au choix/, from: /^Du$/, until: /^Au/ };
const en = { custom: /Custom dates/, from: /^From$/, until: /^Until/ };

test('the report of the demo store shows totals, a chart with its table and passes axe (French)', async ({
	page
}) => {
	await fillWithDemoData(page, 100);
	const reports = new ReportsPage(page);
	await reports.open();
	await expect(reports.period('Aujourd’hui')).toBeChecked();
	await reports.customRange('2020-01-01', today, fr);
	await expect(reports.status).toContainText('commandes payées');
	const orders = Number((await reports.orders.textContent())!.replace(/\D/g, ''));
	expect(orders).toBeGreaterThan(50);
	expect(orders).toBeLessThanOrEqual(100);
	const takings = centsOf((await reports.takings.textContent())!);
	expect(takings).toBeGreaterThan(0);
	// The takings by payment method add up to the takings.
	const cells = await reports.methods.locator('tbody tr td:last-child').allTextContents();
	expect(cells.map(centsOf).reduce((a, b) => a + b, 0)).toBe(takings);
	// The chart draws bars whose amounts add up to the takings, and offers the figures as a table.
	await expect(reports.chart).toBeVisible();
	const amounts = await reports.chart
		.locator('rect')
		.evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('data-amount'))));
	expect(amounts.filter((a) => a > 0).length).toBeGreaterThan(10);
	expect(amounts.reduce((a, b) => a + b, 0)).toBe(takings);
	await page.getByText('Voir les chiffres du graphique').click();
	await expect(page.getByRole('cell', { name: /€/ }).first()).toBeVisible();
	const results = await new AxeBuilder({ page }).analyze();
	const blocking = results.violations.filter(
		(v) => v.impact === 'serious' || v.impact === 'critical'
	);
	expect(
		blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
	).toEqual([]);
});

test('a period is chosen by keyboard and a reversed range is refused beside the fields', async ({
	page
}) => {
	const reports = new ReportsPage(page);
	await reports.open();
	await reports.period('Aujourd’hui').focus();
	await page.keyboard.press('ArrowRight');
	await expect(reports.period('Un jour de marché')).toBeChecked();
	await expect(page.getByLabel('Jour', { exact: true })).toBeVisible();
	await reports.customRange('2026-02-01', '2026-01-01', fr);
	await expect(page.getByRole('alert')).toContainText('date de fin postérieure');
});

test('the report exports as CSV in English and as PDF in the store’s language, figures shown', async ({
	page
}) => {
	await fillWithDemoData(page, 100);
	await new ShellPage(page).chooseLanguage('English');
	const reports = new ReportsPage(page);
	await reports.open();
	await reports.customRange('2020-01-01', today, en);
	await expect(reports.status).toContainText('paid orders');
	const takings = centsOf((await reports.takings.textContent())!);
	const csv = await readFile((await (await reports.export(/Export CSV/)).path())!, 'utf8');
	expect(csv.startsWith('\ufeffSection,Item,Orders,Quantity,Amount')).toBe(true);
	const row = csv.split('\r\n').find((l) => l.startsWith('Summary,Takings,'));
	expect(row).toBe(`Summary,Takings,,,${(takings / 100).toFixed(2)}`);
	const download = await reports.export(/Export PDF/);
	expect(download.suggestedFilename()).toMatch(/^sales-report-2020-01-01\.pdf$/);
	const pdf = await readFile((await download.path())!);
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf) }).promise;
	const text = (await (await doc.getPage(1)).getTextContent()).items
		.map((i) => ('str' in i ? i.str : ''))
		.join(' ');
	// The PDF is a printed document: the store's language (French by default), not the screen's.
	expect(text).toContain('Rapport des ventes');
	expect(text).not.toContain('Sales report');
	const amounts = [...text.matchAll(/-?[\d\s\u202f\u00a0]+,\d{2}\s?€/g)].map((m) => centsOf(m[0]));
	expect(amounts).toContain(takings);
});
