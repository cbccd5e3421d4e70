/**
 * Reads and writes backup files in the documented format (docs/decisions/0012), independently of
 * the app's own code, so a test can build the file a buggy device or another version would give.
 */
import { createHash } from 'node:crypto';
import * as Y from 'yjs';

const magic = Buffer.from('COMPTOIR');

/** The Yjs document and header inside a backup file. */
export function readBackup(file: Buffer): { header: Record<string, unknown>; doc: Y.Doc } {
	if (!file.subarray(0, 8).equals(magic)) throw new Error('not a backup');
	const headerLength = file.readUInt32BE(10);
	const header = JSON.parse(file.subarray(14, 14 + headerLength).toString('utf8'));
	const update = file.subarray(14 + headerLength, 14 + headerLength + header.updateBytes);
	const doc = new Y.Doc();
	Y.applyUpdate(doc, update);
	return { header, doc };
}

/** A backup file of `doc`, with its header and a correct checksum. */
export function writeBackup(header: Record<string, unknown>, doc: Y.Doc): Buffer {
	const update = Buffer.from(Y.encodeStateAsUpdate(doc));
	const headerBytes = Buffer.from(JSON.stringify({ ...header, updateBytes: update.length }));
	const prefix = Buffer.alloc(14);
	magic.copy(prefix, 0);
	prefix.writeUInt16BE(1, 8);
	prefix.writeUInt32BE(headerBytes.length, 10);
	const body = Buffer.concat([prefix, headerBytes, update]);
	return Buffer.concat([body, createHash('sha256').update(body).digest()]);
}
