/**
 * The reproduction: a backup of a 100-order shop in which one record was changed to
 * what a buggy device could write (a line set to null), rebuilt in the documented format with a
 * correct checksum, imported back. It used to be merged while the app said "not a backup", and
 * the order's page then stayed on "Loading…" for ever. Now the import succeeds, that order is
 * kept as unreadable, and everything else is listed and counted.
 */
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { openTestStore } from '../data/store/testing';
import { decodeBackup, encodeBackup, importBackup, maxBackupBytes } from './backup';

const header = { storeId: 'room-1', storeName: 'Démo', appVersion: '0.1.0' };

describe('importing a backup that holds a malformed record', () => {
	it('merges it, keeps the order as unreadable, and every other order stays readable', async () => {
		const shop = await openTestStore({ persistence: 'memory' });
		await shop.actions.fillWithDemoData({ orders: 100, seed: 7 });
		const file = await encodeBackup({ doc: shop.doc, ...header });
		const before = await shop.index.orders.count();
		const { rows } = await shop.queries.listOrders({ view: 'all', limit: 1000 });
		const total = rows.reduce((a, r) => a + r.total, 0);

		// A buggy device's backup: one line of one order set to null, checksum recomputed.
		const edited = new Y.Doc();
		Y.applyUpdate(edited, Y.encodeStateAsUpdate(shop.doc));
		const victim = rows[0]!;
		const map = edited.getMap('orders').get(victim.id) as Y.Map<unknown>;
		const lineId = (JSON.parse(map.get('o') as string) as { lines: { id: string }[] }).lines[0]!.id;
		map.set(`l:${lineId}`, null);
		const bad = await encodeBackup({ doc: edited, ...header });
		expect(bad.length).toBeGreaterThan(file.length);

		const result = await importBackup({ doc: shop.doc, file: bad, storeId: 'room-1' });
		expect(result).toMatchObject({ ok: true, changed: true });
		await shop.flush();
		expect(() => shop.queries.getOrder(victim.id)).not.toThrow();
		expect(shop.queries.getOrder(victim.id)).toBeNull();
		expect(shop.queries.orderProblem(victim.id)).toMatch(/line .* is null, not an object/);
		expect(await shop.queries.unreadable()).toMatchObject([{ kind: 'order', id: victim.id }]);
		const after = await shop.queries.listOrders({ view: 'all', limit: 1000 });
		expect(after.rows).toHaveLength(before - 1);
		expect(after.rows.reduce((a, r) => a + r.total, 0)).toBe(total - victim.total);
		await shop.rebuildIndex();
		expect(await shop.index.orders.count()).toBe(before - 1);
		await shop.destroy();
	});

	it('refuses a file past the size limit before reading it, with its own reason', async () => {
		const huge = new Uint8Array(16);
		Object.defineProperty(huge, 'length', { value: maxBackupBytes + 1 });
		expect(await decodeBackup(huge)).toEqual({ ok: false, code: 'too-large' });
	});
});
