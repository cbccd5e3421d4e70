/** What the editor's buttons do: the store actions, then tracking and the admin note. */
import { persistRequest } from '$lib/app/persist-storage.svelte';
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import { session } from '$lib/app/session.svelte';
import type { Tracking } from '$lib/domain/order';
import { ok, type Result } from '$lib/domain/result';
import type { ParsedForm } from './parse';

/** The id of the saved order. */
type Saved = Result<{ id: string }>;

function sameTracking(a: Tracking | null, b: Tracking | null): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

// Tracking and notes are separate actions: the order is saved first, so a refusal here leaves a
// saved order and a message, never a lost one.
async function saveExtras(
	id: string,
	o: { parsed: ParsedForm; tracking: Tracking | null }
): Promise<Saved> {
	const { actions } = session.store;
	if (!sameTracking(o.parsed.tracking, o.tracking)) {
		const r = await actions.setTracking({ id, tracking: o.parsed.tracking });
		if (!r.ok) return r;
	}
	if (o.parsed.adminNote) {
		const r = await actions.addNote({ id, text: o.parsed.adminNote });
		if (!r.ok) return r;
	}
	return ok({ id });
}

/** Places a new order (numbered, stock taken) or keeps it as a draft. */
export async function saveNew(parsed: ParsedForm, o: { draft: boolean }): Promise<Saved> {
	const { actions } = session.store;
	const created = o.draft
		? await actions.saveDraft({ input: parsed.input })
		: await actions.createOrder(parsed.input);
	if (!created.ok) return created;
	if (!o.draft) void persistRequest.askOnce();
	return saveExtras(created.value.id, { parsed, tracking: null });
}

/**
 * Saves the edits of an order or a draft; `place` also turns the draft into an order. Changing
 * the lines or amounts of an invoiced order is refused (`order.invoiced`) unless the seller
 * confirmed `correctInvoice`: a credit note and a new invoice are then issued with the edit.
 */
export async function saveExisting(
	parsed: ParsedForm,
	o: {
		id: string;
		draft: boolean;
		place: boolean;
		tracking: Tracking | null;
		correctInvoice?: boolean;
	}
): Promise<Saved> {
	const { actions } = session.store;
	const input = parsed.input;
	const saved = o.draft
		? await actions.saveDraft({ id: o.id, input })
		: await actions.editOrder({ id: o.id, input, correctInvoice: o.correctInvoice });
	if (!saved.ok) return saved;
	const extras = await saveExtras(o.id, { parsed, tracking: o.tracking });
	if (!extras.ok || !o.place) return extras;
	const placed = await actions.placeDraft(o.id);
	return placed.ok ? ok({ id: o.id }) : placed;
}

/** How an order was just saved; the order page may confirm it (`?saved=` in its address). */
export type SavedKind = 'created' | 'draft' | 'edited';

/** The order page's address with the confirmation to show. */
export function savedUrl(id: string, kind: SavedKind): ResolvedPathname {
	// The query is outside the route types, which only know paths; the path itself is resolved.
	return `${resolve('/orders/[id]', { id })}?saved=${kind}` as ResolvedPathname;
}
