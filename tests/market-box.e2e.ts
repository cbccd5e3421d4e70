import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, expect, test } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { fillWithDemoData } from './page-models/demo';
import { DevicesPage } from './page-models/devices';
import { RelaySetting } from './page-models/relay';

// The market box (`npm run box`) as tablets reach it: https on a name that is not loopback for the
// browser (Chromium maps marche-box to 127.0.0.1), with the box's own certificate (not trusted by
// this throwaway browser: ignoreHTTPSErrors stands for "the seller installed it"). Signaling runs
// over wss on the box's port; 4444 is taken by the suite's plain loopback server.
const port = Number(process.env.COMPTOIR_E2E_PORT ?? 4173) + 2;
const origin = `https://marche-box:${port}`;
const tablet = { viewport: { width: 768, height: 1024 }, hasTouch: true };

let box: ChildProcess | null = null;
/** Everything the box printed (stdout and stderr). */
const boxOutput: string[] = [];

test.beforeAll(async () => {
	// The box serves the build (`npm run test:e2e` builds first): without it, fail loudly.
	if (!existsSync('build/index.html'))
		throw new Error('the box serves the build: run `npx vite build` first');
	box = spawn('node', ['scripts/box.mjs'], {
		env: {
			...process.env,
			BOX_PORT: String(port),
			BOX_HTTP_PORT: '0',
			BOX_SIGNALING_PORT: '0',
			BOX_HOST: '127.0.0.1',
			BOX_DIR: `test-results/box-${port}`,
			BOX_RELAY: '1'
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	box.stdout?.on('data', (chunk) => boxOutput.push(String(chunk)));
	box.stderr?.on('data', (chunk) => {
		boxOutput.push(String(chunk));
		process.stderr.write(chunk);
	});
	await expect.poll(() => boxOutput.join(''), { timeout: 60_000 }).toContain('Comptoir market box');
});

test.afterAll(() => {
	box?.kill();
});

async function device(browser: Browser) {
	const context = await browser.newContext({ ...tablet, baseURL: origin, ignoreHTTPSErrors: true });
	const page = await context.newPage();
	const errors: string[] = [];
	const consoleText: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => consoleText.push(message.text()));
	return {
		context,
		page,
		errors,
		consoleText,
		devices: new DevicesPage(page),
		relay: new RelaySetting(page)
	};
}

// Playwright reads fixtures from the first parameter's pattern: an empty one asks for none.
// eslint-disable-next-line no-empty-pattern
test('market box: over https on a LAN name, a second device pairs and receives 1,000 orders, the relay runs over wss, and no room name or secret appears in any log', async ({}, testInfo) => {
	testInfo.setTimeout(300_000);
	const launch = testInfo.project.use.launchOptions;
	const browser = await chromium.launch({
		...launch,
		args: [...(launch?.args ?? []), '--host-resolver-rules=MAP marche-box 127.0.0.1']
	});
	const a = await device(browser);
	const b = await device(browser);
	await fillWithDemoData(a.page, 1000);
	for (const d of [a, b]) {
		await d.devices.open();
		expect(await d.page.evaluate(() => window.isSecureContext)).toBe(true);
		await expect(d.page.getByTestId('insecure-origin')).toHaveCount(0);
		const field = d.page.getByLabel(/Adresses/);
		await field.fill(`wss://marche-box:${port}`);
		await field.press('Enter');
		await expect(d.page.getByText('Adresses enregistrées.')).toBeVisible();
	}
	// The box's relay, over wss on the same port.
	await a.relay.connect(`wss://marche-box:${port}/relay`);
	const link = await a.devices.share();
	expect(link.startsWith(`${origin}/devices/join#room=`)).toBe(true);
	const started = Date.now();
	await b.devices.join(link, 'Tablette du marché');
	await expect(b.devices.verdict).toHaveText(/Connecté à 1 appareil/, { timeout: 60_000 });
	await b.devices.expectOrders(1000, 90_000);
	console.log(
		`[box] 1,000 orders reached the second device over https in ${Date.now() - started} ms`
	);
	expect(a.errors).toEqual([]);
	expect(b.errors).toEqual([]);

	// The room names are credentials: neither the box nor the pages print them, nor the secret.
	const hash = new URL(link).hash.slice(1);
	const room = new URLSearchParams(hash).get('room') ?? '';
	const secret = new URLSearchParams(hash).get('secret') ?? '';
	const relayRoom = createHash('sha256')
		.update('comptoir-relay-room-v1\n' + secret)
		.digest('hex');
	expect(room.length).toBeGreaterThan(20);
	expect(boxOutput.join('')).toContain('relay:      wss://');
	const logs = [boxOutput.join(''), ...a.consoleText, ...b.consoleText].join('\n');
	for (const credential of [room, room.slice('comptoir-'.length), secret, relayRoom])
		expect(logs).not.toContain(credential);
	await browser.close();
});
