import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The order list at /orders as a seller sees it. */
export class OrderListPage {
	constructor(readonly page: Page) {}

	/** Opens the list (with an optional query string) and waits for the first rows. */
	async open(query = ''): Promise<void> {
		await this.page.goto(`/orders${query}`);
		await expect(this.page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
	}

	get rows(): Locator {
		return this.page.getByTestId('order-row');
	}

	get search(): Locator {
		return this.page.locator('#order-search');
	}

	get count(): Locator {
		return this.page.getByTestId('order-count');
	}

	get chips(): Locator {
		return this.page
			.getByRole('group', { name: /Filtres actifs|Active filters/ })
			.getByRole('listitem');
	}

	get bulkReport(): Locator {
		return this.page.getByTestId('bulk-report');
	}

	get feedback(): Locator {
		return this.page.getByTestId('list-feedback');
	}

	get alert(): Locator {
		return this.page.getByTestId('list-alert');
	}

	/** Picks a filter's option by its visible label; `id` is the filter's field id. */
	async filter(
		id: 'view' | 'fulfilment' | 'payment' | 'range' | 'tag' | 'channel',
		label: string
	): Promise<void> {
		const field = this.page.locator(`#filter-${id}`);
		if (!(await field.isVisible())) {
			await this.page.locator('details.filters > summary').click();
		}
		await field.selectOption({ label });
	}

	/** Taps a sortable column header (once: the column's natural direction; again: reversed). */
	async sortBy(column: string | RegExp): Promise<void> {
		await this.header(column).getByRole('button').click();
	}

	/** A column header. */
	header(column: string | RegExp): Locator {
		return this.page.getByRole('columnheader', { name: column });
	}

	/** Types a search and waits until the list has caught up. */
	async searchFor(text: string): Promise<void> {
		await this.search.fill(text);
		await expect(this.page).toHaveURL(
			new RegExp(`[?&]q=${encodeURIComponent(text).replace(/%20/g, '\\+')}`)
		);
	}

	/** Waits until at least one row is shown. */
	async waitForRows(): Promise<void> {
		await expect(this.rows.first()).toBeVisible();
	}

	/** Values of a data attribute of every shown row. */
	async rowValues(
		name: 'fulfilment' | 'payment' | 'tags' | 'total' | 'channel'
	): Promise<string[]> {
		return this.rows.evaluateAll(
			(rows, attr) => rows.map((r) => r.getAttribute(`data-${attr}`) ?? ''),
			name
		);
	}

	/** The order numbers shown, in order. */
	async numbers(): Promise<string[]> {
		return this.rows.locator('td.num a').allInnerTexts();
	}

	/** Ticks the checkbox of the row at `index`. */
	async select(index: number): Promise<string> {
		const row = this.rows.nth(index);
		const number = await row.locator('td.num a').innerText();
		await row.getByRole('checkbox').check();
		return number;
	}

	/** The bulk bar's controls. */
	bulk(label: string | RegExp): Locator {
		return this.page.getByTestId('bulk-bar').getByRole('button', { name: label });
	}
}
