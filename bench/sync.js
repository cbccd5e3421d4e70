// Sync and backup benchmark of issue 6, in headless Chromium on loopback:
//   - a fresh device receives 1,000 and 10,000 real demo orders over WebRTC (budget: 10k <= 15 s),
//     from opening its page until every order is in its CRDT;
//   - latency of one change between two connected devices (p95 <= 1 s);
//   - backup export and import of 10k orders (import: until on disk and indexed);
//   - face to face with no signaling server (issue 11): handshake to first order, a fresh 10k
//     sync, and the codes' size and QR version.
// Starts its own loopback signaling server and the sync harness (tests/sync/harness, bundled
// with bench/sync-entry.ts), one browser context per device; stops everything at the end.
// Usage: node bench/sync.js [--sizes=1000,10000] [--changes=40] [--only=face]
// Prints each figure beside its budget and merges them into bench/results.json.
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import QRCode from 'qrcode';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..');
const arg = (name, fallback) =>
	process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const sizes = arg('sizes', '1000,10000').split(',').map(Number);
const changes = Number(arg('changes', '40'));
const backupOrders = 10_000;
// `--only=face`: the face-to-face figures alone.
const only = arg('only', '');

const results = [];
function report(name, value, unit, budget = null) {
	const rounded = Math.round(value * 10) / 10;
	results.push({ name, value: rounded, unit, budget });
	const verdict = budget === null ? '' : rounded <= budget ? '  ok' : '  OVER BUDGET';
	const budgetText = budget === null ? '' : ` (budget <= ${budget} ${unit})`;
	console.log(`${name.padEnd(52)} ${String(rounded).padStart(9)} ${unit}${budgetText}${verdict}`);
}
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A port nobody listens on now. */
async function freePort() {
	const probe = createServer();
	await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
	const { port } = probe.address();
	await new Promise((resolve) => probe.close(resolve));
	return port;
}

