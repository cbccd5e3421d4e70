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
});
