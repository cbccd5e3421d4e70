/** The words for a sales channel: a translated label for built-ins, the seller's name otherwise. */
import { isBuiltInChannel, type Channel } from '../domain/channel';
import type { MessageKey } from './fr';

/** Label of a channel id; null is "unspecified", an id the store does not list shows as itself. */
export function channelLabel(o: {
	id: string | null;
	channels: readonly Channel[];
	t: (key: MessageKey) => string;
}): string {
	if (o.id === null || o.id === '') return o.t('channel.unspecified');
	if (isBuiltInChannel(o.id)) return o.t(`channel.${o.id}`);
	return o.channels.find((c) => c.id === o.id)?.name || o.id;
}

/** A labelling function bound to a channel list and a dictionary. */
export function channelNamer(
	channels: readonly Channel[],
	t: (key: MessageKey) => string
): (id: string | null) => string {
	return (id) => channelLabel({ id, channels, t });
}
