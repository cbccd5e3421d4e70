/**
 * Verifying one device's chain: every entry readable and canonical, in its place, linked to the
 * one before by its hash; no sequence number missing; and every head a peer (or a closing)
 * remembers still there with the same hash, so a lost or rewritten tail shows.
 */
import { entryHash, genesisHash, readEntry, type ChainHead, type StoredEntry } from './chain';
import type { JournalRecord } from './record';

/** What can be wrong in a journal, in the words the integrity screen uses. */
export type ProblemCode =
	| 'unreadable'
	| 'hash'
	| 'wrongPlace'
	| 'missing'
	| 'lostTail'
	| 'rewritten'
	| 'closingTotals'
	| 'closingGrand'
	| 'closingRange'
	| 'closingOverlap';

/** One problem: which device's chain, at which entry, and who noticed (a peer, a closing). */
export interface Problem {
	device: string;
	seq: number;
	code: ProblemCode;
	/** The peer whose remembered head, or the closing (`device:seq`), that revealed it. */
	by?: string;
}

/** A head of `device`'s chain remembered by someone else. */
export interface RememberedHead {
	by: string;
	head: ChainHead;
}

/** The outcome of checking one chain. */
export interface ChainReport {
	device: string;
	head: ChainHead | null;
	/** Readable records in order (unreadable ones left out). */
	records: JournalRecord[];
	/** Stored hash by sequence number (to check remembered heads and closings' ranges). */
	hashes: Map<number, string>;
	problems: Problem[];
}

/** Checks a device's stored entries (any order) against each other and remembered heads. */
export function verifyChain(o: {
	device: string;
	entries: readonly StoredEntry[];
	remembered?: readonly RememberedHead[];
}): ChainReport {
	const problems: Problem[] = [];
	const records: JournalRecord[] = [];
	const hashes = new Map<number, string>();
	const sorted = [...o.entries].sort((a, b) => a.seq - b.seq);
	let previous: string | null = genesisHash;
	let expected = 1;
	let head: ChainHead | null = null;
	for (const { seq, line } of sorted) {
		if (seq !== expected) {
			const code = seq < expected ? 'wrongPlace' : 'missing';
			problems.push({ device: o.device, seq: seq < expected ? seq : expected, code });
			if (seq < expected) continue;
			previous = null;
		}
		expected = seq + 1;
		const read = readEntry(line);
		if (!read || read.record.seq !== seq || read.record.device !== o.device) {
			problems.push({ device: o.device, seq, code: read ? 'wrongPlace' : 'unreadable' });
			previous = read?.hash ?? null;
			if (read) hashes.set(seq, read.hash);
			continue;
		}
		if (previous !== null && entryHash(previous, read.text) !== read.hash) {
			problems.push({ device: o.device, seq, code: 'hash' });
		}
		previous = read.hash;
		hashes.set(seq, read.hash);
		records.push(read.record);
		head = { seq, hash: read.hash };
	}
	const last = sorted.at(-1)?.seq ?? 0;
	for (const r of o.remembered ?? []) {
		checkRemembered({ device: o.device, hashes, last, r, problems });
	}
	return { device: o.device, head, records, hashes, problems };
}

function checkRemembered(o: {
	device: string;
	hashes: Map<number, string>;
	last: number;
	r: RememberedHead;
	problems: Problem[];
}): void {
	const stored = o.hashes.get(o.r.head.seq);
	if (stored === o.r.head.hash) return;
	const code = stored === undefined && o.r.head.seq > o.last ? 'lostTail' : 'rewritten';
	o.problems.push({ device: o.device, seq: o.r.head.seq, code, by: o.r.by });
}
