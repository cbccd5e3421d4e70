import { describe, expect, it } from 'vitest';
import { parseRelayUrl, relayRoomName } from './relay-address.js';

describe('parseRelayUrl', () => {
	it('accepts one wss:// address (ws:// on loopback), without a trailing slash', () => {
		expect(parseRelayUrl(' wss://192.168.1.20:1234/ ')).toEqual({
			ok: true,
			url: 'wss://192.168.1.20:1234'
		});
		expect(parseRelayUrl('ws://127.0.0.1:1234/')).toEqual({ ok: true, url: 'ws://127.0.0.1:1234' });
		expect(parseRelayUrl('wss://relay.boutique.lan/yjs')).toEqual({
			ok: true,
			url: 'wss://relay.boutique.lan/yjs'
		});
	});

	it('says why anything else is refused', () => {
		expect(parseRelayUrl('   ')).toEqual({ ok: false, code: 'empty' });
		expect(parseRelayUrl('192.168.1.20:1234')).toEqual({ ok: false, code: 'not-a-url' });
		expect(parseRelayUrl('http://192.168.1.20:1234')).toEqual({
			ok: false,
			code: 'not-websocket'
		});
		expect(parseRelayUrl('wss://relay.lan/?room=x')).toEqual({ ok: false, code: 'not-a-url' });
		// Unencrypted on a shared network: anyone on the Wi-Fi reads the room name and the shop.
		expect(parseRelayUrl('ws://192.168.1.20:1234')).toEqual({
			ok: false,
			code: 'insecure-websocket'
		});
	});
});

describe('relayRoomName', () => {
	it('is the same for the same secret and unrelated for another', async () => {
		const secret = 'a'.repeat(43);
		const room = await relayRoomName(secret);
		expect(room).toMatch(/^[0-9a-f]{64}$/);
		expect(await relayRoomName(secret)).toBe(room);
		expect(await relayRoomName('b' + secret.slice(1))).not.toBe(room);
	});

	it('is SHA-256 of the fixed label and the secret, so it does not give the secret back', async () => {
		const { createHash } = await import('node:crypto');
		const secret = 'Zk3_secret-value-that-must-stay-private';
		const expected = createHash('sha256')
			.update('comptoir-relay-room-v1\n' + secret)
			.digest('hex');
		expect(await relayRoomName(secret)).toBe(expected);
	});
});
