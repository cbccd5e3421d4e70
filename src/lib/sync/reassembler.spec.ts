import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeChunkFrame, splitMessage } from './chunk-frame.js';
import type { DropEvent } from './drop-log.js';
import { Reassembler } from './reassembler.js';

const bytes = (length: number, seed = 1) =>
	Uint8Array.from({ length }, (_, i) => (i * seed + 3) % 251);

function setup(limits = {}) {
	const drops: DropEvent[] = [];
	const reassembler = new Reassembler((event) => drops.push(event), limits);
	return { drops, reassembler, codes: () => drops.map((d) => d.code) };
}

const frame = (over: Partial<Parameters<typeof encodeChunkFrame>[0]> = {}) =>
	encodeChunkFrame({
		messageId: 1,
		index: 0,
		count: 2,
		totalBytes: 20,
		payload: bytes(10),
		...over
	});

afterEach(() => vi.useRealTimers());

describe('Reassembler', () => {
	it('passes unframed messages through untouched', () => {
		const { reassembler } = setup();
		const message = Uint8Array.of(0, 2, 5);
		expect(reassembler.receive(message)).toBe(message);
	});

	it('rebuilds a chunked message, even with another message interleaved', () => {
		const { reassembler, drops } = setup();
		const a = bytes(5000, 3);
		const b = bytes(3000, 7);
		const framesA = splitMessage(a, { messageId: 1, chunkBytes: 1000 });
		const framesB = splitMessage(b, { messageId: 2, chunkBytes: 1000 });
		const results: (Uint8Array | null)[] = [];
		for (let i = 0; i < Math.max(framesA.length, framesB.length); i++) {
			if (framesA[i]) results.push(reassembler.receive(framesA[i] as Uint8Array));
			if (framesB[i]) results.push(reassembler.receive(framesB[i] as Uint8Array));
		}
		const done = results.filter((r) => r !== null);
		expect(done).toEqual([b, a]);
		expect(drops).toEqual([]);
		expect(reassembler.pendingCount).toBe(0);
	});

	it('drops frames with a broken header', () => {
		const { reassembler, codes } = setup();
		expect(reassembler.receive(Uint8Array.of(0xf5, 1, 0))).toBeNull();
		expect(reassembler.receive(frame({ count: 1, totalBytes: 10 }))).toBeNull();
		expect(reassembler.receive(frame({ messageId: 2, index: 2 }))).toBeNull();
		expect(reassembler.receive(frame({ messageId: 3, totalBytes: 1 }))).toBeNull();
		expect(codes()).toEqual([
			'malformed-frame',
			'bad-chunk-header',
			'bad-chunk-header',
			'bad-chunk-header'
		]);
		expect(reassembler.pendingCount).toBe(0);
	});

	it('refuses a declared total above the limit before buffering anything', () => {
		const { reassembler, codes } = setup({ maxMessageBytes: 1000 });
		expect(reassembler.receive(frame({ totalBytes: 1001, count: 200 }))).toBeNull();
		expect(codes()).toEqual(['message-too-large']);
		expect(reassembler.pendingCount).toBe(0);
	});

	it('drops a message whose chunks disagree, arrive out of order, or overflow the total', () => {
		const { reassembler, codes } = setup();
		reassembler.receive(frame({ messageId: 1 }));
		expect(
			reassembler.receive(frame({ messageId: 1, index: 1, count: 3, totalBytes: 20 }))
		).toBeNull();
		reassembler.receive(frame({ messageId: 2, count: 3, totalBytes: 30 }));
		expect(
			reassembler.receive(frame({ messageId: 2, index: 2, count: 3, totalBytes: 30 }))
		).toBeNull();
		reassembler.receive(frame({ messageId: 3 }));
		expect(reassembler.receive(frame({ messageId: 3, index: 1, payload: bytes(11) }))).toBeNull();
		reassembler.receive(frame({ messageId: 4 }));
		expect(reassembler.receive(frame({ messageId: 4, index: 1, payload: bytes(9) }))).toBeNull();
		expect(codes()).toEqual([
			'inconsistent-header',
			'out-of-order',
			'bad-chunk-header',
			'bad-chunk-header'
		]);
		expect(reassembler.pendingCount).toBe(0);
	});

	it('ignores the rest of a dropped message without logging each chunk', () => {
		const { reassembler, codes } = setup();
		const frames = splitMessage(bytes(5000), { messageId: 7, chunkBytes: 1000 });
		reassembler.receive(frames[0] as Uint8Array);
		reassembler.receive(frames[2] as Uint8Array);
		for (const f of frames.slice(3)) expect(reassembler.receive(f)).toBeNull();
		expect(codes()).toEqual(['out-of-order']);
	});

	it('keeps a default limit that a caller passed as undefined', () => {
		const { reassembler, codes } = setup({ maxMessageBytes: undefined });
		expect(reassembler.receive(frame({ totalBytes: 65 * 1024 * 1024, count: 2000 }))).toBeNull();
		expect(codes()).toEqual(['message-too-large']);
	});

	it('bounds the number of messages in progress', () => {
		const { reassembler, codes } = setup({ maxPendingMessages: 2 });
		reassembler.receive(frame({ messageId: 1 }));
		reassembler.receive(frame({ messageId: 2 }));
		expect(reassembler.receive(frame({ messageId: 3 }))).toBeNull();
		expect(codes()).toEqual(['too-many-pending']);
		expect(reassembler.pendingCount).toBe(2);
	});

	it('frees a chunk stream that never completes after the idle timeout', () => {
		vi.useFakeTimers();
		const { reassembler, codes } = setup({ idleTimeoutMs: 1000 });
		const frames = splitMessage(bytes(3000), { messageId: 5, chunkBytes: 1000 });
		reassembler.receive(frames[0] as Uint8Array);
		vi.advanceTimersByTime(900);
		reassembler.receive(frames[1] as Uint8Array);
		vi.advanceTimersByTime(900);
		expect(reassembler.pendingCount).toBe(1);
		vi.advanceTimersByTime(200);
		expect(reassembler.pendingCount).toBe(0);
		expect(codes()).toEqual(['chunk-timeout']);
		expect(reassembler.receive(frames[2] as Uint8Array)).toBeNull();
	});

	it('clear() forgets partial messages and their timers', () => {
		vi.useFakeTimers();
		const { reassembler, codes } = setup({ idleTimeoutMs: 1000 });
		reassembler.receive(frame());
		reassembler.clear();
		vi.advanceTimersByTime(5000);
		expect(reassembler.pendingCount).toBe(0);
		expect(codes()).toEqual([]);
	});
});
