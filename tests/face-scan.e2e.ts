import { expect, test } from '@playwright/test';
import { fillWithDemoData } from './page-models/demo';
import { ScannerDialog } from './page-models/devices';
import { faceDevice, storedPairing } from './support/face-device';
import { launchWithCamera, writeQrVideo } from './support/fake-camera';

// Two scanners, two kinds of code: the join scanner (join page, "Join a shop") and the
// face-to-face scanner. Each one handles the other's code rather than calling it foreign.
// Chromium's fake camera films a generated QR code; no signaling server runs.
test.describe('face to face, either scanner', () => {
	test.describe.configure({ timeout: 240_000 });

	test('face scan: the join page reads a face-to-face code with the camera, and the Devices page shows its answer, which connects', async ({
		browser,
		baseURL
	}, testInfo) => {
		const a = await faceDevice(browser);
		await fillWithDemoData(a.page, 100);
		await a.devices.open();
		const offer = await a.face.showCode();

		const video = testInfo.outputPath('face-offer.y4m');
		await writeQrVideo(video, offer);
		const camera = await launchWithCamera(testInfo.project.use.launchOptions, video);
		const b = await faceDevice(camera, baseURL);
		await b.page.goto('/devices/join');
		const scanner = new ScannerDialog(b.page);
		await scanner.open();
		await expect(b.page).toHaveURL(/\/devices$/, { timeout: 30_000 });
		await expect(b.face.status).toHaveText(/En attente de la connexion/, { timeout: 30_000 });
		expect(await scanner.liveCameraTracks()).toBe(0);
		await a.face.paste(await b.face.code());
		await b.face.expectConnected(1);
		await a.face.expectConnected(1);
		await b.devices.expectOrders(100, 60_000);
		expect(b.sockets).toEqual([]);
		expect(b.errors).toEqual([]);
		await a.context.close();
		await camera.close();
	});

	test('face scan: the face-to-face scanner reads a pairing code and continues on the join page', async ({
		browser,
		baseURL
	}, testInfo) => {
		const a = await faceDevice(browser);
		await a.devices.open();
		const link = await a.devices.share();

		const video = testInfo.outputPath('pairing-code.y4m');
		await writeQrVideo(video, link);
		const camera = await launchWithCamera(testInfo.project.use.launchOptions, video);
		const b = await faceDevice(camera, baseURL);
		await b.devices.open();
		await b.page.getByRole('button', { name: 'Scanner le code de l’autre appareil' }).click();
		await expect(b.page).toHaveURL(/\/devices\/join$/, { timeout: 30_000 });
		await expect(b.page.getByLabel('Nom de cet appareil')).toBeFocused();
		await expect(b.face.problem).toHaveCount(0);
		await a.context.close();
		await camera.close();
	});

	test('face scan: an answer code filmed by the join scanner of a device that awaits none is refused plainly and changes nothing', async ({
		browser,
		baseURL
	}, testInfo) => {
		const a = await faceDevice(browser);
		const c = await faceDevice(browser);
		await a.devices.open();
		await c.devices.open();
		const answer = await c.face.answer(await a.face.showCode());

		const video = testInfo.outputPath('face-answer.y4m');
		await writeQrVideo(video, answer);
		const camera = await launchWithCamera(testInfo.project.use.launchOptions, video);
		const b = await faceDevice(camera, baseURL);
		await b.page.goto('/devices/join');
		// The shop this device made at start: the refused answer must leave it as it is.
		await expect.poll(() => storedPairing(b.page)).not.toBeNull();
		const before = await storedPairing(b.page);
		const scanner = new ScannerDialog(b.page);
		await scanner.open();
		await expect(scanner.status).toHaveText(/autre boutique/, { timeout: 30_000 });
		await expect(scanner.dialog).toBeVisible();
		await expect(b.page).toHaveURL(/\/devices\/join$/);
		expect(await b.page.evaluate(() => localStorage.getItem('comptoir.sync.pairing'))).toBe(before);
		for (const d of [a, c]) await d.context.close();
		await camera.close();
	});
});
