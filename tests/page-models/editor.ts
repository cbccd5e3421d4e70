import { expect } from '@playwright/test';
import type { Browser, Locator, Page } from '@playwright/test';
import { fillWithDemoData } from './demo';

/** A row of the `comptoir-index` database, as the list screens see it. */
export type IndexRow = Record<string, unknown>;

/** Reads rows of a store of the `comptoir-index` database (every row, or one by key). */
export async function readIndex(
	page: Page,
	store: 'orders' | 'products' | 'customers',
	key?: string
): Promise<IndexRow[]> {
	return page.evaluate(
		({ store, key }) =>
			new Promise<IndexRow[]>((resolve, reject) => {
				const open = indexedDB.open('comptoir-index');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					// Before the app first opens its store the database has no tables yet.
					if (!open.result.objectStoreNames.contains(store)) {
						open.result.close();
						resolve([]);
						return;
					}
					const os = open.result.transaction(store, 'readonly').objectStore(store);
					const req = key === undefined ? os.getAll() : os.get(key);
					req.onerror = () => reject(req.error);
					req.onsuccess = () => {
						open.result.close();
						const value = req.result as IndexRow | IndexRow[] | undefined;
						resolve(value === undefined ? [] : Array.isArray(value) ? value : [value]);
					};
				};
			}),
		{ store, key }
	);
}

/** Catalogue products that take stock, by name (as `listProducts` gives them). */
export async function stockedProducts(page: Page) {
	const rows = await readIndex(page, 'products');
	return rows
		.filter((r) => r.known && !r.archived && r.trackStock && !r.digital)
		.map((r) => ({
			sku: r.sku as string,
			name: r.name as string,
			price: r.price as number,
			level: r.level as number
		}));
}

/** Money as the French or English UI writes it, spaces normalised for comparison. */
export function euros(cents: number, locale: 'fr-FR' | 'en-GB' = 'fr-FR'): string {
	const text = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(
		cents / 100
	);
	return text.replace(/\s/g, ' ');
}

/** Normalises the spaces Intl puts in amounts (narrow no-break, no-break). */
export function spaces(text: string): string {
	return text.replace(/\s/g, ' ');
}

/** The order editor (/orders/new and /orders/<id>/edit) as a seller uses it. */
export class EditorPage {
	constructor(readonly page: Page) {}

	/** Opens the new-order form. */
	async openNew(): Promise<void> {
		await this.page.goto('/orders/new');
		await expect(this.email).toBeVisible();
	}

	get email(): Locator {
		return this.page.locator('#customer-email');
	}

	get name(): Locator {
		return this.page.locator('#customer-name');
	}

	get productSearch(): Locator {
		return this.page.locator('#product-search');
	}

	field(id: string): Locator {
		return this.page.locator(`#${id}`);
	}

	/** The suggestion of a combobox whose text contains `text`. */
	suggestion(listOf: 'customer-email' | 'product-search', text: string): Locator {
		return this.page.locator(`#${listOf}-list`).getByRole('option').filter({ hasText: text });
	}

	/** Line `n` (1-based) of the order. */
	line(n: number): Locator {
		return this.page.locator('ol.lines > li').nth(n - 1);
	}

	lineField(n: number, field: 'name' | 'sku' | 'quantity' | 'price' | 'vat'): Locator {
		return this.line(n).locator(`input[id$="-${field}"]`);
	}

	/** The message shown beside a field, found through its aria-describedby. */
	async messageOf(field: Locator): Promise<string> {
		const id = await field.getAttribute('aria-describedby');
		if (!id) return '';
		return (await this.page.locator(`[id="${id.split(' ')[0]}"]`).innerText()).trim();
	}

	/** The total in the totals panel, spaces normalised. */
	async total(): Promise<string> {
		return spaces(await this.page.getByTestId('totals-total').innerText());
	}

	/** Waits for the order page after a save and returns the new order's id. */
	async savedOrderId(kind: 'created' | 'draft' | 'edited'): Promise<string> {
		await this.page.waitForURL(new RegExp(`/orders/[^/]+\\?saved=${kind}$`));
		const id = new URL(this.page.url()).pathname.split('/').pop();
		if (!id) throw new Error(`no order id in ${this.page.url()}`);
		return id;
	}
}

/** Fills the store with 100 demo orders and waits until every one is indexed (stock settled). */
export async function demoStore(page: Page): Promise<void> {
	await fillWithDemoData(page, 100);
	await expect
		.poll(async () => (await readIndex(page, 'orders')).length, { timeout: 90_000 })
		.toBeGreaterThanOrEqual(100);
}

/** Loads the editor's screens once: a cold dev server compiles them slowly on first request. */
export async function warmUp(browser: Browser): Promise<void> {
	const page = await browser.newPage();
	for (const path of ['/settings', '/orders/new', '/orders/new/stall']) {
		await page.goto(path, { timeout: 200_000 });
	}
	await page.close();
}
