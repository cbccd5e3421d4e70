import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isUpdateHeldBy } from './echo-filter.js';

const updateMessage = (update: Uint8Array) => {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, 0);
	syncProtocol.writeUpdate(encoder, update);
	return encoding.toUint8Array(encoder);
};

describe('isUpdateHeldBy', () => {
	it('is true only when the snapshot holds every insertion and deletion of the update', () => {
		const doc = new Y.Doc();
		doc.getMap('orders').set('o1', 'one');
		const held = Y.snapshot(doc);
		const first = updateMessage(Y.encodeStateAsUpdate(doc));
		expect(isUpdateHeldBy(first, held)).toBe(true);
		doc.getMap('orders').set('o2', 'two');
		expect(isUpdateHeldBy(updateMessage(Y.encodeStateAsUpdate(doc)), held)).toBe(false);
		const beforeDelete = Y.snapshot(doc);
		doc.getMap('orders').delete('o1');
		expect(isUpdateHeldBy(updateMessage(Y.encodeStateAsUpdate(doc)), beforeDelete)).toBe(false);
	});

	it('is false for anything that is not a sync update', () => {
		const doc = new Y.Doc();
		const held = Y.snapshot(doc);
		const step2 = encoding.createEncoder();
		encoding.writeVarUint(step2, 0);
		syncProtocol.writeSyncStep2(step2, doc);
		expect(isUpdateHeldBy(encoding.toUint8Array(step2), held)).toBe(false);
		expect(isUpdateHeldBy(Uint8Array.of(1, 0), held)).toBe(false);
		expect(isUpdateHeldBy(Uint8Array.of(0, 2, 9, 1), held)).toBe(false);
	});
});
