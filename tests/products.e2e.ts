import { expect, test } from '@playwright/test';
import { blockingViolations, ProductsPage, tablet } from './page-models/catalogue';
import { ShellPage } from './page-models/shell';

test.use({ viewport: tablet, hasTouch: true });
// Dev-server runs compile pages on first visit; axe scans add a few seconds more.
test.describe.configure({ timeout: 90_000 });

test('a seller creates a product by touch and finds it in the list', async ({ page }) => {
	const products = new ProductsPage(page);
	await products.open();
	await products.startNew();
	await products.fillNew({
		sku: 'CONF-FRA',
		name: 'Confiture de fraises',
		price: '6,50',
		vatRate: '5,5',
		openingStock: '12'
	});
	await page.locator('#new-product').getByRole('button', { name: 'Enregistrer' }).tap();
	await expect(page.getByRole('status').filter({ hasText: 'Confiture de fraises' })).toBeVisible();
	const row = products.row('CONF-FRA');
	await expect(row).toContainText('Confiture de fraises');
	await expect(row).toContainText(/6,50\s€/);
	await expect(row).toContainText('5,5 %');
	await expect(row.getByTestId('product-stock')).toHaveText('12');
	await page.reload();
	await expect(products.row('CONF-FRA')).toContainText('Confiture de fraises');
});

test('an empty SKU, a price "abc" and a duplicate SKU are refused beside the field', async ({
	page
}) => {
	const products = new ProductsPage(page);
	await products.open();
	await products.startNew();
	await products.fillNew({ sku: 'MIEL-1', name: 'Miel de lavande', price: '9' });
	await products.save();
	await expect(products.row('MIEL-1')).toBeVisible();
	await expect(products.rows).toHaveCount(1);

	await products.fillNew({ sku: '', name: 'Sans référence', price: '3' });
	await products.save();
	await expect(products.fieldError('sku')).toHaveText('La référence est obligatoire.');
	await expect(products.field('sku')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByRole('alert')).toContainText('rien n’a été enregistré');

	await products.fillNew({ sku: 'PAIN-1', name: 'Pain', price: 'abc' });
	await products.save();
	await expect(products.fieldError('price')).toHaveText('« abc » n’est pas un montant.');
	await expect(products.fieldError('sku')).toHaveCount(0);

	await products.fillNew({ sku: 'MIEL-1', name: 'Autre miel', price: '4' });
	await products.save();
	await expect(products.fieldError('sku')).toHaveText('La référence « MIEL-1 » existe déjà.');

	// Nothing was saved: still one product, with its first name.
	await page.reload();
	await expect(products.rows).toHaveCount(1);
	await expect(products.row('MIEL-1')).toContainText('Miel de lavande');
});

test('stock adjustment and count by keyboard update the level and the movements', async ({
	page
}) => {
	const products = new ProductsPage(page);
	await products.open();
	await products.startNew();
	await page.keyboard.type('SAV-1');
	await page.keyboard.press('Tab');
	await page.keyboard.type('Savon au lait d’ânesse');
	await page.keyboard.press('Tab');
	await page.keyboard.type('4,20');
	await page.keyboard.press('Tab');
	// VAT, then the barcode (left empty), then the opening stock.
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await page.keyboard.type('10');
	await page.keyboard.press('Enter');
	await expect(products.row('SAV-1')).toBeVisible();

	await products.openProduct('SAV-1');
	await expect(products.level).toHaveText('10 unité(s)');
	await expect(products.movements).toHaveCount(1);
	await expect(products.movements.first()).toContainText('Stock initial');

	await products.adjust('abc', 'Livraison');
	await expect(page.locator('#stock-delta-error')).toBeVisible();
	await expect(products.level).toHaveText('10 unité(s)');

	await products.adjust('+5', 'Livraison du lundi');
	await expect(page.getByTestId('stock-status')).toHaveText('Stock ajusté de +5.');
	await expect(products.level).toHaveText('15 unité(s)');

	await products.adjust('-2', 'Casse');
	await expect(products.level).toHaveText('13 unité(s)');

	await products.count('12');
	await expect(page.getByTestId('stock-status')).toContainText('Comptage enregistré : 12');
	await expect(products.level).toHaveText('12 unité(s)');

	await expect(products.movements).toHaveCount(4);
	const newest = products.movements.first();
	await expect(newest).toContainText('Inventaire');
	await expect(newest).toContainText('\u22121');
	await expect(newest).toContainText('13→12');
	await expect(products.movements.nth(1)).toContainText('Casse');
	await expect(products.movements.nth(2)).toContainText('Livraison du lundi');
	await expect(products.movements.nth(2)).toContainText('+5');

	await page.reload();
	await expect(products.level).toHaveText('12 unité(s)');
	expect(await blockingViolations(page)).toEqual([]);
});

test('a product name with HTML shows as text', async ({ page }) => {
	const alerts: string[] = [];
	page.on('dialog', (d) => {
		alerts.push(d.message());
		void d.dismiss();
	});
	const products = new ProductsPage(page);
	await products.open();
	await products.startNew();
	const name = '<img src=x onerror=alert(1)>';
	await products.fillNew({ sku: 'XSS-1', name, price: '1' });
	await products.save();
	await expect(products.row('XSS-1')).toContainText(name);
	await products.openProduct('XSS-1');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	expect(await page.locator('main img').count()).toBe(0);
	expect(alerts).toEqual([]);
});

test('products from demo data: oversold filter and sale movements link to orders (English)', async ({
	page
}) => {
	await new ShellPage(page).chooseLanguage('English');
	const { fillWithDemoData } = await import('./page-models/demo');
	await fillWithDemoData(page, 100);
	const products = new ProductsPage(page);
	await products.open();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Products');
	const all = await products.rows.count();
	expect(all).toBeGreaterThan(0);
	await page.getByLabel('Oversold products only').check();
	const oversold = await products.rows.count();
	expect(oversold).toBeLessThanOrEqual(all);
	for (let i = 0; i < oversold; i++) {
		await expect(products.rows.nth(i)).toContainText('Oversold');
	}
	await page.getByLabel('Oversold products only').uncheck();
	expect(await blockingViolations(page)).toEqual([]);

	// A tracked product that was sold shows "Sale" movements linking to their order.
	await products.rows.first().getByRole('link').click();
	await expect(page.getByRole('heading', { name: 'Stock movements' })).toBeVisible();
	const sale = page.locator('[data-testid="movement"][data-kind="sale"]').first();
	await expect(sale.getByRole('link', { name: /^Order / })).toHaveAttribute('href', /\/orders\/.+/);
	expect(await blockingViolations(page)).toEqual([]);
});
