import { createMutex } from 'lib0/mutex';
import { describe, expect, it } from 'vitest';
import { tabEchoOrigin } from './tab-echo';

describe('tabEchoOrigin', () => {
	it('is true only for the room origin, inside the room mutex', () => {
		const room = { mux: createMutex() };
		const fromTab = tabEchoOrigin(room);
		const seen: boolean[] = [];
		seen.push(fromTab(room));
		room.mux(() => {
			seen.push(fromTab(room));
			seen.push(fromTab({}));
		});
		seen.push(fromTab(room));
		expect(seen).toEqual([false, true, false, false]);
	});

	it('keeps the mutex semantics: a nested call runs the fallback, and the flag drops after a throw', () => {
		const room = { mux: createMutex() };
		const fromTab = tabEchoOrigin(room);
		const calls: string[] = [];
		room.mux(() => {
			room.mux(
				() => calls.push('nested'),
				() => calls.push('fallback')
			);
		});
		expect(calls).toEqual(['fallback']);
		expect(() =>
			room.mux(() => {
				throw new Error('bad message');
			})
		).toThrow('bad message');
		expect(fromTab(room)).toBe(false);
	});
});
