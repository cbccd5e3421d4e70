/** Archive, tags, notes, messages and tracking: changes that never touch money or stock. */
import { checkText, isRecord } from '../../domain/validate';
import { fail, ok, type Result } from '../../domain/result';
import type * as Y from 'yjs';
import { logActivity, runAction, type ActionContext } from '../crdt/context';
import { loadOrder } from '../crdt/order-write';
import { maps, orderKeys as k, tagKey } from '../crdt/schema';

function loadMany(ctx: ActionContext, ids: readonly string[]): Result<Y.Map<unknown>[]> {
	const out: Y.Map<unknown>[] = [];
	for (const id of ids) {
		const loaded = loadOrder(ctx, id);
		if (!loaded.ok) return loaded;
		out.push(loaded.value.map);
	}
	return ok(out);
}

function setArchived(ctx: ActionContext, ids: readonly string[], archived: boolean) {
	return runAction(ctx, () => {
		const loaded = loadMany(ctx, ids);
		if (!loaded.ok) return loaded;
		return ok({
			value: undefined,
			write: () => {
				for (const map of loaded.value) {
					if ((map.get(k.archived) === true) === archived) continue;
					map.set(k.archived, archived);
					logActivity(ctx, { map, kind: archived ? 'archived' : 'unarchived' });
				}
			}
		});
	});
}

/** Archives orders in bulk (all or none). */
export function archiveOrders(ctx: ActionContext, ids: readonly string[]): Promise<Result<void>> {
	return setArchived(ctx, ids, true);
}

/** Brings archived orders back to the active list (all or none). */
export function unarchiveOrders(ctx: ActionContext, ids: readonly string[]): Promise<Result<void>> {
	return setArchived(ctx, ids, false);
}

/** Adds (`on: true`) or removes a tag on orders in bulk. */
export function tagOrders(
	ctx: ActionContext,
	o: { ids: readonly string[]; tagId: string; on: boolean }
): Promise<Result<void>> {
	return runAction(ctx, () => {
		if (!maps(ctx.doc).tags.has(o.tagId)) return fail('tag.unknown');
		const loaded = loadMany(ctx, o.ids);
		if (!loaded.ok) return loaded;
		return ok({
			value: undefined,
			write: () => {
				for (const map of loaded.value) {
					if ((map.get(tagKey(o.tagId)) === true) === o.on) continue;
					map.set(tagKey(o.tagId), o.on);
					logActivity(ctx, { map, kind: o.on ? 'tagged' : 'untagged', detail: { tag: o.tagId } });
				}
			}
		});
	});
}

function appendEntry(
	ctx: ActionContext,
	o: { id: string; text: unknown; prefix: 'note' | 'msg'; from?: 'seller' | 'customer' }
): Promise<Result<{ entryId: string }>> {
	return runAction(ctx, () => {
		const loaded = loadOrder(ctx, o.id);
		if (!loaded.ok) return loaded;
		const text = checkText(o.text, { field: o.prefix, max: 4000, required: true });
		if (!text.ok) return text;
		const entryId = ctx.newId();
		const map = loaded.value.map;
		const entry = { id: entryId, at: ctx.now(), deviceId: ctx.deviceId, text: text.value };
		return ok({
			value: { entryId },
			write: () => {
				map.set(`${o.prefix}:${entryId}`, o.from ? { ...entry, from: o.from } : entry);
				logActivity(ctx, { map, kind: o.prefix === 'note' ? 'note' : 'message' });
			}
		});
	});
}

/** Adds a private admin note to an order. */
export function addNote(ctx: ActionContext, o: { id: string; text: unknown }) {
	return appendEntry(ctx, { ...o, prefix: 'note' });
}

/** Adds a message to the conversation with the customer (written by the seller or copied from the customer). */
export function addMessage(
	ctx: ActionContext,
	o: { id: string; text: unknown; from?: 'seller' | 'customer' }
) {
	return appendEntry(ctx, { ...o, prefix: 'msg', from: o.from ?? 'seller' });
}

/** Sets or clears (null) the parcel tracking of an order. */
export function setTracking(
	ctx: ActionContext,
	o: { id: string; tracking: unknown }
): Promise<Result<void>> {
	return runAction(ctx, () => {
		const loaded = loadOrder(ctx, o.id);
		if (!loaded.ok) return loaded;
		let tracking: { number: string; carrier: string; url: string } | null = null;
		if (isRecord(o.tracking)) {
			const number = checkText(o.tracking.number, {
				field: 'tracking.number',
				max: 100,
				required: true
			});
			if (!number.ok) return number;
			const carrier = checkText(o.tracking.carrier, { field: 'tracking.carrier', max: 100 });
			if (!carrier.ok) return carrier;
			const url = checkText(o.tracking.url, { field: 'tracking.url', max: 500 });
			if (!url.ok) return url;
			if (url.value && !/^https?:\/\//.test(url.value)) return fail('url.invalid');
			tracking = { number: number.value, carrier: carrier.value, url: url.value };
		}
		const map = loaded.value.map;
		return ok({
			value: undefined,
			write: () => {
				map.set(k.tracking, tracking);
				logActivity(ctx, { map, kind: 'tracking', detail: { number: tracking?.number ?? '' } });
			}
		});
	});
}
