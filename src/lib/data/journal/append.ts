/**
 * Appending to this device's chain, inside an action's transaction: the one call each action
 * site makes (`journal(ctx, event)`). It also refreshes the heads of other devices' chains this
 * device holds, so a peer that later loses or rewrites its tail is caught by this device.
 */
import { appendEntry, type ChainHead } from '../../domain/journal/chain';
import type { JournalEvent, JournalRecord } from '../../domain/journal/record';
import type * as Y from 'yjs';
import type { ActionContext } from '../crdt/context';
import { isDemoOrder } from './demo';
import { entryKey, headsMap, journalMap } from './layout';

/** Appends `event` (when not null) to this device's journal; call inside a write. */
export function journal(ctx: ActionContext, event: JournalEvent | null): JournalRecord | null {
	// Demo orders are not sales: neither they nor what is done to them enter the journal.
	if (!event || isDemoOrder(ctx.doc, event.ref)) return null;
	const entries = journalMap(ctx.doc);
	const heads = headsMap(ctx.doc);
	const mine = heads.get(ctx.deviceId);
	const { record, entry, head } = appendEntry({
		device: ctx.deviceId,
		head: ownHead(ctx.doc, ctx.deviceId),
		event
	});
	entries.set(entryKey(ctx.deviceId, entry.seq), entry.line);
	heads.set(ctx.deviceId, { tip: head, seen: seenHeads(ctx, mine?.seen ?? {}) });
	return record;
}

/**
 * This device's last entry. The tip it wrote may lag: another tab of this browser (same device)
 * may have appended meanwhile and their two writes of the tip race, so entries past it count.
 */
export function ownHead(doc: Y.Doc, device: string): ChainHead | null {
	const entries = journalMap(doc);
	let head = headsMap(doc).get(device)?.tip ?? null;
	for (let line = entries.get(entryKey(device, (head?.seq ?? 0) + 1)); line;) {
		head = { seq: (head?.seq ?? 0) + 1, hash: line.slice(0, 64) };
		line = entries.get(entryKey(device, head.seq + 1));
	}
	return head;
}

/** Heads of other chains held here: each peer's tip, once its entry is here with that hash. */
function seenHeads(ctx: ActionContext, before: Record<string, ChainHead>) {
	const entries = journalMap(ctx.doc);
	const seen = { ...before };
	for (const [device, h] of headsMap(ctx.doc).entries()) {
		if (device === ctx.deviceId || !h.tip) continue;
		if ((seen[device]?.seq ?? 0) >= h.tip.seq) continue;
		if (entries.get(entryKey(device, h.tip.seq))?.slice(0, 64) === h.tip.hash) seen[device] = h.tip;
	}
	return seen;
}
