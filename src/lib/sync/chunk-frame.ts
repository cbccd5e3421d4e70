/*
 * Chunk frames: how one oversized peer message travels as several data-channel messages.
 *
 * y-webrtc hands each protocol message to the data channel whole; Chromium refuses anything over
 * 256 KiB and y-webrtc swallows the error, so a fresh peer joining a large store never gets its
 * initial sync. Messages up to `chunkBytes` still go out untouched (byte-identical to y-webrtc's
 * own). Larger ones are cut into frames of at most `chunkBytes`, each carrying an 18-byte header:
 *
 *   0  marker 0xF5       y-webrtc message types are varints 0..4, so 0xF5 never starts one
 *   1  frame version 1
 *   2  message id  u32   per sending connection, so chunks of different messages never mix
 *   6  index       u32   0..count-1, sent in order on the ordered, reliable channel
 *  10  count       u32   >= 2 (a message that fits in one frame is never framed)
 *  14  total bytes u32   length of the reassembled message
 *  18  payload
 *
 * The receiver (see reassembler.ts) checks every header against the first chunk and its limits,
 * and drops the whole message on the first inconsistency.
 */

/** First byte of a chunk frame. */
export const CHUNK_MARKER = 0xf5;
/** Version of the chunk frame layout written in byte 1. */
export const CHUNK_FRAME_VERSION = 1;
/** Size of the chunk frame header, in bytes. */
export const CHUNK_HEADER_BYTES = 18;
/** Default largest data-channel message we send, in bytes (inside the 16-64 KiB safe range). */
export const DEFAULT_CHUNK_BYTES = 64 * 1024;

/** The header and payload of one chunk frame. */
export interface ChunkFrame {
	messageId: number;
	index: number;
	count: number;
	totalBytes: number;
	payload: Uint8Array;
}

/** Options to split one message into chunk frames. */
export interface SplitOptions {
	messageId: number;
	/** Largest frame, header included, in bytes. */
	chunkBytes?: number;
}

/** Splits `message` into frames, or returns it alone and unframed when it already fits. */
export function splitMessage(message: Uint8Array, options: SplitOptions): Uint8Array[] {
	const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
	if (chunkBytes <= CHUNK_HEADER_BYTES) throw new RangeError('chunkBytes must exceed the header');
	if (message.length <= chunkBytes) return [message];
	const payloadBytes = chunkBytes - CHUNK_HEADER_BYTES;
	const count = Math.ceil(message.length / payloadBytes);
	const frames: Uint8Array[] = [];
	for (let index = 0; index < count; index++) {
		const payload = message.subarray(index * payloadBytes, (index + 1) * payloadBytes);
		frames.push(
			encodeChunkFrame({
				messageId: options.messageId,
				index,
				count,
				totalBytes: message.length,
				payload
			})
		);
	}
	return frames;
}

/** Writes one chunk frame. */
export function encodeChunkFrame(frame: ChunkFrame): Uint8Array {
	const bytes = new Uint8Array(CHUNK_HEADER_BYTES + frame.payload.length);
	const view = new DataView(bytes.buffer);
	bytes[0] = CHUNK_MARKER;
	bytes[1] = CHUNK_FRAME_VERSION;
	view.setUint32(2, frame.messageId >>> 0);
	view.setUint32(6, frame.index);
	view.setUint32(10, frame.count);
	view.setUint32(14, frame.totalBytes);
	bytes.set(frame.payload, CHUNK_HEADER_BYTES);
	return bytes;
}

/** Whether a received data-channel message is a chunk frame (well-formed or not). */
export function isChunkFrame(bytes: Uint8Array): boolean {
	return bytes.length > 0 && bytes[0] === CHUNK_MARKER;
}

/** Reads a chunk frame's header, or returns null when it is too short or of an unknown version. */
export function decodeChunkFrame(bytes: Uint8Array): ChunkFrame | null {
	if (bytes.length < CHUNK_HEADER_BYTES || bytes[0] !== CHUNK_MARKER) return null;
	if (bytes[1] !== CHUNK_FRAME_VERSION) return null;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	return {
		messageId: view.getUint32(2),
		index: view.getUint32(6),
		count: view.getUint32(10),
		totalBytes: view.getUint32(14),
		payload: bytes.subarray(CHUNK_HEADER_BYTES)
	};
}
