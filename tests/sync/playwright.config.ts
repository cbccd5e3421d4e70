import { defineConfig } from '@playwright/test';

// Own servers, own ports: a loopback signaling server, a loopback relay, a hostile relay
// (garbage-relay.mjs) and a Vite dev server for the harness page.
// Run with `npx playwright test -c tests/sync/playwright.config.ts`.
const signalingPort = 4454;
const harnessPort = 4310;
const relayPort = 4464;
const garbageRelayPort = 4469;

export default defineConfig({
	testDir: '.',
	testMatch: '*.sync.ts',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: 'list',
	outputDir: '../../test-results/sync',
	timeout: 120_000,
	use: {
		baseURL: `http://127.0.0.1:${harnessPort}`,
		launchOptions: {
			executablePath: '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-features=WebRtcHideLocalIpsWithMdns'
			]
		}
	},
	webServer: [
		{
			command: 'node signaling-loopback.mjs',
			env: { PORT: String(signalingPort) },
			url: `http://127.0.0.1:${signalingPort}`,
			reuseExistingServer: false,
			timeout: 30_000
		},
		{
			command: 'node relay-loopback.mjs',
			env: { PORT: String(relayPort) },
			url: `http://127.0.0.1:${relayPort}`,
			reuseExistingServer: false,
			timeout: 30_000
		},
		{
			command: 'node garbage-relay.mjs',
			env: { PORT: String(garbageRelayPort) },
			url: `http://127.0.0.1:${garbageRelayPort}`,
			reuseExistingServer: false,
			timeout: 30_000
		},
		{
			command: `npx vite harness --host 127.0.0.1 --port ${harnessPort} --strictPort`,
			url: `http://127.0.0.1:${harnessPort}`,
			reuseExistingServer: false,
			timeout: 60_000
		}
	]
});
