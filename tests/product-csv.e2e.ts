/**
 * The catalogue's CSV round trip: products exported on one device (barcode column included)
 * are imported on another, where a scanner then finds them by their barcode.
 */
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { readIndex } from './page-models/editor';
import { createProduct, StallPage } from './page-models/stall';

test.use({ viewport: { width: 1024, height: 768 } });
test.describe.configure({ timeout: 120_000 });

const honey = {
	sku: 'MIEL-500',
	name: 'Miel de lavande',
	price: '4,50',
	barcode: '4006381333931',
	stock: '20'
};

test('exported products carry their barcode and import back on another device', async ({
	page,
	browser
}) => {
	await createProduct(page, honey);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Exporter en CSV' }).click()
	]);
	const path = (await download.path())!;
	const text = await readFile(path, 'utf8');
	const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), {
		delimiter: ';',
		skipEmptyLines: true
	});
	const [header, ...rows] = parsed.data;
	expect(header).toEqual(['Référence', 'Nom', 'Prix', 'TVA', 'Stock', 'Code-barres']);
	expect(rows).toEqual([[honey.sku, honey.name, '4,50', expect.any(String), '20', honey.barcode]]);

	const other = await browser.newContext({ viewport: { width: 1024, height: 768 } });
	const second = await other.newPage();
	await second.goto('/products');
	await second.getByRole('button', { name: 'Importer un CSV' }).click();
	await second.getByLabel('Fichier CSV').setInputFiles(path);
	await second.getByRole('button', { name: 'Importer 1 produits' }).click();
	await expect(second.getByText('1 produits créés, 0 modifiés, 0 inchangés.')).toBeVisible();
	await expect
		.poll(async () => (await readIndex(second, 'products', honey.sku))[0])
		.toMatchObject({ barcode: honey.barcode, price: 450, level: 20 });

	const stall = new StallPage(second);
	await stall.open();
	await stall.wedgeScan(honey.barcode);
	await expect(second.getByTestId('stall-notice')).toContainText(honey.name);
	await other.close();
});
