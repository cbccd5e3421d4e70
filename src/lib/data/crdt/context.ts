/** What every action needs, and the one way actions write: validate, transact once, wait for disk. */
import type * as Y from 'yjs';
import { fail, ok, type Result } from '../../domain/result';
import { NotSavedError } from './persistence';
import type { ActivityEntry } from '../../domain/activity';
import type { IssuedNumbers } from './issued-numbers';

/** Shared by all actions of an open store. */
export interface ActionContext {
	doc: Y.Doc;
	deviceId: string;
	/** Milliseconds since the epoch (injected so tests control time). */
	now: () => number;
	newId: () => string;
	/** Origin of local transactions; peers' updates arrive with other origins. */
	origin: object;
	/** Resolves once everything written so far is on disk and indexed. */
	commit: () => Promise<void>;
	/** Current stock level of a SKU (from the index once it has caught up). */
	levelOf: (sku: string) => Promise<number>;
	/** Numbers other tabs of this browser gave, and the lock numbering runs under (issued-numbers.ts). */
	issued?: IssuedNumbers;
}

/**
 * Runs an action: `plan` validates against the current state and returns the writes to make;
 * nothing is written on refusal. The writes run in one transaction, then the promise waits for
 * disk. `plan` must do every check: Yjs cannot roll a transaction back. A change that did not
 * reach the disk resolves as a refusal (`storage.full` or `storage.notSaved`), so every screen
 * says so where the seller pressed the button and leaves its busy state; it stays in memory and
 * the next write that succeeds saves it too (persistence.ts).
 */
export async function runAction<T>(
	ctx: ActionContext,
	plan: () => Result<{ write: () => void; value: T }>
): Promise<Result<T>> {
	// Under the tabs' lock: most actions append to this device's journal, one chain per device
	// that the tabs of one browser share (journal/tabs.ts).
	if (ctx.issued) return runNumberingAction(ctx, plan);
	return runUnlocked(ctx, plan);
}

async function runUnlocked<T>(
	ctx: ActionContext,
	plan: () => Result<{ write: () => void; value: T }>
): Promise<Result<T>> {
	const planned = plan();
	if (!planned.ok) return planned;
	ctx.doc.transact(planned.value.write, ctx.origin);
	return committed(ctx, planned.value.value);
}

// Waits for disk; a change that did not reach it resolves as a refusal (see runAction).
async function committed<T>(ctx: ActionContext, value: T): Promise<Result<T>> {
	try {
		await ctx.commit();
	} catch (e) {
		if (!(e instanceof NotSavedError)) throw e;
		return e.quota ? fail('storage.full') : fail('storage.notSaved', { reason: e.message });
	}
	return ok(value);
}

/**
 * Runs an action that gives a number (order, credit note) under the tabs' numbering lock, so two
 * tabs of one browser never plan the same number (issued-numbers.ts).
 */
export async function runNumberingAction<T>(
	ctx: ActionContext,
	plan: () => Result<{ write: () => void; value: T }>
): Promise<Result<T>> {
	if (!ctx.issued) return runUnlocked(ctx, plan);
	const planned = await ctx.issued.lock(async () => {
		const p = plan();
		if (p.ok) ctx.doc.transact(p.value.write, ctx.origin);
		return p;
	});
	if (!planned.ok) return planned;
	return committed(ctx, planned.value.value);
}

/** Appends an activity entry to an order map. */
export function logActivity(
	ctx: ActionContext,
	o: { map: Y.Map<unknown>; kind: ActivityEntry['kind']; detail?: ActivityEntry['detail'] }
): void {
	const entry = { at: ctx.now(), deviceId: ctx.deviceId, kind: o.kind, detail: o.detail ?? {} };
	o.map.set(`act:${ctx.newId()}`, entry);
}
