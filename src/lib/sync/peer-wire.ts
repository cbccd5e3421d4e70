/*
 * Wraps one y-webrtc peer connection (a simple-peer instance) so that:
 * - everything y-webrtc sends goes through splitMessage and a PacedSender (never > chunkBytes);
 * - everything received is reassembled, then either routed to Comptoir's own control handler
 *   (first byte CONTROL_MARKER) or checked by checkPeerMessage before y-webrtc's own 'data'
 *   listener sees it. Dropped messages go to the DropLogger and never reach the document.
 * It only replaces the instance's `send` and moves its 'data' listeners: no y-webrtc code is
 * copied, and a peer without this wrapper still talks to one with it for messages <= chunkBytes.
 */
import { DEFAULT_CHUNK_BYTES, splitMessage } from './chunk-frame.js';
import type { DropLogger } from './drop-log.js';
import { checkPeerMessage } from './message-guard.js';
import { PacedSender } from './paced-sender.js';
import { Reassembler } from './reassembler.js';
import type { ReassemblerLimits } from './reassembler.js';

/** First byte of Comptoir's own peer-to-peer messages (never a y-webrtc message type). */
export const CONTROL_MARKER = 0xf6;

type Listener = (...args: unknown[]) => void;

/** The part of a simple-peer instance that the wrapper relies on. */
export interface PeerLike {
	send(data: Uint8Array): void;
	on(event: string, listener: Listener): unknown;
	removeListener(event: string, listener: Listener): unknown;
	listeners(event: string): Function[]; // eslint-disable-line @typescript-eslint/no-unsafe-function-type
	readonly bufferSize?: number;
	readonly connected?: boolean;
	destroy?(): void;
}

/** Options of {@link wirePeer}. */
export interface WireOptions {
	peerId?: string;
	onDrop: DropLogger;
	/** Called on every data-channel message received, before any check. */
	onActivity?: () => void;
	/** Receives each reassembled Comptoir control message, marker byte included. */
	onControl?: (message: Uint8Array) => void;
	/** Largest data-channel message sent, in bytes. */
	chunkBytes?: number;
	/** Asked about each message larger than `chunkBytes`: true means the peer needs none of it. */
	skipLarge?: (message: Uint8Array) => boolean;
	highWaterBytes?: number;
	limits?: Partial<ReassemblerLimits>;
}

/** A wrapped peer: send Comptoir control messages through it, or restore it. */
export interface WiredPeer {
	sendControl(message: Uint8Array): void;
	unwire(): void;
}

const wired = new WeakMap<PeerLike, WiredPeer>();

/** Wraps a peer once (later calls return the same handle); call before it connects. */
export function wirePeer(peer: PeerLike, options: WireOptions): WiredPeer {
	const existing = wired.get(peer);
	if (existing) return existing;
	const peerId = options.peerId;
	const onDrop: DropLogger = (event) => options.onDrop({ ...event, peerId });
	const originalSend = peer.send;
	const sender = new PacedSender({
		send: (bytes) => originalSend.call(peer, bytes),
		bufferedAmount: () => peer.bufferSize ?? 0,
		highWaterBytes: options.highWaterBytes,
		// y-webrtc sends updates to peers still connecting and ignores the error: they get the same
		// data in sync step 2 once connected. Only a failure on a live channel is worth a log.
		onError: (error) => {
			if (peer.connected) onDrop({ code: 'send-failed', detail: String(error) });
		}
	});
	const reassembler = new Reassembler(onDrop, options.limits);
	let nextId = 0;
	const send = (message: Uint8Array) => {
		// No `peer.connected` check here: simple-peer delivers data (and y-webrtc answers it)
		// before it emits 'connect', while `connected` is still false.
		const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
		if (message.length > chunkBytes && options.skipLarge?.(message)) return;
		nextId = (nextId + 1) >>> 0;
		sender.push(splitMessage(message, { messageId: nextId, chunkBytes }));
	};

	const yWebrtcListeners = peer.listeners('data') as Listener[];
	for (const listener of yWebrtcListeners) peer.removeListener('data', listener);
	const onData: Listener = (data) => {
		options.onActivity?.();
		const message = reassembler.receive(toBytes(data));
		if (!message) return;
		if (message[0] === CONTROL_MARKER) return options.onControl?.(message);
		const problem = checkPeerMessage(message);
		if (problem) return onDrop({ code: problem, bytes: message.length });
		for (const listener of yWebrtcListeners) {
			try {
				listener(message);
			} catch (error) {
				onDrop({ code: 'handler-threw', bytes: message.length, detail: String(error) });
			}
		}
	};
	const onClose: Listener = () => {
		sender.clear();
		reassembler.clear();
	};
	peer.on('data', onData);
	peer.on('close', onClose);
	Object.defineProperty(peer, 'send', { value: send, configurable: true, writable: true });

	const handle: WiredPeer = {
		sendControl: send,
		unwire() {
			onClose();
			peer.removeListener('data', onData);
			peer.removeListener('close', onClose);
			for (const listener of yWebrtcListeners) peer.on('data', listener);
			Object.defineProperty(peer, 'send', {
				value: originalSend,
				configurable: true,
				writable: true
			});
			wired.delete(peer);
		}
	};
	wired.set(peer, handle);
	return handle;
}

function toBytes(data: unknown): Uint8Array {
	if (data instanceof Uint8Array) return data;
	if (data instanceof ArrayBuffer) return new Uint8Array(data);
	if (typeof data === 'string') return new TextEncoder().encode(data);
	return new Uint8Array(0);
}
