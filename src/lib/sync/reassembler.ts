import { CHUNK_HEADER_BYTES, decodeChunkFrame, isChunkFrame } from './chunk-frame.js';
import type { ChunkFrame } from './chunk-frame.js';
import type { DropCode, DropLogger } from './drop-log.js';

/** Limits that keep a misbehaving peer from exhausting memory. */
export interface ReassemblerLimits {
	/** Largest reassembled message accepted, in bytes. */
	maxMessageBytes: number;
	/** Most partially received messages kept at once. */
	maxPendingMessages: number;
	/** A partial message with no new chunk for this long is dropped, in milliseconds. */
	idleTimeoutMs: number;
}

/** Default limits: 64 MiB is ~300k orders as the tests shape them (21 MB per 100k); 30 s idle. */
export const DEFAULT_REASSEMBLER_LIMITS: ReassemblerLimits = {
	maxMessageBytes: 64 * 1024 * 1024,
	maxPendingMessages: 4,
	idleTimeoutMs: 30_000
};

interface Pending {
	first: ChunkFrame;
	parts: Uint8Array[];
	received: number;
	timer: ReturnType<typeof setTimeout>;
}

/** Rebuilds messages from the chunk frames of one connection; see chunk-frame.ts. */
export class Reassembler {
	readonly #pending = new Map<number, Pending>();
	// Ids of recently dropped messages: their remaining chunks are ignored without one log each.
	readonly #dropped: number[] = [];
	readonly #limits: ReassemblerLimits;
	readonly #onDrop: DropLogger;

	constructor(onDrop: DropLogger, limits: Partial<ReassemblerLimits> = {}) {
		this.#onDrop = onDrop;
		// Skip undefined entries so `{ maxMessageBytes: undefined }` keeps the default limit.
		const given = Object.fromEntries(Object.entries(limits).filter(([, v]) => v !== undefined));
		this.#limits = { ...DEFAULT_REASSEMBLER_LIMITS, ...given };
	}

	/** Number of partially received messages held. */
	get pendingCount(): number {
		return this.#pending.size;
	}

	/**
	 * Takes one data-channel message: returns it untouched when unframed, the whole message when
	 * this was its last chunk, or null while chunks are missing or after a drop.
	 */
	receive(bytes: Uint8Array): Uint8Array | null {
		if (!isChunkFrame(bytes)) return bytes;
		const frame = decodeChunkFrame(bytes);
		if (!frame) return this.#drop('malformed-frame', bytes.length);
		const pending = this.#pending.get(frame.messageId);
		if (!pending && this.#dropped.includes(frame.messageId)) return null;
		if (!pending) return this.#start(frame);
		if (frame.count !== pending.first.count || frame.totalBytes !== pending.first.totalBytes) {
			return this.#discard(frame.messageId, 'inconsistent-header', bytes.length);
		}
		if (frame.index !== pending.parts.length) {
			return this.#discard(frame.messageId, 'out-of-order', bytes.length);
		}
		return this.#append(frame.messageId, pending, frame);
	}

	/** Forgets every partial message (the connection closed). */
	clear(): void {
		for (const pending of this.#pending.values()) clearTimeout(pending.timer);
		this.#pending.clear();
	}

	#start(frame: ChunkFrame): Uint8Array | null {
		const size = frame.payload.length + CHUNK_HEADER_BYTES;
		// count >= 2: a message that fits one frame is sent unframed; every chunk carries >= 1 byte.
		if (frame.count < 2 || frame.index >= frame.count || frame.totalBytes < frame.count) {
			return this.#discard(frame.messageId, 'bad-chunk-header', size);
		}
		if (frame.totalBytes > this.#limits.maxMessageBytes) {
			return this.#discard(frame.messageId, 'message-too-large', size);
		}
		if (frame.index !== 0) return this.#discard(frame.messageId, 'out-of-order', size);
		if (this.#pending.size >= this.#limits.maxPendingMessages) {
			return this.#discard(frame.messageId, 'too-many-pending', size);
		}
		const pending: Pending = {
			first: frame,
			parts: [],
			received: 0,
			timer: this.#arm(frame.messageId)
		};
		this.#pending.set(frame.messageId, pending);
		return this.#append(frame.messageId, pending, frame);
	}

	#append(id: number, pending: Pending, frame: ChunkFrame): Uint8Array | null {
		const { count, totalBytes } = pending.first;
		pending.received += frame.payload.length;
		const last = frame.index === count - 1;
		if (pending.received > totalBytes || (last && pending.received !== totalBytes)) {
			return this.#discard(id, 'bad-chunk-header', frame.payload.length);
		}
		// Copy: the channel may reuse the frame's buffer once this handler returns.
		pending.parts.push(frame.payload.slice());
		clearTimeout(pending.timer);
		if (!last) {
			pending.timer = this.#arm(id);
			return null;
		}
		this.#pending.delete(id);
		const message = new Uint8Array(totalBytes);
		let offset = 0;
		for (const part of pending.parts) {
			message.set(part, offset);
			offset += part.length;
		}
		return message;
	}

	#arm(id: number): ReturnType<typeof setTimeout> {
		return setTimeout(() => this.#discard(id, 'chunk-timeout'), this.#limits.idleTimeoutMs);
	}

	#discard(id: number, code: DropCode, bytes?: number): null {
		const pending = this.#pending.get(id);
		if (pending) clearTimeout(pending.timer);
		this.#pending.delete(id);
		this.#dropped.push(id);
		if (this.#dropped.length > 32) this.#dropped.shift();
		return this.#drop(code, bytes, `message ${id}`);
	}

	#drop(code: DropCode, bytes?: number, detail?: string): null {
		this.#onDrop({ code, bytes, detail });
		return null;
	}
}