/** y-webrtc's signaling server on 127.0.0.1 (the same script the sync tests use). */
async function startSignaling() {
	const port = await freePort();
	const child = spawn(process.execPath, [join(root, 'tests/sync/signaling-loopback.mjs')], {
		env: { ...process.env, PORT: String(port) },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	for (let i = 0; i < 100; i++) {
		const up = await fetch(`http://127.0.0.1:${port}`).then(
			() => true,
			() => false
		);
		if (up) return { url: `ws://127.0.0.1:${port}`, stop: () => child.kill() };
		await sleep(100);
	}
	child.kill();
	throw new Error('the signaling server did not start');
}

/** The harness page and its bundle, served on loopback. */
async function startHarness(out) {
	await build({
		entryPoints: [join(here, 'sync-entry.ts')],
		bundle: true,
		format: 'esm',
		platform: 'browser',
		target: 'es2022',
		outfile: join(out, 'sync-bench.js'),
		logLevel: 'warning'
	});
	const script = await readFile(join(out, 'sync-bench.js'));
	const page =
		'<!doctype html><meta charset="utf-8"><p id="state">starting</p>' +
		'<script type="module" src="/sync-bench.js"></script>';
	const server = createServer((req, res) => {
		const js = req.url === '/sync-bench.js';
		res.writeHead(200, { 'content-type': js ? 'text/javascript' : 'text/html' });
		res.end(js ? script : page);
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { url: `http://127.0.0.1:${server.address().port}/`, stop: () => server.close() };
}

const out = await mkdtemp(join(tmpdir(), 'comptoir-sync-bench-'));
const signaling = await startSignaling();
const harness = await startHarness(out);
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	headless: true,
	// Without mDNS hiding, WebRTC offers plain loopback candidates, as on a market's local network.
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-features=WebRtcHideLocalIpsWithMdns'
	]
});

/** One device: its own browser context (own IndexedDB), the harness page with `params`. */
async function openDevice(params) {
	const context = await browser.newContext();
	const page = await context.newPage();
	page.setDefaultTimeout(5 * 60_000);
	const query = new URLSearchParams({ signaling: signaling.url, password: 'bench', ...params });
	await page.goto(`${harness.url}?${query}`);
	await page.waitForFunction(() => document.getElementById('state')?.textContent === 'ready');
	return { page, close: () => context.close() };
}

const count = (device) => device.page.evaluate(() => window.harness.orders());

async function measureSync(size) {
	const label = `${size / 1000}k`;
	const room = `comptoir-bench-${Math.random().toString(36).slice(2)}`;
	const source = await openDevice({ room, demo: size });
	const expected = await count(source);
	const bytes = await source.page.evaluate(() => window.harness.encodedBytes());
	report(`store of ${label} demo orders, encoded`, bytes / 1024 / 1024, 'MB');

	const started = Date.now();
	const fresh = await openDevice({ room });
	// Opening the page, signaling and the WebRTC handshake take a while before any data moves:
	// said apart from the transfer itself, which is what a larger store makes longer.
	let connectedAt = null;
	while ((await count(fresh)) < expected) {
		if (Date.now() - started > 120_000) throw new Error(`${label}: sync did not finish`);
		if (connectedAt === null && (await fresh.page.evaluate(() => window.harness.connectedPeers())))
			connectedAt = Date.now();
		await sleep(50);
	}
	const seconds = (Date.now() - started) / 1000;
	report(
		`fresh-device sync, ${label} orders (WebRTC loopback)`,
		seconds,
		's',
		size === 10_000 ? 15 : null
	);
	report(
		`  of which opening and connecting, ${label}`,
		((connectedAt ?? Date.now()) - started) / 1000,
		's'
	);
	return { source, fresh, label };
}

async function measureLatency({ source, fresh, label }) {
	const times = [];
	for (let i = 0; i < changes; i++) {
		// Both directions, one change at a time, with a pause as between two sales.
		const [from, to] = i % 2 ? [fresh, source] : [source, fresh];
		const key = `probe-${i}`;
		const sent = await from.page.evaluate((k) => window.harness.stamp(k), key);
		const handle = await to.page.waitForFunction((k) => window.harness.arrivedAt(k), key, {
			polling: 10,
			timeout: 10_000
		});
		times.push((await handle.jsonValue()) - sent);
		await sleep(100);
	}
	report(`one change between two devices, ${label} store, p95`, p95(times), 'ms', 1000);
	report(`one change between two devices, ${label} store, max`, Math.max(...times), 'ms');
}

/** Face to face, no signaling server: handshake to first byte, a fresh 10k sync, code sizes. */
async function measureFaceToFace(size) {
	const label = `${size / 1000}k`;
	const room = `comptoir-${randomBytes(16).toString('base64url')}`;
	const password = randomBytes(32).toString('base64url');
	const source = await openDevice({ room, password, demo: size, face: '1' });
	const expected = await count(source);
	const fresh = await openDevice({ room, password, face: '1' });
	const started = Date.now();
	const offer = await source.page.evaluate(() => window.harness.face.offer());
	const offered = Date.now();
	const answer = await fresh.page.evaluate((code) => window.harness.face.answer(code), offer);
	const answered = Date.now();
	await source.page.evaluate((code) => window.harness.face.accept(code), answer);
	const accepted = Date.now();
	let openAt = null;
	let firstAt = null;
	for (;;) {
		if (Date.now() - started > 120_000)
			throw new Error(`${label}: face-to-face sync did not finish`);
		// The data channel is open: the first bytes (sync step 1) leave at once.
		if (openAt === null && (await fresh.page.evaluate(() => window.harness.connectedPeers())) > 0)
			openAt = Date.now();
		const received = await count(fresh);
		if (firstAt === null && received > 0) firstAt = Date.now();
		if (received >= expected) break;
		await sleep(20);
	}
	const done = Date.now();
	// Codes are ASCII (`C1` + base64url): one byte a character, in a byte-mode QR code.
	report('face-to-face offer code', Buffer.byteLength(offer), 'bytes');
	report('face-to-face offer QR version (level M)', qrVersion(offer), '');
	report('face-to-face answer code', Buffer.byteLength(answer), 'bytes');
	report('face-to-face answer QR version (level M)', qrVersion(answer), '');
	report('face-to-face: offer ready (gathering)', offered - started, 'ms');
	report('face-to-face: answer ready (gathering)', answered - offered, 'ms');
	report('face-to-face: answer applied to channel open', (openAt ?? done) - accepted, 'ms');
	report('face-to-face: handshake to first byte (loopback)', (openAt ?? done) - started, 'ms');
	// A fresh device applies the store's first sync message whole: its first order is its last.
	report('face-to-face: handshake to first order', (firstAt ?? done) - started, 'ms');
	report(`face-to-face: fresh-device sync, ${label} orders`, (done - started) / 1000, 's', 15);
	await source.close();
	await fresh.close();
}

function qrVersion(text) {
	return QRCode.create(text, { errorCorrectionLevel: 'M' }).version;
}

async function measureBackup() {
	const context = await browser.newContext();
	const page = await context.newPage();
	page.setDefaultTimeout(10 * 60_000);
	// The harness's own device joins a room of its own and stays alone there.
	const query = new URLSearchParams({ signaling: signaling.url, room: 'comptoir-bench-backup' });
	await page.goto(`${harness.url}?${query}`);
	await page.waitForFunction(() => 'syncBench' in globalThis);
	const figures = await page.evaluate((n) => globalThis.syncBench.backup(n), backupOrders);
	await context.close();
	if (figures.orders !== backupOrders) throw new Error(`only ${figures.orders} orders imported`);
	report('backup export, 10k orders', figures.exportMs, 'ms');
	report('backup import, 10k orders, checked and merged', figures.mergeMs, 'ms');
	report('backup import, 10k orders, on disk and indexed', figures.importMs, 'ms');
	report('backup file, 10k orders', figures.bytes / 1024 / 1024, 'MB');
}

try {
	for (const size of only === 'face' ? [] : sizes) {
		console.log(`sync of ${size / 1000}k orders (load average ${loadavg()[0].toFixed(1)})`);
		const pair = await measureSync(size);
		if (size === Math.max(...sizes)) await measureLatency(pair);
		await pair.source.close();
		await pair.fresh.close();
	}
	console.log(`face to face, 10k orders (load average ${loadavg()[0].toFixed(1)})`);
	await measureFaceToFace(10_000);
	if (only !== 'face') {
		console.log(`backup of 10k orders (load average ${loadavg()[0].toFixed(1)})`);
		await measureBackup();
	}
	report('load average (1 min) at the end of the sync bench', loadavg()[0], 'processes');
} finally {
	await browser.close();
	harness.stop();
	signaling.stop();
	await rm(out, { recursive: true, force: true });
}

const file = join(here, 'results.json');
const previous = await readFile(file, 'utf8').then(JSON.parse, () => []);
const names = new Set(results.map((r) => r.name));
const merged = [...previous.filter((r) => !names.has(r.name)), ...results];
await writeFile(file, JSON.stringify(merged, null, '\t') + '\n');
console.log(`\nwrote ${file}`);
