import { describe, expect, it } from 'vitest';
import { runEach, summarise } from './bulk';

describe('runEach', () => {
	it('runs every id, keeps going after refusals and failures, reports in id order', async () => {
		const seen: number[] = [];
		const report = await runEach(['a', 'b', 'c', 'd'], {
			concurrency: 2,
			act: async (id) => {
				await new Promise((r) => setTimeout(r, id === 'a' ? 5 : 0));
				if (id === 'b') return 'not allowed';
				if (id === 'd') throw new Error('disk full');
				return null;
			},
			onProgress: (n) => seen.push(n)
		});
		expect(report).toEqual({
			changed: 2,
			refused: [
				{ id: 'b', reason: 'not allowed' },
				{ id: 'd', reason: 'disk full' }
			]
		});
		expect(seen).toEqual([1, 2, 3, 4]);
	});

	it('never runs more than the concurrency at once', async () => {
		let running = 0;
		let peak = 0;
		await runEach(
			Array.from({ length: 20 }, (_, i) => String(i)),
			{
				concurrency: 3,
				act: async () => {
					peak = Math.max(peak, ++running);
					await new Promise((r) => setTimeout(r, 1));
					running--;
					return null;
				}
			}
		);
		expect(peak).toBe(3);
	});

	it('handles an empty selection', async () => {
		expect(await runEach([], { act: async () => null })).toEqual({ changed: 0, refused: [] });
	});
});

describe('summarise', () => {
	it('counts changed orders', () => {
		expect(summarise([{ id: 'x', refusal: null }]).changed).toBe(1);
	});
});
