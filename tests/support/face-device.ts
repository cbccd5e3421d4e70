/**
 * A device for face-to-face tests: a browser context that records the sync sockets its page
 * opens (face to face there must be none) and its uncaught errors.
 */
import { expect } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { DevicesPage, ScannerDialog } from '../page-models/devices';
import { FacePanel } from '../page-models/face';

const tablet = { viewport: { width: 768, height: 1024 }, hasTouch: true };

/** Opens a new device (browser context) with one page. */
export async function faceDevice(browser: Browser, baseURL?: string) {
	const context = await browser.newContext({ ...tablet, ...(baseURL ? { baseURL } : {}) });
	const page = await context.newPage();
	const sockets: string[] = [];
	const errors: string[] = [];
	// The dev server's own hot-reload socket (same port as the page, with a token) is not sync.
	page.on('websocket', (socket) => {
		if (!/[?&]token=/.test(socket.url())) sockets.push(socket.url());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	await ScannerDialog.watchCamera(page);
	return {
		context,
		page,
		sockets,
		errors,
		devices: new DevicesPage(page),
		face: new FacePanel(page)
	};
}

/** Demo orders made without reloading the page (a reload ends a face-to-face connection). */
export async function fillInApp(page: Page, size: '100' | '1000' = '100') {
	await page.getByRole('navigation').getByRole('link', { name: 'Réglages' }).click();
	await page.locator('#demo-size').selectOption(size);
	// The notice of orders that arrived from the other device sits over the form's button.
	await page.locator('#demo-size').locator('..').getByRole('button').dispatchEvent('click');
	await expect(page.getByTestId('demo-status')).not.toBeEmpty({ timeout: 120_000 });
}

/** The pairing this device keeps (room and secret), as stored. */
export const storedPairing = (page: Page) =>
	page.evaluate(() => localStorage.getItem('comptoir.sync.pairing'));
