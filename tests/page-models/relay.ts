import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** The relay section of the Devices page. */
export class RelaySetting {
	constructor(readonly page: Page) {}

	/** The relay address field. */
	get field() {
		return this.page.getByLabel(/Adresse du relais|Relay address/);
	}

	/** The line that says whether the relay answers. */
	get status() {
		return this.page.getByTestId('relay-status');
	}

	/** Types an address and submits it with the button. */
	async set(url: string): Promise<void> {
		await this.field.fill(url);
		await this.page.getByRole('button', { name: /Utiliser ce relais|Use this relay/ }).click();
	}

	/** Sets a working relay and waits until the page says it is connected. */
	async connect(url: string): Promise<void> {
		await this.set(url);
		await expect(this.status).toHaveText(/Connecté au relais|Connected to the relay/, {
			timeout: 15_000
		});
	}
}
