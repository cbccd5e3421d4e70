import { expect, test } from '@playwright/test';

/** Width and height read from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the web manifest is served, parses and names icons that load', async ({ page, request }) => {
	await page.goto('/orders');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBeTruthy();
	const response = await request.get(new URL(href!, page.url()).toString());
	expect(response.ok()).toBe(true);
	const manifest = await response.json();

	expect(manifest.name).toBe('Comptoir');
	expect(manifest.short_name).toBe('Comptoir');
	expect(manifest.description).toBeTruthy();
	expect(manifest.display).toBe('standalone');
	expect(manifest.start_url).toBe('/');
	expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);

	const icons: { src: string; sizes: string; purpose?: string }[] = manifest.icons;
	expect(icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
	expect(icons.some((icon) => icon.purpose?.includes('maskable'))).toBe(true);
	for (const icon of icons) {
		const image = await request.get(new URL(icon.src, page.url()).toString());
		expect(image.ok(), icon.src).toBe(true);
		expect(image.headers()['content-type']).toContain('image/png');
		const { width, height } = pngSize(await image.body());
		expect(`${width}x${height}`).toBe(icon.sizes);
	}
});
