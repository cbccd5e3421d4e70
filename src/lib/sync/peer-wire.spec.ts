import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeChunkFrame, splitMessage } from './chunk-frame.js';
import type { DropEvent } from './drop-log.js';
import { CONTROL_MARKER, wirePeer } from './peer-wire.js';
import {
	CHROMIUM_MAX_MESSAGE_BYTES,
	FakePeer,
	connectPeers,
	fillStore,
	mimicWebrtcConn,
	settle,
	until
} from './testing/fake-peer.js';

/** Two devices as y-webrtc would pair them; `wired` adds Comptoir's wrapper on both sides. */
function pair(wired: boolean) {
	const drops: DropEvent[] = [];
	const controls: Uint8Array[] = [];
	const source = { doc: new Y.Doc(), peer: new FakePeer() };
	const fresh = { doc: new Y.Doc(), peer: new FakePeer() };
	for (const side of [source, fresh]) {
		mimicWebrtcConn(side.peer, side.doc);
		if (wired) {
			wirePeer(side.peer, {
				peerId: 'p',
				onDrop: (e) => drops.push(e),
				onControl: (m) => controls.push(m)
			});
		}
	}
	return { source, fresh, drops, controls };
}

const orderCount = (doc: Y.Doc) => doc.getMap('orders').size;

describe('wirePeer', () => {
	it('reproduces the bug: without it, a 10,000-order store never reaches a fresh peer', async () => {
		const { source, fresh } = pair(false);
		fillStore(source.doc, 10_000);
		expect(Y.encodeStateAsUpdate(source.doc).length).toBeGreaterThan(CHROMIUM_MAX_MESSAGE_BYTES);
		connectPeers(source.peer, fresh.peer);
		await settle(50);
		expect(orderCount(fresh.doc)).toBe(0);
	}, 20_000);

	it('delivers a 10,000-order store to a fresh peer in frames the channel accepts', async () => {
		const { source, fresh, drops } = pair(true);
		fillStore(source.doc, 10_000);
		connectPeers(source.peer, fresh.peer);
		await settle(50);
		expect(orderCount(fresh.doc)).toBe(10_000);
		expect(fresh.doc.getMap('orders').toJSON()).toEqual(source.doc.getMap('orders').toJSON());
		expect(Math.max(...source.peer.wire.map((m) => m.length))).toBeLessThanOrEqual(64 * 1024);
		expect(drops).toEqual([]);
	}, 20_000);

	it('answers a peer whose data arrives before simple-peer emits connect', async () => {
		const { source, fresh } = pair(true);
		fillStore(source.doc, 10_000);
		// The channel is open both ways but neither side has emitted 'connect' yet.
		source.peer.remote = fresh.peer;
		fresh.peer.remote = source.peer;
		source.peer.open = fresh.peer.open = true;
		fresh.peer.connected = true;
		fresh.peer.emit('connect');
		await settle(50);
		expect(source.peer.connected).toBe(false);
		expect(orderCount(fresh.doc)).toBe(10_000);
	}, 20_000);

	it('keeps small updates unframed and in step both ways', async () => {
		const { source, fresh } = pair(true);
		connectPeers(source.peer, fresh.peer);
		await settle();
		source.doc.getMap('orders').set('a', 'from source');
		fresh.doc.getMap('orders').set('b', 'from fresh');
		await settle();
		expect(fresh.doc.getMap('orders').toJSON()).toEqual({ a: 'from source', b: 'from fresh' });
		expect(source.doc.getMap('orders').toJSON()).toEqual({ a: 'from source', b: 'from fresh' });
		expect(source.peer.wire.every((m) => m[0] === 0)).toBe(true);
	});

	it('drops garbage, logs it, and leaves the document unchanged', async () => {
		const { source, fresh, drops } = pair(true);
		connectPeers(source.peer, fresh.peer);
		fresh.doc.getMap('orders').set('kept', 'yes');
		await settle();
		const before = Y.encodeStateAsUpdate(fresh.doc);
		const update = Y.encodeStateAsUpdate(fillAndReturn(new Y.Doc()));
		const corrupt = update.slice(0, update.length - 5);
		const encoder = encoding.createEncoder();
		encoding.writeVarUint(encoder, 0);
		syncProtocol.writeUpdate(encoder, corrupt);
		const bigCorrupt = encoding.toUint8Array(encoder);
		const garbage = [
			Uint8Array.of(42, 1, 2),
			new Uint8Array(0),
			Uint8Array.of(0xf5, 1),
			encodeChunkFrame({
				messageId: 77,
				index: 0,
				count: 2,
				totalBytes: 2 ** 31,
				payload: Uint8Array.of(1)
			}),
			...splitMessage(bigCorrupt, { messageId: 78 })
		];
		for (const bytes of garbage) fresh.peer.emit('data', bytes);
		await settle();
		expect(Y.encodeStateAsUpdate(fresh.doc)).toEqual(before);
		expect(drops.map((d) => d.code)).toEqual([
			'unknown-message-type',
			'empty-message',
			'malformed-frame',
			'message-too-large',
			'invalid-update'
		]);
		expect(drops.every((d) => d.peerId === 'p')).toBe(true);
	});

	it('routes control messages to their handler and never to y-webrtc', async () => {
		const { source, fresh, controls } = pair(true);
		connectPeers(source.peer, fresh.peer);
		await settle();
		const handle = wirePeer(source.peer, { onDrop: () => {} });
		const control = Uint8Array.of(CONTROL_MARKER, 1, ...new Uint8Array(100_000));
		handle.sendControl(control);
		await settle();
		expect(controls.map((c) => c.length)).toEqual([control.length]);
	});

	it('never lets the channel buffer more than 8 MiB with default options', async () => {
		const { source, fresh, controls } = pair(true);
		connectPeers(source.peer, fresh.peer);
		await settle();
		source.peer.buffering = true;
		const handle = wirePeer(source.peer, { onDrop: () => {} });
		const big = new Uint8Array(20 * 1024 * 1024);
		big[0] = CONTROL_MARKER;
		const before = source.peer.wire.length;
		handle.sendControl(big);
		await settle(50);
		// Chromium throws "send queue is full" at 16 MiB buffered.
		expect(source.peer.bufferSize).toBeLessThanOrEqual(8 * 1024 * 1024 + 64 * 1024);
		expect(source.peer.wire.length - before).toBe(129);
		source.peer.buffering = false;
		source.peer.bufferSize = 0;
		await until(() => controls.length > 0);
		expect(controls[0]?.length).toBe(big.length);
	}, 20_000);

	it('unwire() restores the original peer', () => {
		const peer = new FakePeer();
		const original = peer.send;
		const listener = () => {};
		peer.on('data', listener);
		wirePeer(peer, { onDrop: () => {} }).unwire();
		expect(peer.send).toBe(original);
		expect(peer.listeners('data')).toEqual([listener]);
	});
});

function fillAndReturn(doc: Y.Doc): Y.Doc {
	fillStore(doc, 2000);
	return doc;
}
