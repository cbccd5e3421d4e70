import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** The "Connect face to face" section of the Devices page. */
export class FacePanel {
	constructor(readonly page: Page) {}

	/** Shows this device's offer and returns its text. */
	async showCode(): Promise<string> {
		await this.page
			.getByRole('button', { name: /Afficher mon code|Afficher un nouveau code/ })
			.click();
		return this.code();
	}

	/** The code this device shows (offer or answer), once ready. */
	async code(): Promise<string> {
		const field = this.page.getByLabel('Code de cet appareil');
		await expect(field).toHaveValue(/^C1/, { timeout: 30_000 });
		await expect(
			this.page.getByRole('img', { name: 'Code QR de connexion face à face' })
		).toBeVisible();
		return field.inputValue();
	}

	/** Pastes the other device's code and uses it. */
	async paste(code: string): Promise<void> {
		await this.page.getByLabel('Code de l’autre appareil').fill(code);
		await this.page.getByRole('button', { name: 'Utiliser ce code' }).click();
	}

	/** Pastes an offer and returns the answer this device shows. */
	async answer(offer: string): Promise<string> {
		await this.paste(offer);
		await expect(this.status).toHaveText(/En attente de la connexion/, { timeout: 30_000 });
		return this.code();
	}

	/** What the section says about the exchange. */
	get status() {
		return this.page.getByTestId('face-status');
	}

	/** Why the last code was refused. */
	get problem() {
		return this.page.getByTestId('face-problem');
	}

	/** The notice shown when the connection dropped. */
	get dropped() {
		return this.page.getByTestId('face-dropped');
	}

	/** Waits until this device says it is connected face to face to `count` devices. */
	async expectConnected(count: number, timeout = 30_000): Promise<void> {
		await expect(this.status).toHaveText(`Connecté face à face : ${count} appareil(s).`, {
			timeout
		});
	}
}
