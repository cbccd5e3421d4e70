import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** The Devices page and the join page, as a seller uses them. */
export class DevicesPage {
	constructor(readonly page: Page) {}

	/** Opens the Devices page (a fresh context's first load: the app, its store, its worker). */
	async open(): Promise<void> {
		await this.page.goto('/devices');
		// Two other devices may be syncing on the same 2 cores: the first paint can take over 5 s.
		await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 20_000 });
	}

	/** Opens the Devices page through the navigation, without reloading the app. */
	async openFromNav(): Promise<void> {
		const heading = this.page.getByRole('heading', { level: 1 });
		// A dev server may reload the page under a click: click again until the page changed.
		await expect(async () => {
			await this.page
				.getByRole('navigation')
				.getByRole('link', { name: /Appareils|Devices/ })
				.click();
			await expect(heading).toHaveText(/Appareils|Devices/, { timeout: 3_000 });
		}).toPass({ timeout: 30_000 });
	}

	/** Names this device on the Devices page. */
	async rename(name: string): Promise<void> {
		await this.page.getByLabel(/Nom de cet appareil|Name of this device/).fill(name);
		await this.page.getByRole('button', { name: /Enregistrer le nom|Save name/ }).click();
		await expect(this.page.getByRole('status').filter({ hasText: name })).toBeVisible();
	}

	/** Shares the shop and returns the pairing link shown beside the QR code. */
	async share(): Promise<string> {
		await this.page
			.getByRole('button', { name: /Partager cette boutique|Share this shop/ })
			.click();
		await expect(this.qrCode).toBeVisible();
		return this.page.getByLabel(/Lien d’appairage|Pairing link/).inputValue();
	}

	/** The QR code image of the pairing link. */
	get qrCode() {
		return this.page.getByRole('img', { name: /Code QR|QR code/ });
	}

	/** Opens a pairing link, names this device and joins. */
	async join(link: string, name: string): Promise<void> {
		await this.page.goto(link);
		await this.page.getByLabel(/Nom de cet appareil|Name of this device/).fill(name);
		await this.page.getByRole('button', { name: /Rejoindre la boutique|Join the shop/ }).click();
	}

	/** What the page says about the connection. */
	get verdict() {
		return this.page.getByTestId('sync-verdict');
	}

	/** Every order in this device's index (all views), read from IndexedDB. */
	async orderCount(): Promise<number> {
		return this.page.evaluate(
			() =>
				new Promise<number>((resolve, reject) => {
					const open = indexedDB.open('comptoir-index');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const db = open.result;
						if (!db.objectStoreNames.contains('orders')) {
							db.close();
							return resolve(0);
						}
						const request = db.transaction('orders').objectStore('orders').count();
						request.onsuccess = () => {
							db.close();
							resolve(request.result);
						};
						request.onerror = () => reject(request.error);
					};
				})
		);
	}

	/** Waits until this device's index holds `count` orders. */
	async expectOrders(count: number, timeout = 30_000): Promise<void> {
		await expect.poll(() => this.orderCount(), { timeout }).toBe(count);
	}

	/** Exports a backup and returns the downloaded file's path. */
	async exportBackup(): Promise<string> {
		const download = this.page.waitForEvent('download');
		await this.page
			.getByRole('button', { name: /Exporter une sauvegarde|Export a backup/ })
			.click();
		const file = await download;
		const path = await file.path();
		if (!path) throw new Error('backup download failed');
		return path;
	}

	/** Imports a backup file (bytes) through the file picker. */
	async importBackup(name: string, buffer: Buffer): Promise<void> {
		await this.page
			.locator('#backup-file')
			.setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
	}

	get backupStatus() {
		return this.page.getByTestId('backup-status');
	}

	get backupError() {
		return this.page.getByTestId('backup-error');
	}
}

/** The "Scan the code" dialog, on the Devices page and the join page. */
export class ScannerDialog {
	constructor(readonly page: Page) {}

	/** Opens the scanner from the current page. */
	async open(): Promise<void> {
		await this.page.getByRole('button', { name: /^(Scanner le code|Scan the code)$/ }).click();
		await expect(this.dialog).toBeVisible();
	}

	/** The scanner dialog. */
	get dialog() {
		return this.page.getByRole('dialog', { name: /Scanner le code|Scan the pairing code/ });
	}

	/** What the scanner says while it looks (foreign code, camera starting). */
	get status() {
		return this.page.getByTestId('scan-status');
	}

	/** Why the camera cannot be used. */
	get problem() {
		return this.page.getByTestId('scan-problem');
	}

	/** Records every camera stream the page opens, so a test can tell the camera went off. */
	static async watchCamera(page: Page): Promise<void> {
		await page.addInitScript(() => {
			const streams: MediaStream[] = [];
			Object.assign(window, { cameraStreams: streams });
			const media = navigator.mediaDevices;
			if (!media?.getUserMedia) return;
			const original = media.getUserMedia.bind(media);
			media.getUserMedia = async (constraints) => {
				const stream = await original(constraints);
				streams.push(stream);
				return stream;
			};
		});
	}

	/** Camera tracks still live (0 once the camera is off). */
	liveCameraTracks(): Promise<number> {
		return this.page.evaluate(
			() =>
				(window as unknown as { cameraStreams: MediaStream[] }).cameraStreams
					.flatMap((stream) => stream.getTracks())
					.filter((track) => track.readyState === 'live').length
		);
	}

	/** Camera streams opened since the page loaded. */
	openedStreams(): Promise<number> {
		return this.page.evaluate(
			() => (window as unknown as { cameraStreams: MediaStream[] }).cameraStreams.length
		);
	}
}
