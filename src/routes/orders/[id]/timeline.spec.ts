import { describe, expect, it } from 'vitest';
import type { ActivityEntry } from '$lib/domain/activity';
import { timeline } from './timeline';

const entry = (id: string, at: number, kind: ActivityEntry['kind'], deviceId = 'd1') => ({
	id,
	at,
	deviceId,
	kind,
	detail: {}
});

describe('timeline', () => {
	it('merges activity from two devices with note and message texts, in time order', () => {
		const rows = timeline(
			{
				notes: [{ id: 'n1', at: 20, deviceId: 'd2', text: 'Fragile' }],
				messages: [{ id: 'm1', at: 5, deviceId: 'd1', text: 'Merci', from: 'customer' }]
			},
			[entry('a', 10, 'payment', 'd2'), entry('b', 1, 'created'), entry('c', 20, 'note', 'd2')]
		);
		expect(rows.map((r) => [r.kind, r.text ?? ''])).toEqual([
			['created', ''],
			['message', 'Merci'],
			['payment', ''],
			['note', 'Fragile']
		]);
		expect(rows[1]?.detail).toEqual({ from: 'customer' });
	});
});
