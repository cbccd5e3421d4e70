import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../package.json';

// What the app imports ships in its bundle: it must be a `dependency`, so that
// `npm audit --omit=dev` (part of `npm test`) checks it. Svelte and SvelteKit are compiled into
// the app by the build and stay build tools; test helpers and fixtures do not ship.
const framework = /^(svelte|@sveltejs\/kit)$/;
const notShipped = /(\.spec\.ts|\.d\.ts|\/testing\.ts)$|\/(testing|fixtures)\//;

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sources(path);
		return /\.(ts|js|svelte)$/.test(entry.name) && !notShipped.test(path) ? [path] : [];
	});
}

function packagesImported(code: string): string[] {
	const specifiers = [
		...code.matchAll(/\bfrom\s+'([^']+)'/g),
		...code.matchAll(/\bimport\s*\(\s*'([^']+)'\s*\)/g),
		...code.matchAll(/^\s*import\s+'([^']+)'/gm)
	].map((m) => m[1]!);
	return specifiers
		.filter((s) => !/^(\.|\$|node:|virtual:|~)/.test(s))
		.map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!));
}

describe('shipped dependencies', () => {
	it('every package the app imports is in "dependencies", never only in devDependencies', () => {
		const shipped = new Set(Object.keys(pkg.dependencies));
		const missing = new Set<string>();
		for (const file of sources('src'))
			for (const name of packagesImported(readFileSync(file, 'utf8')))
				if (!framework.test(name) && !shipped.has(name)) missing.add(`${name} (${file})`);
		expect([...missing]).toEqual([]);
	});

	it('npm test runs npm audit of what ships first', () => {
		expect(pkg.scripts.test.split('&&')[0]!.trim()).toBe('npm run audit');
		expect(readFileSync('scripts/audit.js', 'utf8')).toContain("'--omit=dev'");
	});
});
