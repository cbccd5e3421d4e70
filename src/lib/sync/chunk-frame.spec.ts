import { describe, expect, it } from 'vitest';
import {
	CHUNK_HEADER_BYTES,
	DEFAULT_CHUNK_BYTES,
	decodeChunkFrame,
	encodeChunkFrame,
	isChunkFrame,
	splitMessage
} from './chunk-frame.js';
import { sameBytes } from './testing/fake-peer.js';

const bytes = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 31 + 7) % 256);

describe('splitMessage', () => {
	it('sends a message that fits one frame unframed, byte for byte', () => {
		const message = Uint8Array.of(0, 1, 2, 3);
		const frames = splitMessage(message, { messageId: 1 });
		expect(frames).toEqual([message]);
		expect(isChunkFrame(frames[0] as Uint8Array)).toBe(false);
	});

	it('cuts a 2 MB message into frames no larger than the chunk size', () => {
		const message = bytes(2_000_000);
		const frames = splitMessage(message, { messageId: 9 });
		expect(frames.length).toBe(Math.ceil(2_000_000 / (DEFAULT_CHUNK_BYTES - CHUNK_HEADER_BYTES)));
		for (const frame of frames) expect(frame.length).toBeLessThanOrEqual(DEFAULT_CHUNK_BYTES);
		const headers = frames.map((frame) => decodeChunkFrame(frame));
		expect(headers.map((h) => h?.index)).toEqual(frames.map((_, i) => i));
		expect(new Set(headers.map((h) => `${h?.messageId}/${h?.count}/${h?.totalBytes}`))).toEqual(
			new Set([`9/${frames.length}/2000000`])
		);
		const joined = new Uint8Array(message.length);
		let offset = 0;
		for (const h of headers) {
			joined.set(h?.payload ?? [], offset);
			offset += h?.payload.length ?? 0;
		}
		expect(offset).toBe(message.length);
		expect(sameBytes(joined, message)).toBe(true);
	});

	it('refuses a chunk size that leaves no room for payload', () => {
		expect(() =>
			splitMessage(bytes(100), { messageId: 1, chunkBytes: CHUNK_HEADER_BYTES })
		).toThrow(RangeError);
	});
});

describe('decodeChunkFrame', () => {
	it('reads back what encodeChunkFrame wrote, including ids above 2^31', () => {
		const frame = {
			messageId: 0xfffffff0,
			index: 3,
			count: 5,
			totalBytes: 1234,
			payload: bytes(10)
		};
		expect(decodeChunkFrame(encodeChunkFrame(frame))).toEqual(frame);
	});

	it('rejects frames that are too short or of another version', () => {
		const frame = encodeChunkFrame({
			messageId: 1,
			index: 0,
			count: 2,
			totalBytes: 4,
			payload: bytes(2)
		});
		expect(decodeChunkFrame(frame.subarray(0, CHUNK_HEADER_BYTES - 1))).toBeNull();
		const future = frame.slice();
		future[1] = 2;
		expect(decodeChunkFrame(future)).toBeNull();
	});
});
