import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** What a test looks for in the index's `orders` store (see OrderRow in src/lib/data/index-db.ts). */
export interface OrderCriteria {
	paymentStatus?: string[];
	fulfilmentStatus?: string[];
	/** Only orders with a customer email. */
	withEmail?: boolean;
	/** Only orders with a catalogue line of at least this many units. */
	minLineQty?: number;
}

/** Reads the index database for orders matching `criteria`; the list screen's markup is not used. */
export async function findOrderIds(page: Page, criteria: OrderCriteria): Promise<string[]> {
	return page.evaluate(
		(c) =>
			new Promise<string[]>((resolve, reject) => {
				const open = indexedDB.open('comptoir-index');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const all = open.result.transaction('orders').objectStore('orders').getAll();
					all.onerror = () => reject(all.error);
					all.onsuccess = () => {
						type Row = {
							id: string;
							view: string;
							paymentStatus: string;
							fulfilmentStatus: string;
							customerEmail: string;
							stock: Record<string, number>;
						};
						const rows = (all.result as Row[]).filter(
							(r) =>
								r.view === 'active' &&
								(!c.paymentStatus || c.paymentStatus.includes(r.paymentStatus)) &&
								(!c.fulfilmentStatus || c.fulfilmentStatus.includes(r.fulfilmentStatus)) &&
								(!c.withEmail || r.customerEmail !== '') &&
								(!c.minLineQty || Object.values(r.stock).some((q) => -q >= (c.minLineQty ?? 0)))
						);
						open.result.close();
						resolve(rows.map((r) => r.id));
					};
				};
			}),
		criteria
	);
}

/** Stock level of a product in the index, or null when the SKU is unknown. */
export async function stockLevel(page: Page, sku: string): Promise<number | null> {
	return page.evaluate(
		(s) =>
			new Promise<number | null>((resolve, reject) => {
				const open = indexedDB.open('comptoir-index');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const get = open.result.transaction('products').objectStore('products').get(s);
					get.onsuccess = () => {
						open.result.close();
						resolve((get.result as { level: number } | undefined)?.level ?? null);
					};
				};
			}),
		sku
	);
}

/** The order page as a seller sees it. */
export class OrderPage {
	constructor(readonly page: Page) {}

	/** Opens an order and waits until its statuses are shown. */
	async open(id: string): Promise<void> {
		await this.page.goto(`/orders/${id}`);
		await expect(this.paymentStatus).toBeVisible();
	}

	get heading(): Locator {
		return this.page.getByRole('main').getByRole('heading', { level: 1 });
	}

	get paymentStatus(): Locator {
		return this.page.getByTestId('payment-status');
	}

	get fulfilmentStatus(): Locator {
		return this.page.getByTestId('fulfilment-status');
	}

	get refunded(): Locator {
		return this.page.getByTestId('order-refunded');
	}

	get lines(): Locator {
		return this.page.getByTestId('order-lines');
	}

	get activity(): Locator {
		return this.page.getByTestId('order-activity');
	}

	/** The panel of one section, by its heading. */
	section(name: string | RegExp): Locator {
		return this.page.getByRole('region', { name });
	}

	get refundDialog(): Locator {
		return this.page.getByRole('dialog', { name: /Rembourser|Refund/ });
	}

	get cancelDialog(): Locator {
		return this.page.getByRole('dialog', { name: /Annuler la commande|Cancel this order/ });
	}

	/** The refund dialog's line rows. */
	get refundLines(): Locator {
		return this.refundDialog.getByTestId('refund-line');
	}

	/** The first refund row with at least `min` refundable units. */
	async refundLineWithAtLeast(min: number): Promise<Locator> {
		const count = await this.refundLines.count();
		for (let i = 0; i < count; i++) {
			const row = this.refundLines.nth(i);
			const match = /(\d+)\s+(remboursable|refundable)/.exec(await row.innerText());
			if (match && Number(match[1]) >= min) return row;
		}
		throw new Error(`no line with ${min} refundable units`);
	}

	/** SKUs shown under the line names. */
	async skus(): Promise<string[]> {
		return this.lines.locator('tbody .sku').allInnerTexts();
	}
}
