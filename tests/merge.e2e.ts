import { expect, test } from '@playwright/test';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { DevicesPage } from './page-models/devices';
import { EditorPage, readIndex } from './page-models/editor';
import { OrderPage, stockLevel } from './page-models/order-page';
import { ProductsPage } from './page-models/catalogue';

const tablet = { viewport: { width: 768, height: 1024 }, hasTouch: false };
const sku = 'SAV-1';

/** A browser context is a device: its own IndexedDB and localStorage, kept when its tab closes. */
async function device(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext(tablet);
	return { context, page: await context.newPage() };
}

/** Sells `qty` soaps to `customer` through the editor; resolves with the order id. */
async function sell(page: Page, o: { customer: string; qty: number }): Promise<string> {
	const editor = new EditorPage(page);
	await editor.openNew();
	await editor.name.fill(o.customer);
	await editor.productSearch.fill(sku);
	await editor.suggestion('product-search', sku).click();
	for (let q = 1; q < o.qty; q++)
		await page.getByRole('button', { name: 'Une unité de plus, ligne 1' }).click();
	await expect(editor.lineField(1, 'quantity')).toHaveValue(String(o.qty));
	await page.getByRole('button', { name: 'Valider la commande' }).click();
	return editor.savedOrderId('created');
}

/** Refunds one unit of the order's first line, back to stock, from its order page. */
async function refundOneUnit(page: Page, id: string): Promise<void> {
	const order = new OrderPage(page);
	await order.open(id);
	await page.getByRole('button', { name: 'Rembourser…' }).click();
	const row = order.refundLines.first();
	await expect(row.getByRole('checkbox', { name: 'Remettre en stock' })).toBeChecked();
	await row.getByRole('textbox').fill('1');
	await order.refundDialog.getByRole('button', { name: 'Rembourser', exact: true }).click();
	await expect(order.paymentStatus).toHaveText('Partiellement remboursée');
}

/** Order numbers as (series, n) text, from a device's index. */
async function numbers(page: Page): Promise<string[]> {
	return (await readIndex(page, 'orders')).map((r) => `${String(r.series)}-${String(r.n)}`);
}

test('two devices working offline merge without losing an order, an edit or a unit of stock', async ({
	browser
}) => {
	test.setTimeout(240_000);
	const a = await device(browser);
	const b = await device(browser);

	// Device A: a product with 10 in stock and a paid order of 2.
	const products = new ProductsPage(a.page);
	await products.open();
	await products.startNew();
	await products.fillNew({
		sku,
		name: 'Savon de Marseille',
		price: '6,50',
		vatRate: '20',
		openingStock: '10'
	});
	await products.save();
	await expect(products.row(sku)).toBeVisible();
	const shared = await sell(a.page, { customer: 'Léa Martin', qty: 2 });
	const order = new OrderPage(a.page);
	await order.open(shared);
	await a.page.getByRole('button', { name: 'Marquer payée' }).click();
	await expect(order.paymentStatus).toHaveText('Payée');

	// Device B joins and receives the order and the stock.
	const devicesA = new DevicesPage(a.page);
	await devicesA.open();
	const link = await devicesA.share();
	await new DevicesPage(b.page).join(link, 'Tablette du marché');
	await expect.poll(() => stockLevel(b.page, sku), { timeout: 30_000 }).toBe(8);

	// B goes offline (its tab closes). A sells 3, adds tracking and refunds one unit.
	await b.page.close();
	const fromA = await sell(a.page, { customer: 'Marc Vendu-Ici', qty: 3 });
	await order.open(shared);
	const shipping = order.section('Expédition');
	await shipping.getByLabel('Numéro de suivi').fill('6A12345678901');
	await shipping.getByLabel('Transporteur').fill('La Poste');
	await shipping.getByRole('button', { name: 'Enregistrer le suivi' }).click();
	await expect(shipping.getByTestId('tracking-current')).toContainText('6A12345678901');
	await refundOneUnit(a.page, shared);
	await expect.poll(() => stockLevel(a.page, sku)).toBe(10 - 2 - 3 + 1);

	// Then A goes offline too, and B, which saw none of that, does the same on its own side:
	// sells 3, changes the customer's phone on the shared order, refunds the same line.
	await a.page.close();
	const pageB = await b.context.newPage();
	const fromB = await sell(pageB, { customer: 'Zoé Vendu-Là', qty: 3 });
	const editor = new EditorPage(pageB);
	await pageB.goto(`/orders/${shared}/edit`);
	await editor.field('customer-phone').fill('06 99 88 77 66');
	await pageB.getByRole('button', { name: 'Enregistrer les modifications' }).click();
	await editor.savedOrderId('edited');
	await refundOneUnit(pageB, shared);
	await expect.poll(() => stockLevel(pageB, sku)).toBe(10 - 2 - 3 + 1);

	// A comes back: both devices end with every order, both edits, both refunds (each device
	// refunded a different unit: two refunds, not one) and stock = opening − every sale + two
	// restocks.
	const pageA = await a.context.newPage();
	await pageA.goto('/orders');
	for (const page of [pageA, pageB]) {
		await expect
			.poll(async () => (await readIndex(page, 'orders')).length, { timeout: 60_000 })
			.toBe(3);
		await expect.poll(() => stockLevel(page, sku), { timeout: 30_000 }).toBe(10 - 2 - 3 - 3 + 2);
		const view = new OrderPage(page);
		await view.open(shared);
		await expect(view.section('Expédition').getByTestId('tracking-current')).toContainText(
			'6A12345678901'
		);
		await expect(page.getByText('06 99 88 77 66')).toBeVisible();
		await expect(view.paymentStatus).toHaveText('Remboursée');
		await expect(view.refunded).toHaveText(/^13,00\s€$/);
		const all = await numbers(page);
		expect(new Set(all).size).toBe(3);
		const ids = (await readIndex(page, 'orders')).map((r) => r.id);
		expect(ids.sort()).toEqual([shared, fromA, fromB].sort());
	}
	await a.context.close();
	await b.context.close();
});
