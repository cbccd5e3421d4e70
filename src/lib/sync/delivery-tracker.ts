/*
 * "Has everything on this device reached another device?"
 *
 * Peers tell each other what they hold by sending a Yjs snapshot (state vector + delete set) as
 * a control message (see webrtc-sync.ts). A peer's document only grows, so a report stays true
 * after the peer leaves: the tracker keeps one merged snapshot of everything any peer has
 * reported (highest clock per client, union of delete sets). The local document is fully
 * delivered when that merged snapshot covers the local one. Comparing state vectors alone would
 * miss deletions, which in Yjs add to the delete set without advancing any clock.
 */
import * as Y from 'yjs';

/** Merged knowledge of what other devices hold, compared with the local document. */
export class DeliveryTracker {
	readonly #doc: Y.Doc;
	#acknowledged: Y.Snapshot = Y.emptySnapshot;

	/** `acknowledged` restores what {@link exportAcknowledged} saved before a reload. */
	constructor(doc: Y.Doc, acknowledged?: Uint8Array) {
		this.#doc = doc;
		if (acknowledged) this.acknowledge(acknowledged);
	}

	/** Merges one peer's report (an encoded Y.Snapshot); returns false if it cannot be read. */
	acknowledge(encodedSnapshot: Uint8Array): boolean {
		const report = decodeReport(encodedSnapshot);
		if (report) this.acknowledgeSnapshot(report);
		return report !== null;
	}

	/** Merges one peer's already decoded report. */
	acknowledgeSnapshot(report: Y.Snapshot): void {
		const sv = new Map(this.#acknowledged.sv);
		for (const [client, clock] of report.sv) {
			if (clock > (sv.get(client) ?? 0)) sv.set(client, clock);
		}
		const ds = Y.mergeDeleteSets([this.#acknowledged.ds, report.ds]);
		this.#acknowledged = Y.createSnapshot(ds, sv);
	}

	/** Whether every change in the local document is held by at least one other device. */
	allDelivered(): boolean {
		const local = Y.snapshot(this.#doc);
		for (const [client, clock] of local.sv) {
			if ((this.#acknowledged.sv.get(client) ?? 0) < clock) return false;
		}
		const union = Y.mergeDeleteSets([this.#acknowledged.ds, local.ds]);
		return Y.equalDeleteSets(this.#acknowledged.ds, union);
	}

	/** Whether the struct with this id (e.g. an order's `ymap._item.id`) reached another device. */
	isDelivered(id: Y.ID): boolean {
		return (this.#acknowledged.sv.get(id.client) ?? 0) > id.clock;
	}

	/** Changes made on this device by the given client id and not yet held by another device. */
	undeliveredClock(client: number = this.#doc.clientID): number {
		const local = Y.getState(this.#doc.store, client);
		return Math.max(0, local - (this.#acknowledged.sv.get(client) ?? 0));
	}

	/** The merged peer knowledge, to keep across reloads (e.g. in IndexedDB). */
	exportAcknowledged(): Uint8Array {
		return Y.encodeSnapshot(this.#acknowledged);
	}
}

/** Encodes what this document holds, as sent to peers in a delivery report. */
export function encodeLocalSnapshot(doc: Y.Doc): Uint8Array {
	return Y.encodeSnapshot(Y.snapshot(doc));
}

/** Decodes a peer's delivery report, or returns null when it is not a snapshot. */
export function decodeReport(encodedSnapshot: Uint8Array): Y.Snapshot | null {
	try {
		return Y.decodeSnapshot(encodedSnapshot);
	} catch {
		return null;
	}
}
