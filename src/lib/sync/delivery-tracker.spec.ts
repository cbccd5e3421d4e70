import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DeliveryTracker, encodeLocalSnapshot } from './delivery-tracker.js';

/** Copies everything `from` holds into `to`, as a sync would. */
const syncInto = (to: Y.Doc, from: Y.Doc) =>
	Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));

function devices() {
	const local = new Y.Doc();
	const peer = new Y.Doc();
	return { local, peer, tracker: new DeliveryTracker(local) };
}

describe('DeliveryTracker', () => {
	it('an empty device has nothing to deliver', () => {
		expect(devices().tracker.allDelivered()).toBe(true);
	});

	it('reports local orders as undelivered until a peer says it holds them', () => {
		const { local, peer, tracker } = devices();
		local.getMap('orders').set('o1', 'new order');
		const entry = local.getMap('orders');
		expect(tracker.allDelivered()).toBe(false);
		expect(tracker.undeliveredClock()).toBe(1);
		tracker.acknowledge(encodeLocalSnapshot(peer));
		expect(tracker.allDelivered()).toBe(false);
		syncInto(peer, local);
		tracker.acknowledge(encodeLocalSnapshot(peer));
		expect(tracker.allDelivered()).toBe(true);
		expect(tracker.undeliveredClock()).toBe(0);
		expect(entry.size).toBe(1);
	});

	it('notices a deletion that no peer has seen, although it moves no clock', () => {
		const { local, peer, tracker } = devices();
		local.getMap('orders').set('o1', 'order');
		syncInto(peer, local);
		tracker.acknowledge(encodeLocalSnapshot(peer));
		local.getMap('orders').delete('o1');
		expect(Y.encodeStateVector(local)).toEqual(Y.encodeStateVector(peer));
		expect(tracker.allDelivered()).toBe(false);
		syncInto(peer, local);
		tracker.acknowledge(encodeLocalSnapshot(peer));
		expect(tracker.allDelivered()).toBe(true);
	});

	it('counts what different peers hold together, and remembers peers that left', () => {
		const { local, tracker } = devices();
		const tablet = new Y.Doc();
		const laptop = new Y.Doc();
		local.getMap('orders').set('o1', 'made here');
		laptop.getMap('orders').set('o2', 'made on the laptop');
		syncInto(local, laptop);
		syncInto(tablet, local);
		laptop.getMap('orders').delete('o2');
		syncInto(local, laptop);
		// The tablet lacks the deletion, the laptop lacks o1: neither alone holds everything.
		const alone = new DeliveryTracker(local);
		alone.acknowledge(encodeLocalSnapshot(tablet));
		expect(alone.allDelivered()).toBe(false);
		const other = new DeliveryTracker(local);
		other.acknowledge(encodeLocalSnapshot(laptop));
		expect(other.allDelivered()).toBe(false);
		tracker.acknowledge(encodeLocalSnapshot(tablet));
		tablet.destroy();
		tracker.acknowledge(encodeLocalSnapshot(laptop));
		expect(tracker.allDelivered()).toBe(true);
	});

	it('tells which order reached another device', () => {
		const { local, peer, tracker } = devices();
		const orders = local.getMap<Y.Map<string>>('orders');
		const first = new Y.Map<string>();
		orders.set('o1', first);
		syncInto(peer, local);
		tracker.acknowledge(encodeLocalSnapshot(peer));
		const second = new Y.Map<string>();
		orders.set('o2', second);
		expect(tracker.isDelivered((first as unknown as { _item: Y.Item })._item.id)).toBe(true);
		expect(tracker.isDelivered((second as unknown as { _item: Y.Item })._item.id)).toBe(false);
	});

	it('survives a reload through exportAcknowledged', () => {
		const { local, peer, tracker } = devices();
		local.getMap('orders').set('o1', 'one');
		syncInto(peer, local);
		tracker.acknowledge(encodeLocalSnapshot(peer));
		const restored = new DeliveryTracker(local, tracker.exportAcknowledged());
		expect(restored.allDelivered()).toBe(true);
	});

	it('refuses a report that is not a snapshot and keeps what it knew', () => {
		const { local, peer, tracker } = devices();
		local.getMap('orders').set('o1', 'one');
		syncInto(peer, local);
		tracker.acknowledge(encodeLocalSnapshot(peer));
		expect(tracker.acknowledge(Uint8Array.of(200, 200, 200))).toBe(false);
		expect(tracker.allDelivered()).toBe(true);
	});
});
