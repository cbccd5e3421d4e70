import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';

// Face to face with no signaling server (`face=1`: the provider has none): the offer and answer
// travel as codes, and a fresh device receives a 10,000-order store through the same chunked,
// checked transport as signaled peers.
const ORDERS = 10_000;

async function openDevice(browser: Browser, params: Record<string, string | number>) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const sockets: string[] = [];
	// The harness page is served by Vite's dev server, whose hot-reload client opens a socket to
	// the page's own origin: only the others could carry sync (signaling, relay).
	page.on('websocket', (socket) => {
		if (new URL(socket.url()).host !== new URL(page.url()).host) sockets.push(socket.url());
	});
	const query = new URLSearchParams({ face: '1', ...params } as Record<string, string>);
	await page.goto(`/?${query}`);
	await expect(page.locator('#state')).toHaveText('ready');
	return { page, sockets, close: () => context.close() };
}

const orders = (page: Page) => page.evaluate(() => window.harness.orders());

test('face to face: a fresh device receives a 10,000-order store with no signaling server', async ({
	browser
}) => {
	const room = `comptoir-${randomBytes(16).toString('base64url')}`;
	const password = randomBytes(32).toString('base64url');
	const source = await openDevice(browser, { room, password, fill: ORDERS });
	const fresh = await openDevice(browser, { room, password });
	const bytes = await source.page.evaluate(() => window.harness.encodedBytes());
	expect(bytes).toBeGreaterThan(256 * 1024);

	const started = Date.now();
	const offer = await source.page.evaluate(() => window.harness.face.offer());
	const answer = await fresh.page.evaluate((code) => window.harness.face.answer(code), offer);
	expect(await source.page.evaluate((code) => window.harness.face.accept(code), answer)).toBeNull();
	await expect
		.poll(() => fresh.page.evaluate(() => window.harness.firstOrderAt()), { timeout: 30_000 })
		.not.toBeNull();
	const firstByte = Date.now() - started;
	await expect.poll(() => orders(fresh.page), { timeout: 60_000, intervals: [100] }).toBe(ORDERS);
	const elapsed = Date.now() - started;
	console.log(
		`[face] offer ${offer.length} chars, answer ${answer.length}; first order after ${firstByte} ms, ` +
			`${ORDERS} orders (${bytes} bytes) after ${elapsed} ms`
	);
	expect(await fresh.page.evaluate(() => window.harness.drops())).toEqual([]);
	await expect
		.poll(() => source.page.evaluate(() => window.harness.status()), { timeout: 15_000 })
		.toMatchObject({ connectedPeers: 1, allDelivered: true });
	// A second answer to the same offer is refused: the offer was used.
	expect(await source.page.evaluate((code) => window.harness.face.accept(code), answer)).toBe(
		'not-this-code'
	);
	expect(source.sockets).toEqual([]);
	expect(fresh.sockets).toEqual([]);
	await source.close();
	await fresh.close();
});
