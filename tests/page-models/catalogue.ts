import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** The tablet the catalogue screens are tested on. */
export const tablet = { width: 768, height: 1024 };

/** Serious or critical axe violations on the current page, as readable lines. */
export async function blockingViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** What a new product form receives; empty fields are left as they are. */
export interface ProductFields {
	sku?: string;
	name?: string;
	price?: string;
	vatRate?: string;
	openingStock?: string;
}

/** The products list, the new-product form and a product's page. */
export class ProductsPage {
	constructor(readonly page: Page) {}

	async open(): Promise<void> {
		await this.page.goto('/products');
		await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
	}

	/** Opens the new-product form. */
	async startNew(): Promise<void> {
		await this.page.getByRole('button', { name: /Nouveau produit|New product/ }).click();
		await expect(this.page.locator('#new-product-sku')).toBeFocused();
	}

	field(name: keyof ProductFields) {
		return this.page.locator(`#new-product-${name}`);
	}

	/** The message shown beside a field of the new-product form. */
	fieldError(name: keyof ProductFields) {
		return this.page.locator(`#new-product-${name}-error`);
	}

	async fillNew(fields: ProductFields): Promise<void> {
		for (const [name, value] of Object.entries(fields)) {
			if (value !== undefined) await this.field(name as keyof ProductFields).fill(value);
		}
	}

	async save(): Promise<void> {
		await this.page
			.locator('#new-product')
			.getByRole('button', { name: /Enregistrer|Save/ })
			.click();
	}

	get search() {
		return this.page.locator('#product-search');
	}

	row(sku: string) {
		return this.page.locator(`[data-testid="product-row"][data-sku="${sku}"]`);
	}

	get rows() {
		return this.page.getByTestId('product-row');
	}

	/** Opens the product page of a SKU from the list. */
	async openProduct(sku: string): Promise<void> {
		await this.search.fill(sku);
		await this.row(sku).getByRole('link').click();
		await expect(this.page.getByTestId('stock-level')).toBeVisible();
	}

	get level() {
		return this.page.getByTestId('stock-level');
	}

	get movements() {
		return this.page.getByTestId('movement');
	}

	async adjust(delta: string, reason: string): Promise<void> {
		await this.page.locator('#stock-delta').fill(delta);
		await this.page.locator('#stock-reason').fill(reason);
		await this.page.locator('#stock-reason').press('Enter');
	}

	async count(counted: string): Promise<void> {
		await this.page.locator('#stock-counted').fill(counted);
		await this.page
			.getByRole('button', { name: /Enregistrer le comptage|Record the count/ })
			.click();
	}
}
