/**
 * Sales channels: where an order was taken (the stall, the phone, an e-mail, an event, an online
 * shop, or a channel the store adds). Built-in channels have fixed ids and translated labels;
 * custom ones have a name typed by the seller. Channels are never deleted, only hidden: orders
 * keep the channel they were taken on. An order without a channel (taken before channels
 * existed, or sent by an older peer) counts as "unspecified".
 */
import { readBool, readObject, readText, readTime } from './bounds';
import { fail, ok, type Result } from './result';
import { fold } from './search';
import { checkText, isRecord } from './validate';

/** Ids of the channels every store has, in display order. */
export const builtInChannels = ['stall', 'phone', 'email', 'event', 'online'] as const;
/** A built-in channel id. */
export type BuiltInChannel = (typeof builtInChannels)[number];

/** Filter value for orders without a channel; never a channel id (ids are checked against it). */
export const unspecifiedChannel = 'unspecified';

/** Channel of a manual order unless the store chooses another. */
export const defaultManualChannel: BuiltInChannel = 'phone';

/** Channel of every sale made in stall mode. */
export const stallChannel: BuiltInChannel = 'stall';

/** A channel as the store lists it. */
export interface Channel {
	id: string;
	/** The seller's name for a custom channel; '' for built-ins (their label is translated). */
	name: string;
	builtIn: boolean;
	/** Hidden channels are no longer offered for new orders; their orders keep them. */
	hidden: boolean;
}

/** What the store keeps per channel it changed or added (one CRDT entry each). */
export interface StoredChannel {
	id: string;
	name: string;
	hidden: boolean;
	/** Milliseconds since the epoch; custom channels are listed in the order they were added. */
	addedAt: number;
}

/** True for the id of a built-in channel. */
export function isBuiltInChannel(id: string): id is BuiltInChannel {
	return (builtInChannels as readonly string[]).includes(id);
}

const idPattern = /^[a-z0-9][a-z0-9_-]{0,39}$/;

/** True when a value has the shape of a channel id (not whether the store knows it). */
export function isChannelId(value: unknown): value is string {
	return typeof value === 'string' && idPattern.test(value) && value !== unspecifiedChannel;
}

/** The built-ins (with the store's hidden flags) then custom channels in the order added. */
export function channelList(stored: Iterable<StoredChannel>): Channel[] {
	const byId = new Map<string, StoredChannel>();
	for (const s of stored) if (isChannelId(s.id)) byId.set(s.id, s);
	const builtIn = builtInChannels.map((id) => ({
		id,
		name: '',
		builtIn: true,
		hidden: byId.get(id)?.hidden === true
	}));
	const custom = [...byId.values()]
		.filter((s) => !isBuiltInChannel(s.id) && s.name)
		.sort((a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : 1))
		.map((s) => ({ id: s.id, name: s.name, builtIn: false, hidden: s.hidden === true }));
	return [...builtIn, ...custom];
}

/**
 * Checks the channel of an order input against the store's channels. `undefined` keeps
 * `current` (an edit from a caller that does not know channels); `null` or '' means unspecified.
 * Hidden channels are accepted: a peer may have hidden one while this order was being typed.
 */
export function checkOrderChannel(
	value: unknown,
	o: { known: ReadonlySet<string>; current?: string | null }
): Result<string | null> {
	if (value === undefined) return ok(o.current ?? null);
	if (value === null || value === '') return ok(null);
	if (typeof value === 'string' && (o.known.has(value) || value === o.current)) return ok(value);
	return fail('channel.unknown', { id: String(value).slice(0, 40) });
}

/** Checks a new or renamed custom channel: a name of up to 40 characters, unique in the store. */
export function checkChannelInput(
	value: unknown,
	o: { channels: readonly Channel[]; newId: () => string; now: number; stored?: StoredChannel }
): Result<StoredChannel> {
	if (!isRecord(value)) return fail('input.notObject');
	const existing = typeof value.id === 'string' && value.id !== '' ? value.id : null;
	const channel = existing === null ? null : o.channels.find((c) => c.id === existing);
	if (existing !== null && !channel) return fail('channel.unknown', { id: existing.slice(0, 40) });
	const hidden = typeof value.hidden === 'boolean' ? value.hidden : (channel?.hidden ?? false);
	if (channel?.builtIn) {
		if (value.name !== undefined && value.name !== '') return fail('channel.builtInName');
		return ok({ id: channel.id, name: '', hidden, addedAt: o.stored?.addedAt ?? 0 });
	}
	const name = checkText(value.name ?? channel?.name, {
		field: 'channel.name',
		max: 40,
		required: true
	});
	if (!name.ok) return name;
	const folded = fold(name.value);
	const clash = o.channels.find((c) => !c.builtIn && c.id !== existing && fold(c.name) === folded);
	if (clash) return fail('channel.nameTaken', { name: name.value });
	return ok({
		id: channel?.id ?? `c-${o.newId()}`,
		name: name.value,
		hidden,
		addedAt: o.stored?.addedAt ?? o.now
	});
}

/** Reads a stored channel entry from the CRDT; throws Unreadable with what is wrong. */
export function readStoredChannel(value: unknown, id: string): StoredChannel {
	const v = readObject(value, 'the channel');
	return {
		id,
		name: readText(v.name, { what: 'name', max: 200, fallback: '' }),
		hidden: readBool(v.hidden, 'hidden', false),
		addedAt: readTime(v.addedAt, 'addedAt', 0)
	};
}
