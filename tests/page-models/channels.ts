import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { EditorPage } from './editor';

/** The sales channels section of the Settings page. */
export class ChannelSettings {
	constructor(readonly page: Page) {}

	/** Opens Settings and waits for the channels section. */
	async open(): Promise<void> {
		await this.page.goto('/settings');
		await expect(this.section).toBeVisible();
	}

	get section(): Locator {
		return this.page.getByTestId('channel-settings');
	}

	/** The row of a channel by its id (`phone`, `c-…`), or the "new channel" row for ''. */
	row(id: string): Locator {
		return this.section.locator(`[data-testid="channel-row"][data-channel="${id}"]`);
	}

	/** Adds a custom channel and returns its id once it is listed. */
	async add(name: string): Promise<string> {
		const before = await this.ids();
		await this.row('').getByRole('textbox').fill(name);
		await this.row('')
			.getByRole('button', { name: /^(Ajouter|Add)$/ })
			.click();
		await expect.poll(async () => (await this.ids()).length).toBe(before.length + 1);
		const id = (await this.ids()).find((x) => !before.includes(x));
		if (!id) throw new Error(`channel ${name} not added`);
		return id;
	}

	/** Ids of the listed channels, in order. */
	async ids(): Promise<string[]> {
		return this.section
			.locator('li [data-testid="channel-row"]')
			.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-channel') ?? ''));
	}

	/** Hides a channel (or offers it again) with its row's toggle. */
	async toggle(id: string, label: RegExp): Promise<void> {
		await this.row(id).getByRole('button', { name: label }).click();
		await expect(this.row(id).getByRole('status')).not.toBeEmpty();
	}

	/** Chooses the default channel of manual orders by its label and saves. */
	async setDefault(label: string): Promise<void> {
		await this.section.locator('#default-channel').selectOption({ label });
		await this.page
			.getByTestId('default-channel-form')
			.getByRole('button', { name: /^(Enregistrer|Save)$/ })
			.click();
		await expect(this.page.getByTestId('default-channel-status')).not.toBeEmpty();
	}
}

/** Places an order typed in the editor: one custom item at `price` (typed text), on `channel`. */
export async function placeOrder(
	page: Page,
	o: { name: string; item: string; price: string; channel?: string }
): Promise<string> {
	const editor = new EditorPage(page);
	await editor.openNew();
	await editor.name.fill(o.name);
	if (o.channel) await channelSelect(page).selectOption({ label: o.channel });
	await page.getByRole('button', { name: /Article hors catalogue|Item not in catalogue/ }).click();
	await editor.lineField(1, 'name').fill(o.item);
	await editor.lineField(1, 'price').fill(o.price);
	await page.getByRole('button', { name: /Valider la commande|Place order/ }).click();
	return editor.savedOrderId('created');
}

/** The channel select of the order editor. */
export function channelSelect(page: Page): Locator {
	return page.locator('#order-channel');
}
