import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DeliveryTracker } from './delivery-tracker.js';
import type { DropEvent } from './drop-log.js';
import { startRelaySync } from './relay-sync.js';
import type { RelaySync } from './relay-sync.js';
import { FakeRelay } from './testing/fake-relay.js';
import { fillStore, settle, until } from './testing/fake-peer.js';

const url = 'ws://relay.test:1234';
const running: RelaySync[] = [];
afterEach(() => running.splice(0).forEach((sync) => sync.destroy()));

/** One device: a document, what it dropped, and what it knows the relay holds. */
function device(relay: FakeRelay, secret: string, orders = 0) {
	const doc = new Y.Doc();
	fillStore(doc, orders);
	const drops: DropEvent[] = [];
	const tracker = new DeliveryTracker(doc);
	const sync = startRelaySync({
		url,
		secret,
		doc,
		WebSocket: relay.WebSocket,
		onDrop: (event) => drops.push(event),
		onHeld: (held) => tracker.acknowledgeSnapshot(held)
	});
	running.push(sync);
	return { doc, drops, tracker, sync, orders: () => doc.getMap('orders').size };
}

function secret(): string {
	return `secret-${Math.random().toString(36).slice(2)}-long-enough`;
}

function syncUpdateMessage(update: Uint8Array): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, 0);
	syncProtocol.writeUpdate(encoder, update);
	return encoding.toUint8Array(encoder);
}

/**
 * 500 whole orders followed by a broken delete set. Yjs integrates the orders before it reads
 * the delete set, so applied as is this update changes the store and then throws.
 */
function halfValidUpdate(): Uint8Array {
	const other = new Y.Doc();
	fillStore(other, 500);
	const update = Y.encodeStateAsUpdate(other);
	// The last byte is the delete set's client count (0): claim 5 clients that never follow.
	update[update.length - 1] = 5;
	return update;
}

describe('startRelaySync', () => {
	it('hands a store to a device that comes after the first one left', async () => {
		const relay = new FakeRelay();
		const shared = secret();
		const a = device(relay, shared, 3000);
		expect(a.tracker.allDelivered()).toBe(false);
		await until(() => a.tracker.allDelivered());
		expect(a.sync.status()).toEqual({ state: 'connected', synced: true, found: false });
		a.sync.destroy();

		const b = device(relay, shared);
		await until(() => b.orders() === 3000);
		expect(b.sync.status().found).toBe(true);
		expect(b.doc.getMap('orders').get('order-2999')).toBe(a.doc.getMap('orders').get('order-2999'));
		expect(b.drops).toEqual([]);
	});

	it('gives nothing to a device with another secret', async () => {
		const relay = new FakeRelay();
		const a = device(relay, secret(), 50);
		await until(() => a.tracker.allDelivered());
		const intruder = device(relay, secret());
		await until(() => intruder.sync.status().synced);
		await settle(20);
		expect(intruder.orders()).toBe(0);
	});

	it('counts a change as held by the relay only once the relay sent it back', async () => {
		const relay = new FakeRelay();
		const a = device(relay, secret(), 10);
		await until(() => a.tracker.allDelivered());
		relay.stop();
		await until(() => a.sync.status().state === 'unreachable');
		a.doc.getMap('orders').set('late', 'sold while the relay was off');
		a.doc.getMap('orders').delete('order-0');
		await settle(20);
		expect(a.tracker.allDelivered()).toBe(false);

		relay.reachable = true;
		await until(() => a.sync.status().state === 'connected', 8000);
		await until(() => a.tracker.allDelivered());
	});

	it('says the relay cannot be reached when nothing answers', async () => {
		const relay = new FakeRelay();
		relay.reachable = false;
		const a = device(relay, secret(), 5);
		expect(a.sync.status().state).toBe('connecting');
		await until(() => a.sync.status().state === 'unreachable');
		expect(a.tracker.allDelivered()).toBe(false);
	});

	it('drops and logs garbage from the relay, leaves the store unchanged, and keeps syncing', async () => {
		const relay = new FakeRelay();
		const shared = secret();
		const a = device(relay, shared, 5);
		const b = device(relay, shared);
		await until(() => b.orders() === 5);
		const before = Y.encodeStateAsUpdate(b.doc);

		relay.inject(Uint8Array.of(42, 1, 2));
		relay.inject(syncUpdateMessage(halfValidUpdate()));
		relay.inject('{"type":"sync"}');
		await settle(20);

		expect(b.drops.map((drop) => drop.code)).toEqual([
			'unknown-message-type',
			'invalid-update',
			'malformed-frame'
		]);
		expect(Y.encodeStateAsUpdate(b.doc)).toEqual(before);
		expect(b.sync.status().state).toBe('connected');
		a.doc.getMap('orders').set('after', 'garbage');
		await until(() => b.orders() === 6);
	});
});
