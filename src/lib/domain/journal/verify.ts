/** Verifying a whole journal: every device's chain, the heads peers remember, the closings. */
import type { StoredEntry } from './chain';
import { verifyClosings } from './verify-closings';
import { verifyChain, type ChainReport, type Problem, type RememberedHead } from './verify-chain';

/** Everything known of the shop's journals: entries per device, heads remembered by others. */
export interface JournalSnapshot {
	entries: ReadonlyMap<string, readonly StoredEntry[]>;
	/** Heads of each device's chain remembered by other devices (or written in archives). */
	remembered: ReadonlyMap<string, readonly RememberedHead[]>;
}

/** The verdict: per device, and every problem found (empty when the journal is intact). */
export interface JournalReport {
	chains: ChainReport[];
	problems: Problem[];
	events: number;
}

/** Verifies every chain, every remembered head and every closing. */
export function verifyJournal(s: JournalSnapshot): JournalReport {
	const devices = new Set([...s.entries.keys(), ...s.remembered.keys()]);
	const chains = [...devices].sort().map((device) =>
		verifyChain({
			device,
			entries: s.entries.get(device) ?? [],
			remembered: s.remembered.get(device) ?? []
		})
	);
	const problems = [...chains.flatMap((c) => c.problems), ...verifyClosings(chains)];
	const events = chains.reduce((a, c) => a + c.records.length, 0);
	return { chains, problems, events };
}
