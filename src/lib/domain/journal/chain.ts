/**
 * One hash chain per device. Entry `seq` is stored as the text `<hash> <canonical record>` with
 * `hash = SHA-256(previous hash + canonical record)`; the first entry's previous hash is
 * `genesisHash`. Only the device itself appends to its chain, so two devices never race for a
 * sequence number, and a chain never needs merging: peers only copy it.
 */
import { canonical, type Json } from './canonical';
import { isJournalRecord, type JournalEvent, type JournalRecord } from './record';
import { sha256Hex } from './sha256';

/** Previous hash of a chain's first entry. */
export const genesisHash = '0'.repeat(64);

/** The last entry of a chain: its sequence number and hash. */
export interface ChainHead {
	seq: number;
	hash: string;
}

/** One stored entry of a device's journal. */
export interface StoredEntry {
	seq: number;
	/** `<hash> <canonical record>`. */
	line: string;
}

/** Builds the next entry of a device's chain after `head` (null for the first). */
export function appendEntry(o: { device: string; head: ChainHead | null; event: JournalEvent }): {
	record: JournalRecord;
	entry: StoredEntry;
	head: ChainHead;
} {
	const seq = (o.head?.seq ?? 0) + 1;
	const record: JournalRecord = { v: 1, device: o.device, seq, ...o.event };
	const text = canonical(record as never);
	const hash = sha256Hex((o.head?.hash ?? genesisHash) + text);
	return { record, entry: { seq, line: `${hash} ${text}` }, head: { seq, hash } };
}

/** An entry read back: its stored hash, its canonical text and the record, or null if unreadable. */
export interface ReadEntry {
	hash: string;
	text: string;
	record: JournalRecord;
}

const hexHash = /^[0-9a-f]{64}$/;

/** Splits and parses a stored line; null when it is not a well-formed canonical entry. */
export function readEntry(line: string): ReadEntry | null {
	const space = line.indexOf(' ');
	if (space !== 64) return null;
	const hash = line.slice(0, 64);
	if (!hexHash.test(hash)) return null;
	const text = line.slice(65);
	// No canonical re-encoding here: the hash covers the exact text (sha256.ts encodes every
	// string distinctly), so any change shows as a hash mismatch, at half the cost per entry.
	let value: Json;
	try {
		value = JSON.parse(text) as Json;
	} catch {
		return null;
	}
	if (!isJournalRecord(value)) return null;
	return { hash, text, record: value };
}

/** Hash an entry must carry after `previous`. */
export function entryHash(previous: string, text: string): string {
	return sha256Hex(previous + text);
}
