/**
 * Where the journal lives in the CRDT (docs/decisions/0022). Two top-level maps:
 *   `journal`       `<device>:<seq>` → `<hash> <canonical record>`, written only by `<device>`,
 *                   never changed once written;
 *   `journalHeads`  `<device>` → `{ tip, seen }`: that device's own last entry and the heads of
 *                   other devices' chains it has seen, written only by `<device>`.
 * One key per entry keeps each device's chain apart (no merge, no interleaving) and lets a
 * verifier see a missing sequence number as a gap.
 */
import type * as Y from 'yjs';
import type { ChainHead } from '../../domain/journal/chain';

/** What a device writes about heads: its own tip and the heads of others it holds. */
export interface HeadsEntry {
	tip: ChainHead | null;
	seen: Record<string, ChainHead>;
}

/** The journal map: stored entries by `<device>:<seq>`. */
export const journalMap = (doc: Y.Doc) => doc.getMap<string>('journal');

/** Each device's tip and the heads it remembers. */
export const headsMap = (doc: Y.Doc) => doc.getMap<HeadsEntry>('journalHeads');

/** Key of an entry. */
export const entryKey = (device: string, seq: number) => `${device}:${seq}`;

/** Splits an entry key; null when malformed. */
export function parseEntryKey(key: string): { device: string; seq: number } | null {
	const colon = key.lastIndexOf(':');
	const seq = Number(key.slice(colon + 1));
	if (colon <= 0 || !Number.isSafeInteger(seq) || seq < 1) return null;
	return { device: key.slice(0, colon), seq };
}
