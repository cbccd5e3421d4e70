import { expect, test } from '@playwright/test';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { DevicesPage } from './page-models/devices';
import { EditorPage } from './page-models/editor';
import { OrderPage, stockLevel } from './page-models/order-page';
import { ProductsPage } from './page-models/catalogue';

// Issue 12's scenario: two paired tablets, an order of 3 jars paid; each tablet, while the
// other is off, refunds one jar back to stock. Back on, both must show 2 jars refunded, stock +2
// and two credit notes, each with the number it had before the merge.

const tablet = { viewport: { width: 768, height: 1024 }, hasTouch: false };
const sku = 'MIEL-1';

async function device(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext(tablet);
	return { context, page: await context.newPage() };
}

/** Refunds one jar, back to stock, and returns the credit-note numbers the order page lists. */
async function refundOneJar(page: Page, id: string): Promise<string[]> {
	const order = new OrderPage(page);
	await order.open(id);
	await page.getByRole('button', { name: 'Rembourser…' }).click();
	const row = order.refundLines.first();
	await expect(row.getByRole('checkbox', { name: 'Remettre en stock' })).toBeChecked();
	await row.getByRole('textbox').fill('1');
	await expect(order.refundDialog.getByTestId('refund-amount')).toContainText('4,50');
	await order.refundDialog.getByRole('button', { name: 'Rembourser', exact: true }).click();
	await expect(order.paymentStatus).toHaveText('Partiellement remboursée');
	return creditNotes(page);
}

async function creditNotes(page: Page): Promise<string[]> {
	const list = page.getByTestId('credit-notes');
	await expect(list).toBeVisible();
	const text = await list.innerText();
	return [...text.matchAll(/Avoir n° (\S+)/g)].map((m) => m[1]!).sort();
}

test('each device offline refunds one jar: after the merge, 2 refunded, stock +2, two credit notes keep their numbers', async ({
	browser
}) => {
	test.setTimeout(240_000);
	const a = await device(browser);
	const b = await device(browser);

	// A dev server compiles each page on first request: on a loaded machine the first one is slow.
	await a.page.goto('/products');
	await expect(a.page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 90_000 });
	const products = new ProductsPage(a.page);
	await products.open();
	await products.startNew();
	await products.fillNew({
		sku,
		name: 'Miel de lavande',
		price: '4,50',
		vatRate: '5,5',
		openingStock: '10'
	});
	await products.save();
	await expect(products.row(sku)).toBeVisible();

	const editor = new EditorPage(a.page);
	await editor.openNew();
	await editor.name.fill('Léa Martin');
	await editor.productSearch.fill(sku);
	await editor.suggestion('product-search', sku).click();
	for (let q = 1; q < 3; q++)
		await a.page.getByRole('button', { name: 'Une unité de plus, ligne 1' }).click();
	await expect(editor.lineField(1, 'quantity')).toHaveValue('3');
	await a.page.getByRole('button', { name: 'Valider la commande' }).click();
	const id = await editor.savedOrderId('created');
	const order = new OrderPage(a.page);
	await order.open(id);
	await a.page.getByRole('button', { name: 'Marquer payée' }).click();
	await expect(order.paymentStatus).toHaveText('Payée');

	const devicesA = new DevicesPage(a.page);
	await devicesA.open();
	const link = await devicesA.share();
	await new DevicesPage(b.page).join(link, 'Tablette du marché');
	await expect.poll(() => stockLevel(b.page, sku), { timeout: 30_000 }).toBe(7);

	// B is off; A refunds one jar.
	await b.page.close();
	const notesA = await refundOneJar(a.page, id);
	expect(notesA).toHaveLength(1);
	await expect.poll(() => stockLevel(a.page, sku)).toBe(8);

	// A is off; B, which did not see A's refund, refunds one jar too.
	await a.page.close();
	const pageB = await b.context.newPage();
	const notesB = await refundOneJar(pageB, id);
	expect(notesB).toHaveLength(1);
	expect(notesB[0]).not.toBe(notesA[0]);
	await expect.poll(() => stockLevel(pageB, sku)).toBe(8);

	// Both back on: 2 jars refunded (9,00 €), stock 7 + 2, both credit notes with their numbers.
	const pageA = await a.context.newPage();
	await pageA.goto('/orders');
	for (const page of [pageA, pageB]) {
		await expect.poll(() => stockLevel(page, sku), { timeout: 60_000 }).toBe(9);
		const view = new OrderPage(page);
		await view.open(id);
		await expect(view.refunded).toHaveText(/^9,00\s€$/, { timeout: 30_000 });
		await expect(view.paymentStatus).toHaveText('Partiellement remboursée');
		expect(await creditNotes(page)).toEqual([...notesA, ...notesB].sort());
		await expect(page.getByTestId('order-conflicts')).toHaveCount(0);
	}
	await a.context.close();
	await b.context.close();
});
