/**
 * The archive file: one period's closing, every device's journal up to that closing, and the
 * data of the documents (orders) its events are about, as UTF-8 text, one item per line:
 *
 *   COMPTOIR-ARCHIVE 1
 *   H <canonical header>            store, period, closing id, creation date, heads
 *   J <hash> <canonical record>     every journal entry, chain after chain, seq order
 *   D <sha-256> <canonical json>    one line per document, hashed on its own
 *   END <sha-256 of every line above, each followed by \n>
 *
 * Journals start at sequence 1, so the archive verifies alone: the chains, the heads the
 * header and the closing name, the closing's totals, each document's hash and the whole file's.
 * A line-oriented file lets the verifier say which line is broken.
 */
import { canonical, type Json } from './canonical';
import type { StoredEntry } from './chain';
import { sha256Hex } from './sha256';
import type { RememberedHead } from './verify-chain';

/** First line of an archive. */
export const archiveMagic = 'COMPTOIR-ARCHIVE 1';

/** The header of an archive. */
export interface ArchiveHeader {
	store: string;
	level: string;
	period: string;
	/** `device:seq` of the closing this archive is for. */
	closing: string;
	createdAt: number;
	/** Heads of each chain that devices remembered when the archive was made. */
	heads: { device: string; by: string; seq: number; hash: string }[];
	/** Number of entries per device in the archive. */
	counts: { device: string; entries: number }[];
}

/** Writes an archive file. Entries per device must be in sequence order. */
export function writeArchive(o: {
	header: ArchiveHeader;
	entries: ReadonlyMap<string, readonly StoredEntry[]>;
	documents: readonly Json[];
}): string {
	const lines = [archiveMagic, `H ${canonical(o.header as unknown as Json)}`];
	for (const device of [...o.entries.keys()].sort()) {
		for (const e of o.entries.get(device)!) lines.push(`J ${e.line}`);
	}
	for (const d of o.documents) {
		const text = canonical(d);
		lines.push(`D ${sha256Hex(text)} ${text}`);
	}
	const body = lines.map((l) => `${l}\n`).join('');
	return `${body}END ${sha256Hex(body)}\n`;
}

/** Heads from a header, as the chain verifier wants them. */
export function headerHeads(h: ArchiveHeader): Map<string, RememberedHead[]> {
	const out = new Map<string, RememberedHead[]>();
	for (const x of h.heads) {
		const list = out.get(x.device) ?? [];
		list.push({ by: x.by, head: { seq: x.seq, hash: x.hash } });
		out.set(x.device, list);
	}
	return out;
}
