import * as buffer from 'lib0/buffer';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import type { RoomPresence, SignalingConnLike } from './signaling-probe.js';
import { probeSignaling, readable } from './signaling-probe.js';
import { settle } from './testing/fake-peer.js';

// Same derivation as y-webrtc's crypto.js deriveKey: PBKDF2(password, salt = room name).
async function roomKey(password: string, room: string): Promise<CryptoKey> {
	const text = new TextEncoder();
	const material = await crypto.subtle.importKey('raw', text.encode(password), 'PBKDF2', false, [
		'deriveKey'
	]);
	return crypto.subtle.deriveKey(
		{ name: 'PBKDF2', salt: text.encode(room), iterations: 100_000, hash: 'SHA-256' },
		material,
		{ name: 'AES-GCM', length: 256 },
		true,
		['encrypt', 'decrypt']
	);
}

// Same layout as y-webrtc's crypto.js encrypt, base64 as in publishSignalingMessage.
async function sealed(key: CryptoKey, payload: Uint8Array): Promise<string> {
	const iv = crypto.getRandomValues(new Uint8Array(12));
	const cipher = await crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv },
		key,
		payload as Uint8Array<ArrayBuffer>
	);
	const encoder = encoding.createEncoder();
	encoding.writeVarString(encoder, 'AES-GCM');
	encoding.writeVarUint8Array(encoder, iv);
	encoding.writeVarUint8Array(encoder, new Uint8Array(cipher));
	return buffer.toBase64(encoding.toUint8Array(encoder));
}

class FakeSignalingConn implements SignalingConnLike {
	readonly listeners = new Set<(message: unknown) => void>();
	on(_event: 'message', listener: (message: unknown) => void) {
		this.listeners.add(listener);
	}
	off(_event: 'message', listener: (message: unknown) => void) {
		this.listeners.delete(listener);
	}
	deliver(message: unknown) {
		for (const listener of this.listeners) listener(message);
	}
}

describe('probeSignaling', () => {
	it('counts room messages sealed with another secret, and the room size', async () => {
		const room = 'comptoir-room';
		const [mine, theirs] = await Promise.all([roomKey('right', room), roomKey('wrong', room)]);
		const conn = new FakeSignalingConn();
		const seen: RoomPresence[] = [];
		const stop = probeSignaling({
			conns: [conn],
			roomName: room,
			key: Promise.resolve(mine),
			onChange: (p) => seen.push(p)
		});
		const payload = Uint8Array.of(1, 2, 3);
		conn.deliver({ type: 'publish', topic: room, clients: 2, data: await sealed(mine, payload) });
		conn.deliver({ type: 'publish', topic: room, clients: 3, data: await sealed(theirs, payload) });
		conn.deliver({ type: 'publish', topic: 'other-room', clients: 9, data: 'garbage' });
		conn.deliver({ type: 'pong' });
		await settle(20);
		expect(seen.at(-1)).toEqual({ roomClients: 3, unreadableMessages: 1 });
		stop();
		expect(conn.listeners.size).toBe(0);
	});

	it('treats malformed data as unreadable and everything as readable without a password', async () => {
		const key = Promise.resolve(await roomKey('right', 'r'));
		expect(await readable('%%%', key)).toBe(false);
		expect(await readable({ not: 'a string' }, key)).toBe(false);
		expect(await readable(buffer.toBase64(Uint8Array.of(3, 65, 66, 67)), key)).toBe(false);
		expect(await readable({ plain: 'message' }, Promise.resolve(null))).toBe(true);
	});
});
