/**
 * A test double of several devices keeping journals: each appends to its own chain, copies the
 * chains of the peers it can reach and remembers their heads. Used by the property tests and
 * the benchmark; the real store does the same through the CRDT (src/lib/data/journal).
 */
import { appendEntry, type ChainHead, type StoredEntry } from './chain';
import { planClosing, type ChainView } from './closing';
import type { ClosingLevel } from './period';
import type { JournalEvent } from './record';
import type { JournalSnapshot } from './verify';
import { verifyChain, type RememberedHead } from './verify-chain';

/** One simulated device: what it holds of every chain and the heads it remembers. */
export interface SimDevice {
	id: string;
	/** Entries by device, then by sequence number. */
	chains: Map<string, Map<number, string>>;
	/** Heads of other devices' chains this device remembers. */
	heads: Map<string, ChainHead>;
}

/** A new device holding nothing. */
export function simDevice(id: string): SimDevice {
	return { id, chains: new Map([[id, new Map()]]), heads: new Map() };
}

function ownHead(d: SimDevice): ChainHead | null {
	const own = d.chains.get(d.id)!;
	if (own.size === 0) return null;
	const line = own.get(own.size)!;
	return { seq: own.size, hash: line.slice(0, 64) };
}

/** Appends an event to the device's own chain. */
export function simAppend(d: SimDevice, event: JournalEvent): void {
	const { entry } = appendEntry({ device: d.id, head: ownHead(d), event });
	d.chains.get(d.id)!.set(entry.seq, entry.line);
}

/** Two devices meet: each copies what the other holds and remembers the heads it now has. */
export function simSync(a: SimDevice, b: SimDevice): void {
	for (const [from, to] of [
		[a, b],
		[b, a]
	] as const) {
		for (const [device, entries] of from.chains) {
			const mine = to.chains.get(device) ?? new Map<number, string>();
			for (const [seq, line] of entries) if (!mine.has(seq)) mine.set(seq, line);
			to.chains.set(device, mine);
		}
	}
	for (const d of [a, b]) {
		for (const [device, entries] of d.chains) {
			if (device === d.id || entries.size === 0) continue;
			d.heads.set(device, { seq: entries.size, hash: entries.get(entries.size)!.slice(0, 64) });
		}
	}
}

/** The device's view as chain views (for closings). */
export function simViews(d: SimDevice): ChainView[] {
	return [...d.chains.entries()].map(([device, m]) =>
		verifyChain({ device, entries: [...m].map(([seq, line]) => ({ seq, line })) })
	);
}

/** Closes a period on a device with what it has seen; false when refused. */
export function simClose(d: SimDevice, o: { level: ClosingLevel; period: string; at: number }) {
	const plan = planClosing({ ...o, chains: simViews(d) });
	if (plan.ok) simAppend(d, plan.event);
	return plan.ok;
}

/** What all devices together know: one device's chains and every device's remembered heads. */
export function simSnapshot(view: SimDevice, all: readonly SimDevice[]): JournalSnapshot {
	const entries = new Map<string, StoredEntry[]>();
	for (const [device, m] of view.chains)
		entries.set(
			device,
			[...m].map(([seq, line]) => ({ seq, line }))
		);
	const remembered = new Map<string, RememberedHead[]>();
	for (const d of all) {
		for (const [device, head] of d.heads) {
			const list = remembered.get(device) ?? [];
			list.push({ by: d.id, head });
			remembered.set(device, list);
		}
	}
	return { entries, remembered };
}
