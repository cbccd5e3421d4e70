/**
 * Runs inside headless Chromium for `bench/sync.js`: the sync harness page (one device per page,
 * see tests/sync/harness/main.ts) plus the backup figures, measured on a real store in IndexedDB.
 */
import '../tests/sync/harness/main';
import { openStore } from '../src/lib/data';
import { decodeBackup, encodeBackup, importBackup } from '../src/lib/sync/backup';

/** Backup figures of one store, times in ms. */
interface BackupFigures {
	exportMs: number;
	/** Check and merge into the CRDT in memory. */
	mergeMs: number;
	/** Until on disk and indexed (the import's progress ends then). */
	importMs: number;
	bytes: number;
	orders: number;
}

/**
 * Seeds a store with `orders` demo orders, exports it as the Devices page does, then imports the
 * file into a fresh store until it is on disk and indexed (what the seller waits for).
 */
async function backup(orders: number): Promise<BackupFigures> {
	const source = openStore({ name: 'bench-backup-source', deviceId: 'bench-source' });
	await source.whenSynced;
	await source.actions.fillWithDemoData({ orders, seed: 42 });
	let t0 = performance.now();
	const file = await encodeBackup({
		doc: source.doc,
		storeId: 'bench-store',
		storeName: 'Bench',
		appVersion: 'bench'
	});
	const exportMs = performance.now() - t0;
	await source.destroy();

	const target = openStore({ name: 'bench-backup-target', deviceId: 'bench-target' });
	await target.whenSynced;
	t0 = performance.now();
	// As restoreBackup does: check the file, merge it, wait until on disk and indexed.
	const decoded = await decodeBackup(file);
	if (!decoded.ok) throw new Error(decoded.code);
	const result = await importBackup({ doc: target.doc, file, storeId: 'bench-store' });
	if (!result.ok) throw new Error(result.code);
	const mergeMs = performance.now() - t0;
	await target.flush();
	const importMs = performance.now() - t0;
	const count = await target.index.orders.count();
	await target.destroy();
	return { exportMs, mergeMs, importMs, bytes: file.length, orders: count };
}

Object.assign(globalThis, { syncBench: { backup } });
