/** Chains as closings read them: parsed records and stored hashes, without re-hashing. */
import type * as Y from 'yjs';
import { readEntry } from '../../domain/journal/chain';
import type { ChainView } from '../../domain/journal/closing';
import type { JournalRecord } from '../../domain/journal/record';
import { journalMap, parseEntryKey } from './layout';

/** Every device's readable records in sequence order, with their stored hashes. */
export function chainViews(doc: Y.Doc): ChainView[] {
	const byDevice = new Map<string, { records: JournalRecord[]; hashes: Map<number, string> }>();
	for (const [key, line] of journalMap(doc).entries()) {
		const k = parseEntryKey(key);
		const read = k && typeof line === 'string' ? readEntry(line) : null;
		if (!k || !read) continue;
		const v = byDevice.get(k.device) ?? { records: [] as JournalRecord[], hashes: new Map() };
		v.records.push(read.record);
		v.hashes.set(k.seq, read.hash);
		byDevice.set(k.device, v);
	}
	return [...byDevice].map(([device, v]) => ({
		device,
		records: v.records.sort((a, b) => a.seq - b.seq),
		hashes: v.hashes
	}));
}
