import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { guardWebSocket, inspectRelayMessage } from './relay-guard.js';

function syncMessage(write: (encoder: encoding.Encoder) => void): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, 0);
	write(encoder);
	return encoding.toUint8Array(encoder);
}

function relayDoc(): Y.Doc {
	const doc = new Y.Doc();
	doc.getMap('orders').set('a', 'first');
	doc.getMap('orders').set('b', 'second');
	doc.getMap('orders').delete('a');
	return doc;
}

describe('inspectRelayMessage', () => {
	it('reads what the relay holds from its state vector, its answer and its updates', () => {
		const relay = relayDoc();
		const local = new Y.Doc();
		Y.applyUpdate(local, Y.encodeStateAsUpdate(relay));
		for (const message of [
			syncMessage((e) => syncProtocol.writeSyncStep2(e, relay)),
			syncMessage((e) => syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(relay)))
		]) {
			const inspection = inspectRelayMessage(message);
			expect(inspection.ok).toBe(true);
			const held = inspection.ok ? inspection.held : null;
			// State vector and deletion both covered: the local copy is all at the relay.
			expect(Y.equalSnapshots(held!, Y.snapshot(local))).toBe(true);
		}
		const step1 = inspectRelayMessage(syncMessage((e) => syncProtocol.writeSyncStep1(e, relay)));
		expect(step1.ok && step1.held?.sv).toEqual(Y.decodeStateVector(Y.encodeStateVector(relay)));
		expect(step1.ok && step1.announced).toBe(true);
	});

	it('learns nothing from presence and refuses what the guard refuses', () => {
		expect(inspectRelayMessage(Uint8Array.of(3))).toEqual({
			ok: true,
			held: null,
			announced: false
		});
		expect(inspectRelayMessage(Uint8Array.of())).toEqual({ ok: false, code: 'empty-message' });
		expect(inspectRelayMessage(Uint8Array.of(0, 2, 2, 9, 9))).toEqual({
			ok: false,
			code: 'invalid-update'
		});
	});
});

/** The part of a browser WebSocket the guard relies on: a message event and onmessage slot. */
class FakeSocket extends EventTarget {
	static last: FakeSocket | null = null;
	#slot: ((event: MessageEvent) => void) | null = null;
	constructor(readonly url: string) {
		super();
		FakeSocket.last = this;
		this.addEventListener('message', (event) => this.#slot?.(event as MessageEvent));
	}
	get onmessage() {
		return this.#slot;
	}
	set onmessage(handler: ((event: MessageEvent) => void) | null) {
		this.#slot = handler;
	}
}

describe('guardWebSocket', () => {
	it('hands the provider only the frames the check accepts', () => {
		const seen: (number[] | null)[] = [];
		const Guarded = guardWebSocket({
			Base: FakeSocket as unknown as typeof WebSocket,
			accept: (bytes) => {
				seen.push(bytes && [...bytes]);
				return bytes !== null && bytes[0] === 1;
			}
		});
		const socket = new Guarded('ws://relay.test/room');
		expect(socket).toBe(FakeSocket.last);
		const handed: unknown[] = [];
		socket.onmessage = (event) => handed.push(event.data);
		const frame = (data: unknown) => socket.dispatchEvent(new MessageEvent('message', { data }));
		frame(Uint8Array.of(1, 2).buffer);
		frame(Uint8Array.of(9, 9).buffer);
		frame('text');
		expect(seen).toEqual([[1, 2], [9, 9], null]);
		expect(handed).toHaveLength(1);
		expect(socket.onmessage).not.toBeNull();
	});
});
