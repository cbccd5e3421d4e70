import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { backupFileName, decodeBackup, encodeBackup, importBackup } from './backup.js';
import { fillStore } from './testing/fake-peer.js';

const store = { storeId: 'store-1', storeName: 'Épicerie du coin', appVersion: '0.1.0' };
const now = new Date('2026-11-23T08:00:00Z');

async function backupOf(doc: Y.Doc): Promise<Uint8Array> {
	return encodeBackup({ doc, ...store, now });
}

describe('backup files', () => {
	it('round-trips a 10,000-order store with its header', async () => {
		const doc = new Y.Doc();
		fillStore(doc, 10_000);
		const decoded = await decodeBackup(await backupOf(doc));
		expect(decoded.ok && decoded.header).toEqual({
			...store,
			createdAt: '2026-11-23T08:00:00.000Z',
			updateBytes: Y.encodeStateAsUpdate(doc).length
		});
		const restored = new Y.Doc();
		const result = await importBackup({
			doc: restored,
			file: await backupOf(doc),
			storeId: 'store-1'
		});
		expect(result).toMatchObject({ ok: true, changed: true });
		expect(restored.getMap('orders').size).toBe(10_000);
	}, 20_000);

	it('merges into newer work instead of overwriting it, and re-importing changes nothing', async () => {
		const device = new Y.Doc();
		device.getMap('orders').set('o1', 'old');
		const file = await backupOf(device);
		device.getMap('orders').set('o1', 'edited after the backup');
		device.getMap('orders').set('o2', 'new since');
		expect(await importBackup({ doc: device, file, storeId: 'store-1' })).toMatchObject({
			ok: true,
			changed: false
		});
		expect(device.getMap('orders').toJSON()).toEqual({
			o1: 'edited after the backup',
			o2: 'new since'
		});
		const empty = new Y.Doc();
		empty.getMap('orders').set('o3', 'made elsewhere');
		await importBackup({ doc: empty, file, storeId: 'store-1' });
		expect(empty.getMap('orders').toJSON()).toEqual({ o1: 'old', o3: 'made elsewhere' });
	});

	it('refuses damaged, foreign and other-store files and changes nothing', async () => {
		const source = new Y.Doc();
		fillStore(source, 50);
		const file = await backupOf(source);
		const flipped = file.slice();
		const middle = Math.floor(file.length / 2);
		flipped[middle] = (flipped[middle] ?? 0) ^ 0x01;
		const newer = file.slice();
		newer[9] = 2;
		const cases: [Uint8Array, string][] = [
			[file.subarray(0, file.length - 100), 'truncated'],
			[file.subarray(0, 20), 'truncated'],
			[file.subarray(0, 5), 'truncated'],
			[Uint8Array.of(...file, 0), 'length-mismatch'],
			[flipped, 'checksum-mismatch'],
			[new TextEncoder().encode('{"orders": []}'), 'not-a-backup'],
			[new Uint8Array(0), 'not-a-backup'],
			[newer, 'unsupported-version']
		];
		const target = new Y.Doc();
		target.getMap('orders').set('mine', 'kept');
		const before = Y.encodeStateAsUpdate(target);
		for (const [bad, code] of cases) {
			expect(await importBackup({ doc: target, file: bad, storeId: 'store-1' })).toEqual({
				ok: false,
				code
			});
		}
		expect(await importBackup({ doc: target, file, storeId: 'store-2' })).toEqual({
			ok: false,
			code: 'other-store'
		});
		expect(Y.encodeStateAsUpdate(target)).toEqual(before);
	});

	it('refuses a well-formed file whose content is not a Yjs update', async () => {
		const doc = new Y.Doc();
		doc.getMap('orders').set('o1', 'x');
		const file = await backupOf(doc);
		// Re-seal a corrupted update with a valid checksum, as a buggy exporter might.
		const body = file.slice(0, file.length - 32);
		body[body.length - 3] = 0xff;
		body[body.length - 2] = 0xff;
		const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
		expect(await decodeBackup(Uint8Array.of(...body, ...digest))).toEqual({
			ok: false,
			code: 'malformed-update'
		});
	});

	it('names files after the store and the day', () => {
		expect(backupFileName('Épicerie du coin', now)).toBe(
			'comptoir-Epicerie-du-coin-2026-11-23.comptoir'
		);
		expect(backupFileName('???', now)).toBe('comptoir-store-2026-11-23.comptoir');
	});
});
