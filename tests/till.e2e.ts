/**
 * The till the tax office accepts, end to end: sell at the stall, close the day, check the
 * journal, export the day's archive and verify it with the standalone verifier; then edit the
 * archive and see the verifier name the broken line.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoStore, stockedProducts, warmUp } from './page-models/editor';
import { runVerifier, TillPage } from './page-models/till';

test.describe.configure({ timeout: 180_000 });

test.beforeAll(async ({ browser }) => {
	test.setTimeout(240_000);
	await warmUp(browser);
});

test('sell, close the day, export the archive, verify it; an edited archive is caught', async ({
	page
}) => {
	await demoStore(page);
	const [product] = await stockedProducts(page);
	if (!product) throw new Error('demo data has no stocked product');
	const till = new TillPage(page);
	await till.sellAtStall(product.name);
	await till.sellAtStall(product.name);

	const closed = await till.closeDay();
	expect(closed).toMatch(/sur 4 écritures/); // two sales, two payments
	await till.openCompliance();
	expect(await till.check()).toMatch(/^Intègre : 5 écritures/); // and the closing
	// The 100 demo orders are in none of them, and the page says so.
	await expect(page.getByTestId('compliance-demo')).toContainText('100 commandes de démonstration');

	const dir = mkdtempSync(join(tmpdir(), 'comptoir-till-'));
	const path = await till.exportArchive(dir);
	const good = runVerifier(path);
	expect(good.status, good.out).toBe(0);
	expect(good.out).toContain('INTÈGRE / INTACT');
	expect(good.out).toContain('Écritures / entries: 5; documents: 2');

	const lines = readFileSync(path, 'utf8').split('\n');
	const n = lines.findIndex((l) => l.startsWith('J ') && l.includes('"kind":"payment"'));
	lines[n] = lines[n]!.replace(/"amount":(\d+)/, (_, a: string) => `"amount":${Number(a) + 1}`);
	writeFileSync(path, lines.join('\n'));
	const bad = runVerifier(path);
	expect(bad.status).toBe(1);
	expect(bad.out).toContain('ALTÉRÉE / BROKEN');
	expect(bad.out).toContain(`ligne/line ${n + 1}: écriture modifiée`);
});

test('an invoice printed is journalled as issued, its copy as a reprint marked Duplicata', async ({
	page
}) => {
	await demoStore(page);
	const [product] = await stockedProducts(page);
	if (!product) throw new Error('demo data has no stocked product');
	const till = new TillPage(page);
	await till.sellAtStall(product.name);
	await till.openSoldOrder();
	const [first] = await till.downloadInvoice();
	expect(first).not.toContain('DUPLICATA');
	const [copy] = await till.downloadInvoice();
	expect(copy).toContain('DUPLICATA');

	expect(await till.closeDay()).toMatch(/sur 4 écritures/); // sale, payment, invoice, reprint
	await till.openCompliance();
	const dir = mkdtempSync(join(tmpdir(), 'comptoir-till-'));
	const path = await till.exportArchive(dir);
	const kinds = readFileSync(path, 'utf8')
		.split('\n')
		.filter((l) => l.startsWith('J '))
		.map((l) => /"kind":"([a-z-]+)"/.exec(l)?.[1]);
	expect(kinds.filter((k) => k === 'invoice')).toHaveLength(1);
	expect(kinds.filter((k) => k === 'reprint')).toHaveLength(1);
	expect(runVerifier(path).status).toBe(0);
});
