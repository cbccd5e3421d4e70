import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** Each page of the shell with its heading in both languages. */
export const shellPages = [
	{ path: '/orders', fr: 'Commandes', en: 'Orders' },
	{ path: '/orders/new', fr: 'Nouvelle commande', en: 'New order' },
	{ path: '/products', fr: 'Produits', en: 'Products' },
	{ path: '/customers', fr: 'Clients', en: 'Customers' },
	{ path: '/reports', fr: 'Rapports', en: 'Reports' },
	{ path: '/settings', fr: 'Réglages', en: 'Settings' },
	{ path: '/devices', fr: 'Appareils', en: 'Devices' }
] as const;

/** The app shell as a seller sees it: header, navigation, main area. */
export class ShellPage {
	constructor(readonly page: Page) {}

	/** Opens `path` and waits until the page heading is shown. */
	async open(path: string): Promise<void> {
		await this.page.goto(path);
		await expect(this.heading).toBeVisible();
	}

	get heading() {
		return this.page.getByRole('main').getByRole('heading', { level: 1 });
	}

	get nav() {
		return this.page.getByRole('navigation');
	}

	get networkStatus() {
		return this.page.getByRole('banner').getByTestId('network-status');
	}

	get storeName() {
		return this.page.getByTestId('store-name');
	}

	/** Switches the UI language on the Settings page. */
	async chooseLanguage(label: 'Français' | 'English'): Promise<void> {
		await this.open('/settings');
		await this.page.locator('#language').selectOption({ label });
	}

	/** Waits until a service worker controls the page. */
	async waitForServiceWorker(): Promise<void> {
		await this.page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, {
			timeout: 20_000
		});
	}

	/** The main text of the page, to look for raw message keys. */
	async bodyText(): Promise<string> {
		return this.page.locator('body').innerText();
	}
}
