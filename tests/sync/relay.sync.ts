import { expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';

// The real relay (relay-loopback.mjs) and signaling server on loopback, started by the config.
// Two browser contexts are two devices; here they are never open at the same time, so whatever
// the second one receives can only come from the relay.
const relay = 'ws://127.0.0.1:4464';
const signaling = 'ws://127.0.0.1:4454';
const ORDERS = 10_000;

interface Device {
	page: Page;
	logs: string[];
	close: () => Promise<void>;
}

async function openDevice(browser: Browser, params: Record<string, string | number>) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const logs: string[] = [];
	page.on('console', (message) => logs.push(`${message.type()}: ${message.text().slice(0, 300)}`));
	page.on('pageerror', (error) => logs.push(`pageerror: ${error.message}`));
	const query = new URLSearchParams({ signaling, relay, ...params } as Record<string, string>);
	await page.goto(`/?${query}`);
	await expect(page.locator('#state')).toHaveText('ready');
	return { page, logs, close: () => context.close() } satisfies Device;
}

const orders = (device: Device) => device.page.evaluate(() => window.harness.orders());
const status = (device: Device) => device.page.evaluate(() => window.harness.status());
const relayStatus = (device: Device) => device.page.evaluate(() => window.harness.relayStatus());
const uniqueRoom = () => `comptoir-test-${Math.random().toString(36).slice(2)}`;

test('a device opened after the first one closed receives its 10,000 orders from the relay', async ({
	browser
}) => {
	const room = uniqueRoom();
	const password = `secret-${Math.random().toString(36).slice(2)}-long-enough`;
	const started = Date.now();
	const a = await openDevice(browser, { room, password, fill: ORDERS });
	// Nobody else is in the room: the only other copy A can reach is the relay, and A says
	// everything reached another copy only once the relay sent it back.
	await expect
		.poll(() => status(a), { timeout: 30_000 })
		.toMatchObject({
			connectedPeers: 0,
			allDelivered: true
		});
	expect(await relayStatus(a)).toEqual({ state: 'connected', synced: true, found: false });
	console.log(
		`[relay] ${ORDERS} orders held by the relay ${Date.now() - started} ms after A opened`
	);
	await a.close();

	const opened = Date.now();
	const b = await openDevice(browser, { room, password });
	await expect.poll(() => orders(b), { timeout: 30_000, intervals: [100] }).toBe(ORDERS);
	console.log(`[relay] ${ORDERS} orders reached B from the relay in ${Date.now() - opened} ms`);
	expect(await b.page.evaluate(() => window.harness.peers())).toBe(0);
	expect(await relayStatus(b)).toMatchObject({ state: 'connected', found: true });
	expect(await b.page.evaluate(() => window.harness.drops())).toEqual([]);

	// A change on B reaches the relay too: B knows it reached another copy.
	await b.page.evaluate(() => window.harness.add('late', 'sold at closing time'));
	await expect.poll(() => status(b), { timeout: 5_000 }).toMatchObject({ allDelivered: true });
	await b.close();

	// Without the secret, a device receives nothing: its room on the relay is another one.
	const intruder = await openDevice(browser, { room, password: 'wrong-secret-of-enough-length' });
	await expect
		.poll(() => relayStatus(intruder), { timeout: 10_000 })
		.toMatchObject({
			state: 'connected',
			synced: true,
			found: false
		});
	await intruder.page.waitForTimeout(1_000);
	expect(await orders(intruder)).toBe(0);
	await intruder.close();
});

test('a relay that is not running is reported and nothing counts as delivered', async ({
	browser
}) => {
	const device = await openDevice(browser, {
		room: uniqueRoom(),
		password: 'a-secret-of-enough-length-here',
		fill: 5,
		relay: 'ws://127.0.0.1:4465'
	});
	await expect
		.poll(() => relayStatus(device), { timeout: 10_000 })
		.toMatchObject({
			state: 'unreachable'
		});
	expect(await status(device)).toMatchObject({ allDelivered: false });
	await device.close();
});

test('garbage from the relay is dropped and logged, and the store is unchanged', async ({
	browser
}) => {
	const device = await openDevice(browser, {
		room: uniqueRoom(),
		password: 'a-secret-of-enough-length-here',
		fill: 5,
		relay: 'ws://127.0.0.1:4469'
	});
	const bytes = await device.page.evaluate(() => window.harness.encodedBytes());
	await expect
		.poll(() => device.page.evaluate(() => window.harness.drops()), { timeout: 10_000 })
		.toEqual(['unknown-message-type', 'invalid-update', 'malformed-frame']);
	expect(await orders(device)).toBe(5);
	expect(await device.page.evaluate(() => window.harness.encodedBytes())).toBe(bytes);
	expect(await relayStatus(device)).toMatchObject({ state: 'connected' });
	expect(device.logs.filter((line) => line.startsWith('pageerror'))).toEqual([]);
	await device.close();
});
