import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DeliveryStatus, ProviderLike } from './webrtc-sync.js';
import { attachWebrtcSync } from './webrtc-sync.js';
import {
	FakePeer,
	connectPeers,
	fillStore,
	mimicWebrtcConn,
	settle,
	until
} from './testing/fake-peer.js';

type PeersListener = (event: { added: string[]; removed: string[] }) => void;

/** The slice of a WebrtcProvider that attachWebrtcSync sees, driven by the test. */
class FakeProvider implements ProviderLike {
	readonly doc = new Y.Doc();
	readonly room = { webrtcConns: new Map<string, { peer: FakePeer }>() };
	readonly #listeners = new Set<PeersListener>();
	on(_event: 'peers', listener: PeersListener) {
		this.#listeners.add(listener);
	}
	off(_event: 'peers', listener: PeersListener) {
		this.#listeners.delete(listener);
	}
	/** Does what y-webrtc does when a remote peer shows up: a WebrtcConn, then a 'peers' event. */
	open(remoteId: string): FakePeer {
		const peer = new FakePeer();
		mimicWebrtcConn(peer, this.doc);
		this.room.webrtcConns.set(remoteId, { peer });
		for (const listener of this.#listeners) listener({ added: [remoteId], removed: [] });
		return peer;
	}
}

const options = { reportDelayMs: 5, onDrop: () => {} };

describe('attachWebrtcSync', () => {
	it('syncs a large store and tells the sender once the receiver holds it', async () => {
		const a = new FakeProvider();
		const b = new FakeProvider();
		fillStore(a.doc, 10_000);
		const syncA = attachWebrtcSync(a, options);
		const syncB = attachWebrtcSync(b, options);
		const seen: DeliveryStatus[] = [];
		syncA.onStatus((status) => seen.push(status));
		expect(syncA.status()).toMatchObject({ connectedPeers: 0, allDelivered: false });
		const peerB = b.open('a');
		connectPeers(a.open('b'), peerB);
		await until(() => seen.at(-1)?.allDelivered === true);
		expect(b.doc.getMap('orders').size).toBe(10_000);
		// y-webrtc echoes the applied store back to its sender; the sender's report makes it skip.
		expect(peerB.wire.filter((m) => m[0] === 0xf5)).toEqual([]);
		expect(Math.max(...peerB.wire.map((m) => m.length))).toBeLessThan(1000);
		expect(syncA.status()).toMatchObject({ connectedPeers: 1, allDelivered: true });
		expect(seen.at(-1)).toMatchObject({ connectedPeers: 1, allDelivered: true });

		a.doc.getMap('orders').set('late', 'sold at closing time');
		expect(syncA.status().allDelivered).toBe(false);
		await until(() => syncA.status().allDelivered);
		expect(b.doc.getMap('orders').get('late')).toBe('sold at closing time');
		expect(syncB.status().allDelivered).toBe(true);
	}, 20_000);

	it('counts what another copy acknowledged (the relay), one status per burst', async () => {
		const a = new FakeProvider();
		fillStore(a.doc, 10);
		const sync = attachWebrtcSync(a, options);
		const seen: DeliveryStatus[] = [];
		sync.onStatus((status) => seen.push(status));
		sync.acknowledge(Y.createSnapshot(Y.createDeleteSet(), new Map([[a.doc.clientID, 3]])));
		expect(sync.status().allDelivered).toBe(false);
		sync.acknowledge(Y.snapshot(a.doc));
		sync.acknowledge(Y.snapshot(a.doc));
		expect(sync.status()).toMatchObject({ connectedPeers: 0, allDelivered: true });
		await until(() => seen.length > 0);
		await settle(20);
		expect(seen).toEqual([expect.objectContaining({ allDelivered: true })]);
	});

	it('wraps connections that existed before it was attached', async () => {
		const a = new FakeProvider();
		const b = new FakeProvider();
		const peerA = a.open('b');
		const peerB = b.open('a');
		attachWebrtcSync(a, options);
		attachWebrtcSync(b, options);
		fillStore(a.doc, 3000);
		connectPeers(peerA, peerB);
		await settle(100);
		expect(b.doc.getMap('orders').size).toBe(3000);
	}, 20_000);

	it('rebuilds a connection on which nothing ever arrives, and keeps quiet ones that work', async () => {
		const a = new FakeProvider();
		const drops: string[] = [];
		attachWebrtcSync(a, { ...options, stallTimeoutMs: 40, onDrop: (e) => drops.push(e.code) });
		// Stuck after glare: y-webrtc believes it is connected, nothing ever arrives.
		const stuck = a.open('stuck');
		stuck.open = stuck.connected = true;
		stuck.remote = new FakePeer();
		// A plain y-webrtc peer sends no delivery reports, but its sync messages prove the link.
		const plain = new FakeProvider();
		const working = a.open('plain');
		connectPeers(working, plain.open('a'));
		await until(() => stuck.destroyed);
		await settle(80);
		expect(drops.filter((code) => code === 'peer-stalled')).toEqual(['peer-stalled']);
		expect(working.destroyed).toBe(false);
	});

	it('gives a face-to-face offer time to be answered: its stall clock starts at connect', async () => {
		const a = new FakeProvider();
		const drops: string[] = [];
		attachWebrtcSync(a, { ...options, stallTimeoutMs: 40, onDrop: (e) => drops.push(e.code) });
		const waiting = a.open('face-0123456789ab');
		await settle(120);
		expect(waiting.destroyed).toBe(false);
		expect(drops).toEqual([]);
		// Connected, then silent: stuck like any other connection.
		waiting.open = waiting.connected = true;
		waiting.remote = new FakePeer();
		waiting.emit('connect');
		await until(() => waiting.destroyed);
		expect(drops).toEqual(['peer-stalled']);
	});

	it('detach() puts the connections back as y-webrtc made them', () => {
		const a = new FakeProvider();
		const peer = a.open('b');
		const send = peer.send;
		attachWebrtcSync(a, options).detach();
		expect(peer.send).toBe(send);
	});

	it('a report that is not a snapshot is logged and changes nothing', async () => {
		const a = new FakeProvider();
		const b = new FakeProvider();
		const drops: string[] = [];
		a.doc.getMap('orders').set('o1', 'only here');
		const syncA = attachWebrtcSync(a, { ...options, onDrop: (e) => drops.push(e.code) });
		const peerA = a.open('b');
		const peerB = b.open('a');
		connectPeers(peerA, peerB);
		peerB.send(Uint8Array.of(0xf6, 1, 255, 255, 255));
		peerB.send(Uint8Array.of(0xf6, 9));
		await settle(50);
		expect(drops).toEqual(['invalid-delivery-report', 'invalid-delivery-report']);
		expect(syncA.status().allDelivered).toBe(false);
	});
});
