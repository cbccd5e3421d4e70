/**
 * Backups of the whole store as one file, and their import. A backup merges into the store
 * (never overwrites). It is accepted when it belongs to this store (its id is the sync room, the
 * same on every paired device), to a store this device restored before, or when this device's
 * store is still empty (restoring onto a new device); anything else is another shop's backup.
 */
import { version } from '../../../package.json';
import {
	backupFileName,
	decodeBackupOffThread,
	encodeBackup,
	maxBackupBytes,
	mergeBackup
} from '$lib/sync';
import type { BackupErrorCode, BackupHeader } from '$lib/sync';
import { session } from './session.svelte';
import { loadPairing, saveLastBackup } from './sync-memory';

const restoredKey = 'comptoir.backup.restoredStores';
/** Transaction origin of an import, so the app can tell it from a peer's change. */
export const backupOrigin = { backup: true };

/** A backup ready to download. */
export interface BackupDownload {
	bytes: Uint8Array;
	fileName: string;
}

/** Writes the whole store into one backup file and remembers when. */
export async function exportBackup(now = new Date()): Promise<BackupDownload> {
	const store = session.store;
	await store.whenSynced;
	const name = session.settings.identity.name;
	const bytes = await encodeBackup({
		doc: store.doc,
		storeId: loadPairing().room,
		storeName: name,
		appVersion: version,
		now
	});
	saveLastBackup(now.getTime());
	return { bytes, fileName: backupFileName(name, now) };
}

/** Result of {@link restoreBackup}. */
export type RestoreResult =
	| {
			ok: true;
			header: BackupHeader;
			changed: boolean;
			/** Records the file brought that this version cannot read (kept, left out). */
			unreadable: number;
	  }
	| { ok: false; code: BackupErrorCode };

/** Whether a file is too large to be a backup, before reading it. */
export function tooLargeForBackup(size: number): boolean {
	return size > maxBackupBytes;
}

/**
 * Checks a backup file and merges it into the store (the file is checked and decoded once;
 * its bytes are handed to the checking worker, so do not read `file` afterwards);
 * on a refusal nothing changes. Resolves once the merge is on disk and indexed; rejects with
 * the store's NotSavedError when it is not.
 */
export async function restoreBackup(file: Uint8Array): Promise<RestoreResult> {
	const store = session.store;
	await store.whenSynced;
	// Checked in a worker where there is one: a 20 MB file never freezes the screen.
	const decoded = await decodeBackupOffThread(file);
	if (!decoded.ok) return decoded;
	const storeId = decoded.header.storeId;
	const known = [loadPairing().room, ...restoredStores()];
	if (!known.includes(storeId) && !isEmpty()) return { ok: false, code: 'other-store' };
	const before = new Set((await store.queries.unreadable()).map(recordKey));
	const changed = mergeBackup(store.doc, decoded, backupOrigin);
	if (!known.includes(storeId))
		localStorage.setItem(restoredKey, JSON.stringify([...known.slice(1), storeId]));
	await store.flush();
	// Say what the file brought that cannot be read, rather than a plain "imported".
	const after = await store.queries.unreadable();
	const unreadable = after.filter((r) => !before.has(recordKey(r))).length;
	return { ok: true, header: decoded.header, changed, unreadable };
}

function recordKey(r: { kind: string; id: string }): string {
	return `${r.kind}:${r.id}`;
}

function restoredStores(): string[] {
	try {
		const value: unknown = JSON.parse(localStorage.getItem(restoredKey) ?? '[]');
		return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
	} catch {
		return [];
	}
}

function isEmpty(): boolean {
	const doc = session.store.doc;
	return ['orders', 'products', 'customers'].every((name) => doc.getMap(name).size === 0);
}
