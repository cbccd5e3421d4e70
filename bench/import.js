// Figures of issue 16 in headless Chromium with real IndexedDB: product CSV import (10k and
// 100k rows, parsed, checked, written in batches, on disk and indexed) and the backup import of
// a 10k-order store (checked, merged, on disk and indexed). Usage: node bench/import.js
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const out = await mkdtemp(join(tmpdir(), 'comptoir-bench-import-'));
await build({
	entryPoints: [join(here, 'import-entry.ts')],
	bundle: true,
	format: 'esm',
	platform: 'browser',
	target: 'es2022',
	outfile: join(out, 'bench.js'),
	logLevel: 'warning'
});
const script = await readFile(join(out, 'bench.js'));
const server = createServer((req, res) => {
	const js = req.url === '/bench.js';
	res.writeHead(200, { 'content-type': js ? 'text/javascript' : 'text/html' });
	res.end(
		js
			? script
			: '<!doctype html><meta charset="utf-8"><script type="module" src="/bench.js"></script>'
	);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;
const report = (name, value, unit, budget) => {
	const v = Math.round(value * 10) / 10;
	const verdict = v <= budget ? 'ok' : 'OVER BUDGET';
	console.log(
		`${name.padEnd(58)} ${String(v).padStart(9)} ${unit} (budget <= ${budget}) ${verdict}`
	);
};
const context = await chromium.launchPersistentContext(join(out, 'profile'), {
	executablePath: '/usr/bin/chromium',
	headless: true,
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
try {
	const page = await context.newPage();
	page.setDefaultTimeout(30 * 60_000);
	await page.goto(url);
	await page.waitForFunction(() => 'bench' in globalThis);
	console.log(
		`load average ${loadavg()
			.map((x) => x.toFixed(1))
			.join(' ')}`
	);
	for (const rows of [10_000, 100_000]) {
		const r = await page.evaluate((n) => globalThis.bench.productImport(n), rows);
		report(`product CSV import, ${rows / 1000}k rows, on disk and indexed`, r.ms / 1000, 's', 60);
	}
	const bytes = await page.evaluate(() => globalThis.bench.seedBackup(10_000));
	console.log(`backup of a 10k store: ${(bytes / 1e6).toFixed(1)} MB`);
	const b = await page.evaluate(() => globalThis.bench.backupImport());
	if (b.orders !== 10_000) throw new Error(`only ${b.orders} orders indexed`);
	report('backup import, 10k orders: checked (checksum, decode)', b.checkMs / 1000, 's', 3);
	report('backup import, 10k orders: checked, merged, on disk, indexed', b.ms / 1000, 's', 3);
} finally {
	await context.close();
	server.close();
	await rm(out, { recursive: true, force: true });
}
