// Paper benchmark of issue 5: one invoice PDF, a 100-invoice batch PDF, CSV export of 100k orders.
// Runs in Node on demo orders (pure CPU work: jsPDF and PapaParse, no IndexedDB involved).
// Usage: node bench/paper.js   (chain after the main bench: npm run bench && node bench/paper.js)
// Prints each figure beside its budget and merges them into bench/results.json.
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const out = await mkdtemp(join(tmpdir(), 'comptoir-paper-bench-'));
const outfile = join(out, 'paper-bench.mjs');
await build({
	entryPoints: [join(here, 'paper', 'entry.ts')],
	bundle: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	outfile,
	// jsPDF's optional HTML/SVG helpers are never used here.
	external: ['canvg', 'html2canvas', 'dompurify', 'core-js'],
	banner: {
		js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);"
	},
	logLevel: 'warning'
});
const { measure } = await import(pathToFileURL(outfile).href);
const figures = await measure({ fontRoot: join(here, '..', 'static', 'fonts') + '/' });
await rm(out, { recursive: true, force: true });

const results = [];
function report(name, value, unit, budget = null) {
	const rounded = Math.round(value * 10) / 10;
	results.push({ name, value: rounded, unit, budget });
	const verdict = budget === null ? '' : rounded <= budget ? '  ok' : '  OVER BUDGET';
	const budgetText = budget === null ? '' : ` (budget <= ${budget} ${unit})`;
	console.log(`${name.padEnd(48)} ${String(rounded).padStart(9)} ${unit}${budgetText}${verdict}`);
}
// CPU time is printed beside wall-clock time: on a shared, loaded machine the wall clock mostly
// measures the other processes (the load average is printed for that reason).
console.log(
	`load average ${loadavg()
		.map((l) => l.toFixed(1))
		.join(' ')} on ${cpus().length} CPUs`
);
report('one invoice PDF (fonts embedded)', figures.invoice, 'ms');
report('one invoice PDF, CPU time', figures.invoiceCpu, 'ms');
report('100-invoice batch PDF', figures.batch, 'ms', 1500);
report('100-invoice batch PDF, CPU time', figures.batchCpu, 'ms');
report('CSV export, 100k orders (all columns)', figures.csv, 'ms', 2000);
report('CSV export, 100k orders, CPU time', figures.csvCpu, 'ms');
report('CSV size, 100k orders', figures.csvMB, 'MB');

const file = join(here, 'results.json');
let previous = [];
try {
	previous = JSON.parse(await readFile(file, 'utf8'));
} catch {
	previous = [];
}
const names = new Set(results.map((r) => r.name));
const merged = [...previous.filter((r) => !names.has(r.name)), ...results];
await writeFile(file, `${JSON.stringify(merged, null, '\t')}\n`);
