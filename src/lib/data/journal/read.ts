/** Reading the journal back: every device's entries and the heads devices remember. */
import type * as Y from 'yjs';
import type { StoredEntry } from '../../domain/journal/chain';
import type { RememberedHead } from '../../domain/journal/verify-chain';
import { verifyJournal, type JournalSnapshot } from '../../domain/journal/verify';
import { headsMap, journalMap, parseEntryKey } from './layout';

/** The journal as stored: entries by device and the heads of each chain others remember. */
export function journalSnapshot(doc: Y.Doc): JournalSnapshot {
	const entries = new Map<string, StoredEntry[]>();
	for (const [key, line] of journalMap(doc).entries()) {
		const k = parseEntryKey(key);
		if (!k || typeof line !== 'string') continue;
		const list = entries.get(k.device) ?? [];
		list.push({ seq: k.seq, line });
		entries.set(k.device, list);
	}
	const remembered = new Map<string, RememberedHead[]>();
	for (const [by, h] of headsMap(doc).entries()) {
		for (const [device, head] of Object.entries(h?.seen ?? {})) {
			if (device === by) continue;
			remembered.set(device, [...(remembered.get(device) ?? []), { by, head }]);
		}
	}
	return { entries, remembered };
}

/** Verifies every chain, remembered head and closing of the store's journal. */
export function verifyStoreJournal(doc: Y.Doc) {
	return verifyJournal(journalSnapshot(doc));
}
