/** Sales channels of the store: adding, renaming and hiding them. */
import { checkChannelInput, type Channel, type StoredChannel } from '../../domain/channel';
import { fail, ok, type Result } from '../../domain/result';
import { runAction, type ActionContext } from '../crdt/context';
import { channelSettingKey, maps } from '../crdt/schema';
import { readChannels, readSettings } from '../crdt/settings-read';

/**
 * Adds a custom channel (`{ name }`), renames one (`{ id, name }`) or hides or shows any channel
 * (`{ id, hidden }`). Built-in channels keep their translated label. Hiding the default channel
 * of manual orders is refused: choose another default first.
 */
export function upsertChannel(ctx: ActionContext, input: unknown): Promise<Result<Channel>> {
	return runAction(ctx, () => {
		const channels = readChannels(ctx.doc);
		const id = (input as { id?: unknown } | null)?.id;
		const key = typeof id === 'string' && id !== '' ? channelSettingKey(id) : null;
		const stored = key ? (maps(ctx.doc).settings.get(key) as StoredChannel | undefined) : undefined;
		const checked = checkChannelInput(input, {
			channels,
			newId: ctx.newId,
			now: ctx.now(),
			stored
		});
		if (!checked.ok) return checked;
		const entry = checked.value;
		if (entry.hidden && readSettings(ctx.doc).orders.defaultChannel === entry.id) {
			return fail('channel.isDefault');
		}
		const channel: Channel = {
			id: entry.id,
			name: entry.name,
			builtIn: channels.find((c) => c.id === entry.id)?.builtIn ?? false,
			hidden: entry.hidden
		};
		return ok({
			value: channel,
			write: () => maps(ctx.doc).settings.set(channelSettingKey(entry.id), entry)
		});
	});
}
