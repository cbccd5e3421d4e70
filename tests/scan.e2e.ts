import { expect, test } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { fillWithDemoData } from './page-models/demo';
import { DevicesPage, ScannerDialog } from './page-models/devices';
import { ShellPage } from './page-models/shell';
import { launchWithCamera, writeQrVideo } from './support/fake-camera';

// The scanning device is its own Chromium, launched once the code to film is known: the fake
// camera's video file is a launch argument, so it cannot come from the shared browser fixture.
const tablet = { viewport: { width: 768, height: 1024 }, hasTouch: true };

async function device(browser: Browser, baseURL: string | undefined) {
	const context = await browser.newContext({ ...tablet, baseURL });
	const page = await context.newPage();
	await ScannerDialog.watchCamera(page);
	return { context, page, devices: new DevicesPage(page), scanner: new ScannerDialog(page) };
}

test.describe('scan', () => {
	test.describe.configure({ timeout: 180_000 });

	test('scan: a second device scans the pairing code with its camera, joins and receives the orders', async ({
		browser,
		baseURL
	}, testInfo) => {
		const a = await device(browser, baseURL);
		await fillWithDemoData(a.page, 100);
		await a.devices.open();
		await a.devices.rename('Caisse');
		const link = await a.devices.share();

		const video = testInfo.outputPath('pairing-code.y4m');
		await writeQrVideo(video, link);
		const camera = await launchWithCamera(testInfo.project.use.launchOptions, video);
		const b = await device(camera, baseURL);
		await b.devices.open();
		await b.scanner.open();
		// The code is read by itself: the join page asks for this device's name, focused.
		await expect(b.page).toHaveURL(/\/devices\/join$/, { timeout: 30_000 });
		const name = b.page.getByLabel('Nom de cet appareil');
		await expect(name).toBeFocused();
		await expect(b.scanner.dialog).toHaveCount(0);
		expect(await b.scanner.openedStreams()).toBe(1);
		expect(await b.scanner.liveCameraTracks()).toBe(0);

		await name.fill('Tablette scannée');
		await b.page.getByRole('button', { name: 'Rejoindre la boutique' }).click();
		await expect(b.devices.verdict).toHaveText(/Connecté à 1 appareil/, { timeout: 30_000 });
		await b.devices.expectOrders(100, 60_000);
		await expect(a.page.getByTestId('paired-devices')).toContainText('Tablette scannée');
		await a.context.close();
		await camera.close();
	});

	test('scan: a foreign QR code is refused plainly, scanning goes on, and Escape turns the camera off', async ({
		baseURL
	}, testInfo) => {
		const video = testInfo.outputPath('menu-code.y4m');
		await writeQrVideo(video, 'https://example.com/menu');
		const camera = await launchWithCamera(testInfo.project.use.launchOptions, video);
		const b = await device(camera, baseURL);
		await b.devices.open();
		await b.page.getByRole('link', { name: 'Coller un lien d’appairage' }).click();
		await expect(b.page.getByRole('heading', { level: 1 })).toHaveText('Rejoindre une boutique');
		// Without a link the join page offers to scan or paste one, and calls nothing faulty.
		await expect(b.page.getByTestId('join-link-error')).toHaveCount(0);
		await b.scanner.open();
		await expect(b.scanner.status).toHaveText(
			/pas un code d’appairage Comptoir\. Ce lien ne mène pas à la page d’appairage/,
			{ timeout: 30_000 }
		);
		// Still scanning: the dialog stays, the camera stays on, nothing is joined.
		await b.page.waitForTimeout(1_000);
		await expect(b.scanner.dialog).toBeVisible();
		expect(await b.scanner.liveCameraTracks()).toBe(1);
		await expect(b.page.getByLabel('Nom de cet appareil')).toHaveCount(0);

		await b.page.keyboard.press('Escape');
		await expect(b.scanner.dialog).toHaveCount(0);
		await expect(
			b.page.getByRole('button', { name: 'Scanner le code', exact: true })
		).toBeFocused();
		expect(await b.scanner.liveCameraTracks()).toBe(0);

		// Reopened, then the page changes (back to the Devices page, in the app): camera off.
		await b.scanner.open();
		await expect(b.scanner.status).toHaveText(/pas un code d’appairage Comptoir/, {
			timeout: 30_000
		});
		expect(await b.scanner.liveCameraTracks()).toBe(1);
		await b.page.goBack();
		await expect(b.page.getByRole('heading', { level: 1 })).toHaveText('Appareils');
		await expect.poll(() => b.scanner.liveCameraTracks()).toBe(0);
		expect(await b.scanner.openedStreams()).toBe(2);
		await camera.close();
	});

	test('scan: on a phone, the join page reads a pairing code in place and asks for the name', async ({
		baseURL
	}, testInfo) => {
		// A well-formed link to a room nobody is in: reading it is all this test is about.
		const link = `${baseURL}/devices/join#room=comptoir-${'r'.repeat(22)}&secret=${'s'.repeat(43)}`;
		const video = testInfo.outputPath('lonely-code.y4m');
		await writeQrVideo(video, link);
		const camera = await launchWithCamera(testInfo.project.use.launchOptions, video);
		const context = await camera.newContext({
			viewport: { width: 390, height: 844 },
			hasTouch: true,
			baseURL
		});
		const page = await context.newPage();
		await ScannerDialog.watchCamera(page);
		const scanner = new ScannerDialog(page);
		await page.goto('/devices/join');
		await page.getByRole('button', { name: 'Scanner le code', exact: true }).tap();
		await expect(scanner.dialog).toBeVisible();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await expect(page.getByLabel('Nom de cet appareil')).toBeFocused({ timeout: 30_000 });
		await expect(scanner.dialog).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Rejoindre la boutique' })).toBeVisible();
		expect(await scanner.liveCameraTracks()).toBe(0);
		// The link is kept for this tab like an opened one: a reload still has it.
		await page.reload();
		await expect(page.getByLabel('Nom de cet appareil')).toBeVisible();
		await camera.close();
	});

	test('scan: without a camera the scanner says why and points to the link (English)', async ({
		browser,
		baseURL
	}) => {
		const b = await device(browser, baseURL);
		await new ShellPage(b.page).chooseLanguage('English');
		await b.page.goto('/devices/join');
		await b.page.getByRole('button', { name: /^(Scanner le code|Scan the code)$/ }).click();
		await expect(b.scanner.problem).toHaveText(
			'No camera found on this device. Open the pairing link instead, or paste it on this page.'
		);
		await b.page.getByRole('button', { name: 'Close the camera' }).click();
		await expect(b.scanner.dialog).toHaveCount(0);
		await expect(b.page.getByLabel('Paste the pairing link')).toBeVisible();
		await b.context.close();
	});
});
