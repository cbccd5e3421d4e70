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

/** The customers list and a customer's page. */
export class CustomersPage {
	constructor(readonly page: Page) {}

	async open(): Promise<void> {
		await this.page.goto('/customers');
		await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
	}

	get search() {
		return this.page.locator('#customer-search');
	}

	/** Adds a customer through the "New customer" form; lands on their page. */
	async create(o: { email: string; name: string; phone?: string }): Promise<void> {
		await this.page.getByRole('button', { name: /Nouveau client|New customer/ }).click();
		await this.page.locator('#new-customer-email').fill(o.email);
		await this.page.locator('#new-customer-name').fill(o.name);
		if (o.phone) await this.page.locator('#new-customer-phone').fill(o.phone);
		await this.page.locator('#new-customer-phone').press('Enter');
		await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(o.name || o.email);
	}

	get rows() {
		return this.page.getByTestId('customer-row');
	}

	get orders() {
		return this.page.getByTestId('customer-order');
	}

	get lifetime() {
		return this.page.getByTestId('lifetime-total');
	}

	/** The lifetime total the order rows add up to: paid orders' totals minus refunds, in cents. */
	async expectedLifetime(): Promise<number> {
		return this.orders.evaluateAll((rows) =>
			rows
				.filter((r) =>
					['paid', 'partially_refunded', 'refunded'].includes(r.getAttribute('data-status') ?? '')
				)
				.reduce((sum, r) => {
					const cents = (id: string) =>
						Number(r.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-cents'));
					return sum + cents('order-total') - cents('order-refunded');
				}, 0)
		);
	}
}

/** Orders of an email in the on-device index (drafts left out), read straight from IndexedDB. */
export async function indexedOrderCount(page: Page, email: string): Promise<number> {
	return page.evaluate(
		(wanted) =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('comptoir-index');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const req = open.result.transaction('orders', 'readonly').objectStore('orders').getAll();
					req.onsuccess = () => {
						const rows = req.result as { customerEmail: string; view: string }[];
						resolve(rows.filter((r) => r.customerEmail === wanted && r.view !== 'draft').length);
						open.result.close();
					};
				};
			}),
		email
	);
}

/** The customer of the demo orders who ordered most (email and name), from the on-device index. */
export async function busiestCustomer(page: Page): Promise<{ email: string; name: string }> {
	return page.evaluate(
		() =>
			new Promise<{ email: string; name: string }>((resolve, reject) => {
				const open = indexedDB.open('comptoir-index');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const req = open.result.transaction('orders', 'readonly').objectStore('orders').getAll();
					req.onsuccess = () => {
						const rows = req.result as { customerEmail: string; customerName: string }[];
						const counts = new Map<string, { n: number; name: string }>();
						for (const r of rows) {
							if (!r.customerEmail) continue;
							const c = counts.get(r.customerEmail) ?? { n: 0, name: r.customerName };
							counts.set(r.customerEmail, { n: c.n + 1, name: c.name });
						}
						const [email, best] = [...counts].sort((a, b) => b[1].n - a[1].n)[0]!;
						open.result.close();
						resolve({ email, name: best.name });
					};
				};
			})
	);
}
