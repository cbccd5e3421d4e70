// Runs the order-book benchmark of issue 3 in headless Chromium with real IndexedDB.
// Usage: npm run bench [-- --sizes=10000,100000] [-- --reuse]
// Seeds each store in one browser session, then measures in a new session (as a seller
// reopening the app), prints each figure beside its budget and merges them into
// bench/results.json. --reuse keeps the seeded profile in the temp folder between runs.
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const verbose = Boolean(process.env.BENCH_VERBOSE);
const sizesArg = process.argv.find((a) => a.startsWith('--sizes='));
const sizes = sizesArg ? sizesArg.slice(8).split(',').map(Number) : [10_000, 100_000];
const reuse = process.argv.includes('--reuse');
const budgets = {
	open: { 10000: 300, 100000: 1000 },
	heap: { 10000: 60, 100000: 300 }
};

const out = await mkdtemp(join(tmpdir(), 'comptoir-bench-'));
const profile = reuse ? join(tmpdir(), 'comptoir-bench-profile') : join(out, 'profile');
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
	const js = req.url === '/bench.js';
	res.writeHead(200, { 'content-type': js ? 'text/javascript' : 'text/html' });
	res.end(
		js
			? script
			: '<!doctype html><meta charset="utf-8"><script type="module" src="/bench.js"></script>'
	);
});
// IndexedDB is per origin: a reused profile needs the same port every run.
await new Promise((resolve) => server.listen(reuse ? 47311 : 0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const results = [];
function report(name, value, unit, budget = null) {
	const rounded = Math.round(value * 10) / 10;
	results.push({ name, value: rounded, unit, budget });
	const verdict = budget === null ? '' : rounded <= budget ? '  ok' : '  OVER BUDGET';
	const budgetText = budget === null ? '' : ` (budget <= ${budget} ${unit})`;
	console.log(`${name.padEnd(52)} ${String(rounded).padStart(9)} ${unit}${budgetText}${verdict}`);
}
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1];
const load = () =>
	loadavg()
		.map((x) => x.toFixed(1))
		.join(' ');

async function session(fn) {
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: '/usr/bin/chromium',
		headless: true,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
	});
	const page = await context.newPage();
	page.setDefaultTimeout(30 * 60_000);
	await page.goto(url);
	await page.waitForFunction(() => 'bench' in globalThis);
	try {
		return await fn(page, context);
	} finally {
		await context.close();
	}
}

async function heapMb(page, context) {
	const cdp = await context.newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	await cdp.detach();
	return usedSize / 1024 / 1024;
}

async function measure(size, label, page, context) {
	const name = `store-${size}`;
	const openMs = await page.evaluate((n) => globalThis.bench.openToFirstPage(n), name);
	report(`open to first page, ${label}`, openMs, 'ms', budgets.open[size] ?? null);
	const loaded = await page.evaluate(() => globalThis.bench.whenLoaded());
	if (loaded.orders < size) throw new Error(`only ${loaded.orders} orders loaded`);
	report(`CRDT loaded after first page, ${label} (index ${loaded.healed})`, loaded.ms, 'ms');
	const listMs = await page.evaluate(() => globalThis.bench.listReady());
	report(`order list in memory after CRDT load, ${label}`, listMs, 'ms');
	report(
		`JS heap with store open, ${label}`,
		await heapMb(page, context),
		'MB',
		budgets.heap[size] ?? null
	);
	const q = await page.evaluate(() => globalThis.bench.runQueries(3));
	report(
		`20 filters and searches, ${label}, p95`,
		p95(q.times),
		'ms',
		size === 100_000 ? 50 : null
	);
	report(`20 filters and searches, ${label}, max`, Math.max(...q.times), 'ms');
	if (verbose) console.log(q.times.map((t, i) => `${i % 20}:${Math.round(t)}`).join(' '));
	if (verbose)
		console.log('empty commits', await page.evaluate(() => globalThis.bench.emptyCommits(20)));
	const creates = await page.evaluate(() => globalThis.bench.createOrders(60));
	if (verbose) console.log('creates', creates.map(Math.round).join(' '));
	report(`create an order until on disk, ${label}, p95`, p95(creates.slice(10)), 'ms', 20);
	await page.evaluate(() => globalThis.bench.close());
}

try {
	for (const size of sizes) {
		const label = `${size / 1000}k`;
		const seeded = join(profile, `seeded-${size}`);
		const skip =
			reuse &&
			(await readFile(seeded).then(
				() => true,
				() => false
			));
		if (!skip) {
			console.log(`seeding ${label} (load average ${load()})`);
			const ms = await session((page) =>
				page.evaluate(([n, s]) => globalThis.bench.seed(n, s), [`store-${size}`, size])
			);
			report(`seed ${label} orders (batched, with index)`, ms / 1000, 's');
			if (reuse) await writeFile(seeded, 'yes');
		}
	}
	for (const size of sizes) {
		console.log(`measuring ${size / 1000}k (load average ${load()})`);
		await session((page, context) => measure(size, `${size / 1000}k`, page, context));
	}
	// Other jobs on a shared machine slow IndexedDB and the CPU: say how busy it was.
	report('load average (1 min) at the end of the bench', loadavg()[0], 'processes');
} finally {
	server.close();
	await rm(out, { recursive: true, force: true });
}

const file = join(here, 'results.json');
const previous = await readFile(file, 'utf8').then(JSON.parse, () => []);
const names = new Set(results.map((r) => r.name));
const merged = [...previous.filter((r) => !names.has(r.name)), ...results];
await writeFile(file, JSON.stringify(merged, null, '\t') + '\n');
console.log(`\nwrote ${file}`);
