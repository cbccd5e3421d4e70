import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkPeerMessage } from './message-guard.js';

function message(write: (encoder: encoding.Encoder) => void): Uint8Array {
	const encoder = encoding.createEncoder();
	write(encoder);
	return encoding.toUint8Array(encoder);
}

function docWithOrders(): Y.Doc {
	const doc = new Y.Doc();
	doc.getMap('orders').set('a', 'first');
	doc.getMap('orders').set('b', 'second');
	return doc;
}

describe('checkPeerMessage', () => {
	it('accepts every message y-webrtc sends between peers', () => {
		const doc = docWithOrders();
		const awareness = new awarenessProtocol.Awareness(doc);
		awareness.setLocalState({ device: 'Tablette 1' });
		const valid = [
			message((e) => (encoding.writeVarUint(e, 0), syncProtocol.writeSyncStep1(e, doc))),
			message((e) => (encoding.writeVarUint(e, 0), syncProtocol.writeSyncStep2(e, doc))),
			message(
				(e) => (
					encoding.writeVarUint(e, 0),
					syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(doc))
				)
			),
			message((e) => {
				encoding.writeVarUint(e, 1);
				encoding.writeVarUint8Array(
					e,
					awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID])
				);
			}),
			Uint8Array.of(3)
		];
		for (const bytes of valid) expect(checkPeerMessage(bytes)).toBeNull();
	});

	it('refuses empty, unknown and tab-only messages', () => {
		expect(checkPeerMessage(new Uint8Array(0))).toBe('empty-message');
		expect(checkPeerMessage(Uint8Array.of(9))).toBe('unknown-message-type');
		expect(checkPeerMessage(Uint8Array.of(0xff))).toBe('unknown-message-type');
		expect(checkPeerMessage(Uint8Array.of(4, 1, 3, 97, 98, 99))).toBe('forbidden-message-type');
		expect(checkPeerMessage(Uint8Array.of(0, 7, 0))).toBe('invalid-sync-message');
		expect(checkPeerMessage(Uint8Array.of(0, 2, 50, 1))).toBe('invalid-sync-message');
	});

	it('refuses updates and state vectors that do not decode', () => {
		const update = Y.encodeStateAsUpdate(docWithOrders());
		const cut = update.subarray(0, update.length - 3);
		expect(
			checkPeerMessage(
				message((e) => (encoding.writeVarUint(e, 0), syncProtocol.writeUpdate(e, cut)))
			)
		).toBe('invalid-update');
		const garbage = Uint8Array.of(1, 1, 200, 3, 99, 42);
		expect(
			checkPeerMessage(
				message((e) => (encoding.writeVarUint(e, 0), syncProtocol.writeUpdate(e, garbage)))
			)
		).toBe('invalid-update');
		const badVector = Uint8Array.of(5, 1);
		expect(
			checkPeerMessage(
				message(
					(e) => (
						encoding.writeVarUint(e, 0),
						encoding.writeVarUint(e, 0),
						encoding.writeVarUint8Array(e, badVector)
					)
				)
			)
		).toBe('invalid-state-vector');
	});

	it('refuses awareness states that are not JSON', () => {
		const update = message((e) => {
			encoding.writeVarUint(e, 1);
			encoding.writeVarUint(e, 12);
			encoding.writeVarUint(e, 1);
			encoding.writeVarString(e, '{not json');
		});
		expect(
			checkPeerMessage(
				message((e) => (encoding.writeVarUint(e, 1), encoding.writeVarUint8Array(e, update)))
			)
		).toBe('invalid-awareness');
	});

	it('refuses random bytes after a valid message type, whatever they are', () => {
		let seed = 42;
		const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % 256);
		for (let i = 0; i < 500; i++) {
			const body = Uint8Array.from({ length: 1 + (i % 40) }, random);
			const bytes = message(
				(e) => (
					encoding.writeVarUint(e, 0),
					encoding.writeVarUint(e, 2),
					encoding.writeVarUint8Array(e, body)
				)
			);
			const verdict = checkPeerMessage(bytes);
			if (verdict === null) {
				// Whatever passes the guard must apply cleanly to a document.
				expect(() => Y.applyUpdate(new Y.Doc(), body)).not.toThrow();
			} else {
				expect(verdict).toBe('invalid-update');
			}
		}
	});
});
