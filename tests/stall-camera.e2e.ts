/**
 * Camera scanning at the stall: Chromium's fake camera films a generated EAN-13 label. Chromium
 * on Linux has no BarcodeDetector, so this exercises the bundled zxing-wasm decoder.
 */
import { expect, test } from '@playwright/test';
import { spaces } from './page-models/editor';
import { createProduct, StallPage } from './page-models/stall';
import { writeEan13Video } from './support/ean13-video';
import { launchWithCamera } from './support/fake-camera';

test.describe.configure({ timeout: 120_000 });

test('the tablet camera reads an EAN-13 label and adds the product', async ({
	baseURL
}, testInfo) => {
	const code = '4006381333931';
	const video = testInfo.outputPath('ean13.y4m');
	await writeEan13Video(video, code);
	const camera = await launchWithCamera(testInfo.project.use.launchOptions, video);
	const context = await camera.newContext({ baseURL, viewport: { width: 1024, height: 768 } });
	const page = await context.newPage();
	await createProduct(page, {
		sku: 'MIEL-500',
		name: 'Miel de lavande',
		price: '4,50',
		barcode: code,
		stock: '20'
	});
	const stall = new StallPage(page);
	await stall.open();
	expect(await page.evaluate(() => 'BarcodeDetector' in globalThis)).toBe(false);
	await page.getByRole('button', { name: 'Scanner' }).click();
	await expect(page.getByTestId('stall-notice')).toContainText('Miel de lavande', {
		timeout: 30_000
	});
	expect(spaces(await stall.total.innerText())).toMatch(/^\d+,50 €$/);
	await page.getByRole('button', { name: 'Arrêter le scanner' }).click();
	await expect(page.getByTestId('stall-camera')).toHaveCount(0);
	await camera.close();
});
