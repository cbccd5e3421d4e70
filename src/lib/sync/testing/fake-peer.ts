/*
 * Test doubles for y-webrtc's transport, used by the sync specs:
 * - FakePeer behaves like a simple-peer instance over a Chromium data channel: ordered, async
 *   delivery, and a send that throws above 256 KiB (the limit FACTS §3 measured).
 * - mimicWebrtcConn reproduces what y-webrtc 10's WebrtcConn and Room do with a peer: sync
 *   step 1 on connect, answer what it reads with y-protocols, broadcast every document update,
 *   and swallow send errors, which is how the large-store bug stays silent.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';

type Listener = (...args: unknown[]) => void;

/** Largest message a Chromium data channel accepts, in bytes. */
export const CHROMIUM_MAX_MESSAGE_BYTES = 256 * 1024;

/** An in-memory stand-in for a connected simple-peer instance. */
export class FakePeer {
	/** simple-peer's `connected`: true only once 'connect' fired, after data may already flow. */
	connected = false;
	/** Whether the underlying data channel is open (sending works). */
	open = false;
	bufferSize = 0;
	remote: FakePeer | null = null;
	/** Every message handed to the channel, in order. */
	readonly wire: Uint8Array[] = [];
	readonly #listeners = new Map<string, Listener[]>();

	on(event: string, listener: Listener): this {
		this.#listeners.set(event, [...this.listeners(event), listener]);
		return this;
	}
	removeListener(event: string, listener: Listener): this {
		this.#listeners.set(
			event,
			this.listeners(event).filter((l) => l !== listener)
		);
		return this;
	}
	listeners(event: string): Listener[] {
		return this.#listeners.get(event) ?? [];
	}
	emit(event: string, ...args: unknown[]): void {
		for (const listener of this.listeners(event)) listener(...args);
	}
	destroyed = false;
	/** When true, sent bytes stay in `bufferSize` until the test drains it, like a slow link. */
	buffering = false;
	/** Closes both ends, as simple-peer's destroy() does once the remote notices. */
	destroy(): void {
		if (this.destroyed) return;
		this.destroyed = true;
		this.open = this.connected = false;
		this.emit('close');
		this.remote?.destroy();
	}
	send(data: Uint8Array): void {
		if (!this.open || !this.remote) throw new Error('channel not open');
		if (data.length > CHROMIUM_MAX_MESSAGE_BYTES) throw new TypeError('message too large');
		this.wire.push(data);
		if (this.buffering) this.bufferSize += data.length;
		const remote = this.remote;
		const copy = data.slice();
		queueMicrotask(() => remote.emit('data', copy));
	}
}

/** Connects two fake peers and fires 'connect' on both, as simple-peer does. */
export function connectPeers(a: FakePeer, b: FakePeer): void {
	a.remote = b;
	b.remote = a;
	a.open = b.open = true;
	a.connected = b.connected = true;
	a.emit('connect');
	b.emit('connect');
}

/** Gives a fake peer y-webrtc's behaviour for `doc` (sync messages only). */
export function mimicWebrtcConn(peer: FakePeer, doc: Y.Doc): void {
	const send = (encoder: encoding.Encoder) => {
		try {
			peer.send(encoding.toUint8Array(encoder));
		} catch {
			// y-webrtc's sendWebrtcConn: `catch (e) {}`
		}
	};
	peer.on('connect', () => {
		const encoder = encoding.createEncoder();
		encoding.writeVarUint(encoder, 0);
		syncProtocol.writeSyncStep1(encoder, doc);
		send(encoder);
	});
	peer.on('data', (data) => {
		const decoder = decoding.createDecoder(data as Uint8Array);
		const encoder = encoding.createEncoder();
		if (decoding.readVarUint(decoder) !== 0) return;
		encoding.writeVarUint(encoder, 0);
		const type = syncProtocol.readSyncMessage(decoder, encoder, doc, 'remote');
		if (type === syncProtocol.messageYjsSyncStep1) send(encoder);
	});
	doc.on('update', (update: Uint8Array) => {
		const encoder = encoding.createEncoder();
		encoding.writeVarUint(encoder, 0);
		syncProtocol.writeUpdate(encoder, update);
		send(encoder);
	});
}

/** Fills `doc` with `count` order-like entries (~200 bytes each once encoded). */
export function fillStore(doc: Y.Doc, count: number): void {
	const orders = doc.getMap<string>('orders');
	doc.transact(() => {
		for (let i = 0; i < count; i++) {
			orders.set(
				`order-${i}`,
				JSON.stringify({
					number: i,
					customer: `Customer ${i}`,
					note: 'x'.repeat(120),
					total: i * 7
				})
			);
		}
	});
}

/** Resolves once queued microtasks and timers of `ms` have run. */
export function settle(ms = 0): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Byte-for-byte equality, fast on megabytes (vitest's toEqual takes seconds there). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

/** Resolves when `condition` holds, or rejects after `timeoutMs`. */
export async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error('condition not met in time');
		await settle(5);
	}
}
