import { describe, expect, it } from 'vitest';
import { syncVerdict } from './sync-verdict';

const base = { shared: true, since: 0, now: 20_000, patienceMs: 10_000 };
const status = (roomClients: number, unreadableMessages = 0, connectedPeers = 0) => ({
	roomClients,
	unreadableMessages,
	connectedPeers,
	allDelivered: false
});

describe('syncVerdict', () => {
	it('is off until the shop is shared, unless a device is connected face to face', () => {
		expect(syncVerdict({ ...base, shared: false, status: status(2, 0, 0) })).toBe('off');
		expect(syncVerdict({ ...base, shared: false, status: null })).toBe('off');
		expect(syncVerdict({ ...base, shared: false, status: status(0, 0, 1) })).toBe('connected');
	});
	it('is connected as soon as one peer is', () => {
		expect(syncVerdict({ ...base, now: 1, status: status(2, 0, 1) })).toBe('connected');
	});
	it('keeps searching within its patience', () => {
		expect(syncVerdict({ ...base, now: 9_999, status: status(1) })).toBe('searching');
	});
	it('says no device was found when alone in the room', () => {
		expect(syncVerdict({ ...base, status: status(1) })).toBe('no-device');
	});
	it('says the code is wrong when someone else is in the room but unreachable', () => {
		expect(syncVerdict({ ...base, status: status(2) })).toBe('wrong-code');
		expect(syncVerdict({ ...base, status: status(1, 3) })).toBe('wrong-code');
	});
	it('blames the signaling server when it never answered', () => {
		expect(syncVerdict({ ...base, status: null })).toBe('no-server');
		expect(syncVerdict({ ...base, status: status(0) })).toBe('no-server');
	});
	it('says changes go through the relay when no device answers but the relay does', () => {
		expect(syncVerdict({ ...base, status: status(1), relayConnected: true })).toBe('relay-only');
		expect(syncVerdict({ ...base, status: null, relayConnected: true })).toBe('relay-only');
		// A wrong code still shows: the relay cannot tell it.
		expect(syncVerdict({ ...base, status: status(2), relayConnected: true })).toBe('wrong-code');
		expect(syncVerdict({ ...base, status: status(1, 0, 1), relayConnected: true })).toBe(
			'connected'
		);
	});
});
