// Journal figures of issue 13, in Node (the domain code is the same in the browser):
// verify 100k entries from 3 devices (budget 2 s), close a day of 500 sales, archive a year of
// 20k orders and verify that archive. Usage: node bench/journal.js
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const out = await mkdtemp(join(tmpdir(), 'comptoir-journal-bench-'));
const file = join(out, 'journal.mjs');
await build({
	entryPoints: [join(here, 'journal-entry.ts')],
	bundle: true,
	format: 'esm',
	platform: 'node',
	target: 'es2022',
	outfile: file,
	logLevel: 'warning'
});
const { run } = await import(pathToFileURL(file).href);
const { cpu: figures, wall } = run();
await rm(out, { recursive: true, force: true });
const budget = { verifyMs: 2000 };
console.log(`load average ${loadavg()[0].toFixed(2)}`);
console.log('figure                     cpu ms   (wall ms)');
for (const [name, value] of Object.entries(figures)) {
	const b = budget[name];
	const w = wall[name] === undefined ? '' : `   (${wall[name]} wall)`;
	const verdict = b ? `  budget ${b} cpu: ${value <= b ? 'ok' : 'OVER'}` : '';
	console.log(`${name.padEnd(22)} ${String(value).padStart(8)}${w}${verdict}`);
}
