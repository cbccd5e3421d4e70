import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** A product created through the product form, with a barcode and stock. */
export interface ScannableProduct {
	sku: string;
	name: string;
	price: string;
	barcode: string;
	stock: string;
}

/** Creates a product through the catalogue's form, barcode included. */
export async function createProduct(page: Page, p: ScannableProduct): Promise<void> {
	await page.goto('/products');
	await page.getByRole('button', { name: /Nouveau produit|New product/ }).click();
	await page.locator('#new-product-sku').fill(p.sku);
	await page.locator('#new-product-name').fill(p.name);
	await page.locator('#new-product-price').fill(p.price);
	await page.locator('#new-product-barcode').fill(p.barcode);
	await page.locator('#new-product-openingStock').fill(p.stock);
	await page
		.locator('#new-product')
		.getByRole('button', { name: /Enregistrer|Save/ })
		.click();
	await expect(page.locator(`[data-testid="product-row"][data-sku="${p.sku}"]`)).toBeVisible();
}

/** The stall checkout as a seller uses it. */
export class StallPage {
	constructor(readonly page: Page) {}

	async open(): Promise<void> {
		await this.page.goto('/orders/new/stall');
		await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
	}

	get search() {
		return this.page.locator('#stall-search');
	}

	/** What a keyboard-wedge scanner does: types the code fast, then Enter. */
	async wedgeScan(code: string): Promise<void> {
		await this.search.focus();
		await this.page.keyboard.type(code, { delay: 5 });
		await this.page.keyboard.press('Enter');
	}

	get total() {
		return this.page.getByTestId('stall-total');
	}

	get change() {
		return this.page.getByTestId('stall-change');
	}

	get receipt() {
		return this.page.getByTestId('stall-receipt');
	}

	key(n: number) {
		return this.page
			.getByRole('group', { name: /Quantité du prochain|Quantity of the next/ })
			.getByRole('button', { name: `× ${n}` });
	}

	pay(name: 'Espèces' | 'Carte' | 'Chèque') {
		return this.page.locator('.payment').getByRole('button', { name, exact: true });
	}
}
