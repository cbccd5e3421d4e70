import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { decodeBackup, encodeBackup } from './backup.js';
import { canDecodeOffThread, decodeBackupOffThread } from './backup-decode.js';
import { fillStore } from './testing/fake-peer.js';

async function backupOf(orders: number): Promise<Uint8Array> {
	const doc = new Y.Doc();
	fillStore(doc, orders);
	return encodeBackup({ doc, storeId: 's', storeName: 'Shop', appVersion: '0' });
}

/** A Worker that fails to load its script, as a blocked or missing worker file does. */
class BrokenWorker {
	onmessage: ((e: MessageEvent) => void) | null = null;
	onerror: ((e: ErrorEvent) => void) | null = null;
	constructor() {
		setTimeout(() =>
			this.onerror?.({ message: 'blocked', preventDefault() {} } as unknown as ErrorEvent)
		);
	}
	postMessage() {}
	terminate() {}
}

afterEach(() => vi.unstubAllGlobals());

describe('decodeBackupOffThread', () => {
	it('without Web Workers (Node) checks on this thread, with the same result', async () => {
		expect(canDecodeOffThread()).toBe(false);
		const file = await backupOf(200);
		const here = await decodeBackupOffThread(file.slice());
		expect(here).toEqual(await decodeBackup(file));
		expect(here.ok).toBe(true);
	});

	it('refuses a damaged file the same way', async () => {
		const file = await backupOf(50);
		const middle = file.length >> 1;
		file[middle] = (file[middle] ?? 0) ^ 0xff;
		expect(await decodeBackupOffThread(file)).toEqual({ ok: false, code: 'checksum-mismatch' });
		expect(await decodeBackupOffThread(file.subarray(0, 40))).toEqual({
			ok: false,
			code: 'truncated'
		});
	});

	it('falls back to this thread when the worker cannot start, and still decodes the file', async () => {
		vi.stubGlobal('Worker', BrokenWorker);
		expect(canDecodeOffThread()).toBe(true);
		const file = await backupOf(100);
		const result = await decodeBackupOffThread(file);
		expect(result.ok).toBe(true);
		const doc = new Y.Doc();
		if (result.ok) Y.applyUpdate(doc, result.update);
		expect(doc.getMap('orders').size).toBe(100);
	});
});
