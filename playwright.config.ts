import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium when present (CI installs it); Playwright's own browser otherwise.
const systemChromium = '/usr/bin/chromium';
const port = 4173;

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	outputDir: 'test-results/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: process.env.CI ? 'line' : 'list',
	timeout: 30_000,
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
	webServer: {
		// The service worker exists only in a production build, so tests run against `vite preview`.
		command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
		url: `http://127.0.0.1:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
