/**
 * The standalone verifier (bin/verify-archive.mjs): built from the domain's code and committed,
 * it accepts an intact archive and names the line of an edited one.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeArchive } from '$lib/domain/journal/archive';
import { closingsOf } from '$lib/domain/journal/closing';
import { periodBounds } from '$lib/domain/journal/period';
import {
	simAppend,
	simClose,
	simDevice,
	simSnapshot,
	simViews
} from '$lib/domain/journal/simulation';

function archive(): string {
	const a = simDevice('till-a');
	const at = periodBounds('2026-05-04').start + 10 * 3_600_000;
	for (let i = 0; i < 5; i++) {
		simAppend(a, {
			at: at + i,
			kind: 'sale',
			ref: `o${i}`,
			sales: [{ rate: 2000, net: 1000, vat: 200, gross: 1200 }],
			pay: [{ method: 'Espèces', amount: 1200 }],
			info: { number: `A-${i + 1}` }
		});
	}
	simClose(a, { level: 'day', period: '2026-05-04', at: at + 3_600_000 });
	const closing = closingsOf(simViews(a))[0]!;
	const snap = simSnapshot(a, [a]);
	const entries = new Map(
		[...snap.entries].map(([d, l]) => [d, [...l].sort((x, y) => x.seq - y.seq)])
	);
	return writeArchive({
		header: {
			store: 'Les Ruches de Léa',
			level: 'day',
			period: '2026-05-04',
			closing: `${closing.record.device}:${closing.record.seq}`,
			createdAt: at,
			heads: [],
			counts: [{ device: 'till-a', entries: 6 }]
		},
		entries,
		documents: [{ id: 'o1', number: 'A-1', total: 1200 }]
	});
}

describe('bin/verify-archive.mjs', () => {
	it('is up to date with the domain code it is built from', async () => {
		const { buildVerifiers } = await import('../bin/src/build.mjs');
		const built = await buildVerifiers();
		expect(
			built.mjs === readFileSync('bin/verify-archive.mjs', 'utf8'),
			'run node bin/src/build.mjs'
		).toBe(true);
		expect(
			built.html === readFileSync('bin/verify-archive.html', 'utf8'),
			'run node bin/src/build.mjs'
		).toBe(true);
	});

	it('says an intact archive is intact, and names the line of an edited one', () => {
		const dir = mkdtempSync(join(tmpdir(), 'comptoir-archive-'));
		const good = join(dir, 'good.txt');
		const text = archive();
		writeFileSync(good, text);
		const out = execFileSync('node', ['bin/verify-archive.mjs', good], { encoding: 'utf8' });
		expect(out).toContain('INTÈGRE / INTACT');
		expect(out).toContain('TTC 60.00');
		const lines = text.split('\n');
		const n = lines.findIndex((l) => l.includes('"number":"A-3"'));
		lines[n] = lines[n]!.replace('"gross":1200', '"gross":1100');
		const bad = join(dir, 'bad.txt');
		writeFileSync(bad, lines.join('\n'));
		const r = spawnSync('node', ['bin/verify-archive.mjs', bad], { encoding: 'utf8' });
		expect(r.status).toBe(1);
		expect(r.stdout).toContain('ALTÉRÉE / BROKEN');
		expect(r.stdout).toContain(`ligne/line ${n + 1}: écriture modifiée`);
	});
});
