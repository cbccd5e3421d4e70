import { expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';

// Two browser contexts are two devices (no shared BroadcastChannel or IndexedDB).
const ORDERS = 10_000;
const signaling = 'ws://127.0.0.1:4454';

interface Device {
	page: Page;
	close: () => Promise<void>;
}

async function openDevice(
	browser: Browser,
	params: Record<string, string | number>
): Promise<Device> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const query = new URLSearchParams({ signaling, ...params } as Record<string, string>);
	await page.goto(`/?${query}`);
	await expect(page.locator('#state')).toHaveText('ready');
	return { page, close: () => context.close() };
}

const orders = (device: Device) => device.page.evaluate(() => window.harness.orders());
const uniqueRoom = () => `comptoir-test-${Math.random().toString(36).slice(2)}`;

test('a fresh device receives a 10,000-order store through chunked messages', async ({
	browser
}) => {
	const room = uniqueRoom();
	const source = await openDevice(browser, { room, password: 'right', fill: ORDERS });
	const bytes = await source.page.evaluate(() => window.harness.encodedBytes());
	expect(bytes).toBeGreaterThan(256 * 1024);

	const started = Date.now();
	const fresh = await openDevice(browser, { room, password: 'right' });
	await expect.poll(() => orders(fresh), { timeout: 30_000, intervals: [100] }).toBe(ORDERS);
	const elapsed = Date.now() - started;
	console.log(`[sync] ${ORDERS} orders (${bytes} bytes) reached a fresh device in ${elapsed} ms`);
	expect(elapsed).toBeLessThan(15_000);
	expect(await fresh.page.evaluate(() => window.harness.drops())).toEqual([]);

	// The source learns that everything it holds reached the other device.
	await expect
		.poll(() => source.page.evaluate(() => window.harness.status()), { timeout: 10_000 })
		.toEqual({ connectedPeers: 1, allDelivered: true });

	// A change on one device shows on the other within a second.
	const sent = Date.now();
	await source.page.evaluate(() => window.harness.add('late', 'sold at closing time'));
	await expect.poll(() => orders(fresh), { timeout: 1_000, intervals: [20] }).toBe(ORDERS + 1);
	console.log(`[sync] one change reached the other device in ${Date.now() - sent} ms`);
	await source.close();
	await fresh.close();
});

test('without the chunking layer the same store never arrives (the bug it fixes)', async ({
	browser
}) => {
	const room = uniqueRoom();
	const source = await openDevice(browser, { room, password: 'right', fill: ORDERS, chunking: 0 });
	const fresh = await openDevice(browser, { room, password: 'right', chunking: 0 });
	await expect
		.poll(() => fresh.page.evaluate(() => window.harness.connectedPeers()), { timeout: 15_000 })
		.toBe(1);
	// Connected, yet nothing arrives and nothing is reported: y-webrtc swallowed the send error.
	await fresh.page.waitForTimeout(10_000);
	expect(await orders(fresh)).toBe(0);
	await source.close();
	await fresh.close();
});

test('a device with the wrong secret receives nothing while one with the right secret does', async ({
	browser
}) => {
	const room = uniqueRoom();
	const source = await openDevice(browser, { room, password: 'right', fill: 1000 });
	const intruder = await openDevice(browser, { room, password: 'wrong' });
	const paired = await openDevice(browser, { room, password: 'right' });
	await expect.poll(() => orders(paired), { timeout: 15_000 }).toBe(1000);
	await intruder.page.waitForTimeout(3_000);
	expect(await orders(intruder)).toBe(0);
	expect(await intruder.page.evaluate(() => window.harness.peers())).toBe(0);
	for (const device of [source, intruder, paired]) await device.close();
});
