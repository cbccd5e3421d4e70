import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { orderCreator, ordersCreatedBy, watchArrivingOrders } from './order-origin';

function addOrder(doc: Y.Doc, id: string, deviceId: string, origin: unknown = null) {
	doc.transact(() => {
		const map = new Y.Map<unknown>();
		doc.getMap('orders').set(id, map);
		map.set('o', JSON.stringify({ deviceId, lines: [] }));
	}, origin);
}

describe('order origin', () => {
	it('reads the creating device from the creation record, and null from anything else', () => {
		const doc = new Y.Doc();
		addOrder(doc, 'a', 'till');
		expect(orderCreator(doc.getMap('orders').get('a'))).toBe('till');
		const broken = new Y.Map<unknown>();
		doc.getMap('orders').set('b', broken);
		broken.set('o', '{not json');
		expect(orderCreator(broken)).toBeNull();
		expect(orderCreator('text')).toBeNull();
		expect(orderCreator(undefined)).toBeNull();
	});

	it('lists the orders one device created, filtered', () => {
		const doc = new Y.Doc();
		addOrder(doc, 'a', 'till');
		addOrder(doc, 'b', 'tablet');
		addOrder(doc, 'c', 'till');
		expect(ordersCreatedBy(doc, 'till').sort()).toEqual(['a', 'c']);
		expect(ordersCreatedBy(doc, 'till', (o) => o !== doc.getMap('orders').get('c'))).toEqual(['a']);
	});

	it('reports orders another device created when they arrive from a remote origin only', () => {
		const doc = new Y.Doc();
		const peer = { peer: true };
		addOrder(doc, 'synced-before', 'tablet');
		const seen: string[][] = [];
		const stop = watchArrivingOrders(
			doc,
			{ deviceId: 'till', isRemote: (origin) => origin === peer },
			(ids) => seen.push(ids)
		);
		addOrder(doc, 'local', 'till');
		addOrder(doc, 'mine-from-peer', 'till', peer);
		addOrder(doc, 'theirs', 'tablet', peer);
		addOrder(doc, 'theirs-not-remote', 'tablet');
		stop();
		addOrder(doc, 'after-stop', 'tablet', peer);
		expect(seen).toEqual([['theirs']]);
	});

	it('announces nothing of the first sync: a fresh device receiving the book, or restoring it', () => {
		const doc = new Y.Doc();
		const peer = { peer: true };
		const seen: string[][] = [];
		watchArrivingOrders(doc, { deviceId: 'new', isRemote: (o) => o === peer }, (ids) =>
			seen.push(ids)
		);
		addOrder(doc, 'mine', 'new');
		// The whole existing book arrives in one update, as sync step 2 or a backup does.
		doc.transact(() => {
			for (const id of ['old-1', 'old-2', 'old-3']) {
				const map = new Y.Map<unknown>();
				doc.getMap('orders').set(id, map);
				map.set('o', JSON.stringify({ deviceId: 'till', lines: [] }));
			}
		}, peer);
		expect(seen).toEqual([]);
		addOrder(doc, 'fresh', 'till', peer);
		expect(seen).toEqual([['fresh']]);
	});

	it('a device that already holds orders from others announces the next ones at once', () => {
		const doc = new Y.Doc();
		const peer = { peer: true };
		addOrder(doc, 'loaded-from-disk', 'till');
		const seen: string[][] = [];
		watchArrivingOrders(doc, { deviceId: 'tablet', isRemote: (o) => o === peer }, (ids) =>
			seen.push(ids)
		);
		addOrder(doc, 'next', 'till', peer);
		expect(seen).toEqual([['next']]);
	});

	it('a draft from another device is not an arrival; a placed one is', () => {
		const doc = new Y.Doc();
		const peer = { peer: true };
		addOrder(doc, 'known', 'till');
		const seen: string[][] = [];
		watchArrivingOrders(doc, { deviceId: 'tablet', isRemote: (o) => o === peer }, (ids) =>
			seen.push(ids)
		);
		doc.transact(() => {
			const draft = new Y.Map<unknown>();
			doc.getMap('orders').set('draft', draft);
			draft.set('o', JSON.stringify({ deviceId: 'till', draft: true, lines: [] }));
			const placed = new Y.Map<unknown>();
			doc.getMap('orders').set('placed-draft', placed);
			placed.set('o', JSON.stringify({ deviceId: 'till', draft: true, lines: [] }));
			placed.set('placed', JSON.stringify({ at: 1 }));
		}, peer);
		expect(seen).toEqual([['placed-draft']]);
	});
});
