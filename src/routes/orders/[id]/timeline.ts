/**
 * The order's history as one list: the activity log (statuses, refunds, tags…) merged with the
 * text of notes and messages, in time order (ties by device then id, as every device shows it).
 */
import { compareActivity, type ActivityEntry } from '$lib/domain/activity';
import type { LogEntry, Order } from '$lib/domain/order';

/** One row of the history: an activity entry, or a note or message with its text. */
export type TimelineEntry =
	| (ActivityEntry & { text?: undefined })
	| {
			id: string;
			at: number;
			deviceId: string;
			kind: 'note' | 'message';
			detail: Record<string, string | number>;
			text: string;
	  };

const fromLog = (kind: 'note' | 'message', e: LogEntry): TimelineEntry => ({
	id: `${kind}:${e.id}`,
	at: e.at,
	deviceId: e.deviceId,
	kind,
	detail: e.from ? { from: e.from } : {},
	text: e.text
});

/** Activity and notes/messages merged; the bare "note added" entries give way to the notes. */
export function timeline(
	order: Pick<Order, 'notes' | 'messages'>,
	activity: readonly ActivityEntry[]
): TimelineEntry[] {
	const rows: TimelineEntry[] = activity.filter((e) => e.kind !== 'note' && e.kind !== 'message');
	rows.push(...order.notes.map((n) => fromLog('note', n)));
	rows.push(...order.messages.map((m) => fromLog('message', m)));
	return rows.sort(compareActivity);
}
