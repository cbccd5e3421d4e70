/*
 * Backup file: the whole CRDT state with a header, in one binary file.
 *
 *   0   8 bytes  magic "COMPTOIR"
 *   8   u16      format version (1)
 *  10   u32      header length H
 *  14   H bytes  header, UTF-8 JSON (BackupHeader)
 *  14+H U bytes  Y.encodeStateAsUpdate(doc), U = header.updateBytes
 *  end  32 bytes SHA-256 of everything before it
 *
 * Lengths are checked before the checksum so a cut-off download says "truncated" rather than
 * "corrupted". Importing applies the update to the live document: Yjs merges it, so newer work on
 * this device is never overwritten, and importing the same file twice changes nothing.
 */
import * as Y from 'yjs';

/**
 * Largest backup accepted, in bytes. A 100,000-order shop is about 20 MB; 256 MB leaves room
 * while refusing a file that would exhaust a tablet's memory when read whole.
 */
export const maxBackupBytes = 256 * 1024 * 1024;

/** Current backup format version. */
export const BACKUP_FORMAT_VERSION = 1;
const MAGIC = new TextEncoder().encode('COMPTOIR');
const PREFIX_BYTES = 14;
const CHECKSUM_BYTES = 32;

/** What a backup says about itself. */
export interface BackupHeader {
	storeId: string;
	storeName: string;
	/** ISO 8601 time of the export. */
	createdAt: string;
	appVersion: string;
	/** Length of the Yjs update that follows the header, in bytes. */
	updateBytes: number;
}

/** Why a backup file was refused; nothing was changed. */
export type BackupErrorCode =
	| 'not-a-backup'
	| 'too-large'
	| 'unsupported-version'
	| 'truncated'
	| 'length-mismatch'
	| 'checksum-mismatch'
	| 'malformed-header'
	| 'malformed-update'
	| 'other-store';

/** Result of {@link decodeBackup}. */
export type DecodeResult =
	{ ok: true; header: BackupHeader; update: Uint8Array } | { ok: false; code: BackupErrorCode };

/** Options of {@link encodeBackup}. */
export interface EncodeBackupOptions {
	doc: Y.Doc;
	storeId: string;
	storeName: string;
	appVersion: string;
	now?: Date;
}

/** Writes the whole document and its header into one backup file. */
export async function encodeBackup(options: EncodeBackupOptions): Promise<Uint8Array> {
	const update = Y.encodeStateAsUpdate(options.doc);
	const header: BackupHeader = {
		storeId: options.storeId,
		storeName: options.storeName,
		createdAt: (options.now ?? new Date()).toISOString(),
		appVersion: options.appVersion,
		updateBytes: update.length
	};
	const headerBytes = new TextEncoder().encode(JSON.stringify(header));
	const body = new Uint8Array(PREFIX_BYTES + headerBytes.length + update.length);
	const view = new DataView(body.buffer);
	body.set(MAGIC, 0);
	view.setUint16(8, BACKUP_FORMAT_VERSION);
	view.setUint32(10, headerBytes.length);
	body.set(headerBytes, PREFIX_BYTES);
	body.set(update, PREFIX_BYTES + headerBytes.length);
	const file = new Uint8Array(body.length + CHECKSUM_BYTES);
	file.set(body, 0);
	file.set(await sha256(body), body.length);
	return file;
}

/** Reads a backup file and checks magic, version, lengths, checksum, header and update. */
export async function decodeBackup(file: Uint8Array): Promise<DecodeResult> {
	const fail = (code: BackupErrorCode): DecodeResult => ({ ok: false, code });
	if (file.length > maxBackupBytes) return fail('too-large');
	const magicSeen = file.subarray(0, MAGIC.length);
	if (file.length === 0 || !magicSeen.every((byte, i) => byte === MAGIC[i]))
		return fail('not-a-backup');
	if (file.length < PREFIX_BYTES + CHECKSUM_BYTES) return fail('truncated');
	const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
	if (view.getUint16(8) !== BACKUP_FORMAT_VERSION) return fail('unsupported-version');
	const headerLength = view.getUint32(10);
	if (file.length < PREFIX_BYTES + headerLength + CHECKSUM_BYTES) return fail('truncated');
	const header = readHeader(file.subarray(PREFIX_BYTES, PREFIX_BYTES + headerLength));
	if (header) {
		const expected = PREFIX_BYTES + headerLength + header.updateBytes + CHECKSUM_BYTES;
		if (file.length < expected) return fail('truncated');
		if (file.length > expected) return fail('length-mismatch');
	}
	const bodyEnd = file.length - CHECKSUM_BYTES;
	const digest = await sha256(file.subarray(0, bodyEnd));
	if (!digest.every((byte, i) => byte === file[bodyEnd + i])) return fail('checksum-mismatch');
	if (!header) return fail('malformed-header');
	const update = file.slice(PREFIX_BYTES + headerLength, bodyEnd);
	try {
		Y.decodeUpdate(update);
	} catch {
		return fail('malformed-update');
	}
	return { ok: true, header, update };
}

/** Options of {@link importBackup}. */
export interface ImportBackupOptions {
	doc: Y.Doc;
	file: Uint8Array;
	/** The current store's id: a backup of another store is refused. */
	storeId: string;
	/** Transaction origin, so persistence and UI can tell an import from a local edit. */
	origin?: unknown;
}

/** Result of {@link importBackup}; `changed` is false when the store already held everything. */
export type ImportResult =
	{ ok: true; header: BackupHeader; changed: boolean } | { ok: false; code: BackupErrorCode };

/** Verifies a backup, then merges it into `doc` (never overwriting newer local work). */
export async function importBackup(options: ImportBackupOptions): Promise<ImportResult> {
	const decoded = await decodeBackup(options.file);
	if (!decoded.ok) return decoded;
	if (decoded.header.storeId !== options.storeId) return { ok: false, code: 'other-store' };
	return {
		ok: true,
		header: decoded.header,
		changed: mergeBackup(options.doc, decoded, options.origin)
	};
}

/** Merges an already decoded backup into `doc` (no second check); true when anything changed. */
export function mergeBackup(
	doc: Y.Doc,
	decoded: { update: Uint8Array },
	origin?: unknown
): boolean {
	let changed = false;
	const onUpdate = () => (changed = true);
	doc.on('update', onUpdate);
	try {
		Y.applyUpdate(doc, decoded.update, origin);
	} finally {
		doc.off('update', onUpdate);
	}
	return changed;
}

/** A file name such as `comptoir-Ma-boutique-2026-11-23.comptoir`. */
export function backupFileName(storeName: string, date: Date): string {
	const safe = storeName
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^\w-]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return `comptoir-${safe || 'store'}-${date.toISOString().slice(0, 10)}.comptoir`;
}

function readHeader(bytes: Uint8Array): BackupHeader | null {
	try {
		const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
		if (typeof value !== 'object' || value === null) return null;
		const h = value as Record<string, unknown>;
		const strings = ['storeId', 'storeName', 'createdAt', 'appVersion'] as const;
		if (!strings.every((key) => typeof h[key] === 'string')) return null;
		if (!Number.isSafeInteger(h.updateBytes) || (h.updateBytes as number) < 0) return null;
		return h as unknown as BackupHeader;
	} catch {
		return null;
	}
}

async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
	return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}
