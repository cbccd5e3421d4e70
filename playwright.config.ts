import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium when present (CI installs it); Playwright's own browser otherwise.
const systemChromium = '/usr/bin/chromium';
const port = Number(process.env.COMPTOIR_E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	outputDir: `test-results/e2e-${port}`,
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: process.env.CI ? 'line' : 'list',
	// CI is a 2-core machine running two browsers: a test of a dozen page loads or a 1,000-order
	// store took 25–30 s there, at the edge of 30 s. Timeouts guard against hangs; speed budgets
	// live in `npm run bench`.
	timeout: 60_000,
	// A dev server compiles each page on first request: give it time on a busy machine.
	expect: { timeout: process.env.COMPTOIR_E2E_DEV ? 20_000 : 5_000 },
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: existsSync(systemChromium) ? systemChromium : undefined,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-features=WebRtcHideLocalIpsWithMdns'
			]
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
	webServer: [
		{
			// The service worker exists only in a production build, so tests run against `vite preview`.
			// COMPTOIR_E2E_DEV=1 runs a dev server instead, for quick runs of tests that need no
			// service worker while another build is in progress.
			command: `npx vite ${process.env.COMPTOIR_E2E_DEV ? 'dev' : 'preview'} --host 127.0.0.1 --port ${port} --strictPort`,
			url: `http://127.0.0.1:${port}`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000
		},
		{
			// y-webrtc's own signaling server on loopback, for the Devices tests (two browser
			// contexts pairing through the real UI). The app's default signaling address is the
			// page's host on port 4444.
			command: 'node tests/sync/signaling-loopback.mjs',
			env: { PORT: '4444' },
			url: 'http://127.0.0.1:4444',
			reuseExistingServer: !process.env.CI,
			timeout: 30_000
		},
		{
			// The standard Yjs relay on loopback, for the relay tests (tests/relay.e2e.ts). Its own
			// port: the sync suite runs another one on 4464.
			command: 'node tests/sync/relay-loopback.mjs',
			env: { PORT: '4466' },
			url: 'http://127.0.0.1:4466',
			reuseExistingServer: !process.env.CI,
			timeout: 30_000
		}
	]
});
