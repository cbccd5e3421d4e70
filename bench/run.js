// Runs the order-book benchmark of issue 3 in headless Chromium with real IndexedDB.
// Usage: npm run bench [-- --sizes=10000,100000]
// Prints each figure beside its budget and merges them into bench/results.json.
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const sizesArg = process.argv.find((a) => a.startsWith('--sizes='));
const sizes = sizesArg ? sizesArg.slice(8).split(',').map(Number) : [10_000, 100_000];
const budgets = {
	'open to first page': { 10000: 300, 100000: 1000 },
	'JS heap with store open': { 10000: 60, 100000: 300 }
};

const out = await mkdtemp(join(tmpdir(), 'comptoir-bench-'));
await build({
	entryPoints: [join(here, 'entry.ts')],
	bundle: true,
	format: 'esm',
	platform: 'browser',
	target: 'es2022',
	outfile: join(out, 'bench.js'),
	logLevel: 'warning'
});
const script = await readFile(join(out, 'bench.js'));
const server = createServer((req, res) => {
	if (req.url === '/bench.js') {
		res.writeHead(200, { 'content-type': 'text/javascript' });
		res.end(script);
	} else {
		res.writeHead(200, { 'content-type': 'text/html' });
		res.end('<!doctype html><meta charset="utf-8"><script type="module" src="/bench.js"></script>');
	}
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const context = await chromium.launchPersistentContext(join(out, 'profile'), {
	executablePath: '/usr/bin/chromium',
	headless: true,
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
});

const results = [];
function report(name, value, unit, budget = null) {
	const rounded = Math.round(value * 10) / 10;
	results.push({ name, value: rounded, unit, budget });
	const verdict = budget === null ? '' : rounded <= budget ? '  ok' : '  OVER BUDGET';
	const budgetText = budget === null ? '' : ` (budget <= ${budget} ${unit})`;
	console.log(`${name.padEnd(48)} ${String(rounded).padStart(9)} ${unit}${budgetText}${verdict}`);
}
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1];

async function freshPage() {
	const page = await context.newPage();
	page.setDefaultTimeout(30 * 60_000);
	await page.goto(url);
	await page.waitForFunction(() => 'bench' in globalThis);
	return page;
}

async function heapMb(page) {
	const cdp = await context.newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	await cdp.detach();
	return usedSize / 1024 / 1024;
}

try {
	for (const size of sizes) {
		const label = size >= 1000 ? `${size / 1000}k` : String(size);
		const name = `store-${size}`;
		let page = await freshPage();
		console.log(`load average before ${label}: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
		const seedMs = await page.evaluate(([n, s]) => globalThis.bench.seed(n, s), [name, size]);
		report(`seed ${label} orders (batched, with index)`, seedMs / 1000, 's');
		await page.close();

		page = await freshPage();
		if (process.env.BENCH_VERBOSE) console.log(await page.evaluate((n) => globalThis.probeLoad(n), name));
		await page.close();
		page = await freshPage();
		const openMs = await page.evaluate((n) => globalThis.bench.openToFirstPage(n), name);
		report(
			`open to first page, ${label}`,
			openMs,
			'ms',
			budgets['open to first page'][size] ?? null
		);
		const loaded = await page.evaluate(() => globalThis.bench.whenLoaded());
		if (loaded.orders < size) throw new Error(`only ${loaded.orders} orders loaded`);
		report(`CRDT loaded after first page, ${label} (index ${loaded.healed})`, loaded.ms, 'ms');
		report(
			`JS heap with store open, ${label}`,
			await heapMb(page),
			'MB',
			budgets['JS heap with store open'][size] ?? null
		);
		if (process.env.BENCH_VERBOSE) console.log(await page.evaluate(() => globalThis.probe()));
		const listMs = await page.evaluate(() => globalThis.bench.listReady());
		report(`order list in memory after CRDT load, ${label}`, listMs, 'ms');
		const q = await page.evaluate(() => globalThis.bench.runQueries(3));
		report(
			`20 filters and searches, ${label}, p95`,
			p95(q.times),
			'ms',
			size === 100_000 ? 50 : null
		);
		report(`20 filters and searches, ${label}, max`, Math.max(...q.times), 'ms');
		if (process.env.BENCH_VERBOSE)
			console.log(
				q.times.map((t, i) => `${i % 20}:${Math.round(t)}`).join(' '),
				q.counts.join(',')
			);
		const creates = await page.evaluate(() => globalThis.bench.createOrders(60));
		report(`create an order until on disk, ${label}, p95`, p95(creates.slice(10)), 'ms', 20);
		await page.evaluate(() => globalThis.bench.close());
		await page.close();
	}
} finally {
	await context.close();
	server.close();
	await rm(out, { recursive: true, force: true });
}

// Other jobs on a shared machine slow IndexedDB and the CPU: say how busy it was.
report('load average (1 min) at the end of the bench', loadavg()[0], 'processes');

const file = join(here, 'results.json');
let previous = [];
try {
	previous = JSON.parse(await readFile(file, 'utf8'));
} catch {
	previous = [];
}
const names = new Set(results.map((r) => r.name));
const merged = [...previous.filter((r) => !names.has(r.name)), ...results];
await writeFile(file, JSON.stringify(merged, null, '\t') + '\n');
console.log(`\nwrote ${file}`);
