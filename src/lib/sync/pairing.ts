/*
 * Pairing links carry the y-webrtc room name and its password. Both sit in the URL fragment,
 * which browsers never send to a server, so neither the web host nor the signaling server learns
 * the secret (the signaling server does see the room name: it is random and says nothing).
 */

/** Random bytes in a room name (not secret, only unguessable enough to avoid collisions). */
export const ROOM_BYTES = 16;
/** Random bytes in a secret: 256 bits, above the 128 the security model requires. */
export const SECRET_BYTES = 32;
/** Path of the page that joins a store from a link. */
export const JOIN_PATH = '/devices/join';

const ROOM_PREFIX = 'comptoir-';
const BASE64URL = /^[A-Za-z0-9_-]+$/;
// 128 bits in unpadded base64url take 22 characters.
const MIN_SECRET_CHARS = 22;

/** A room and the password that protects it. */
export interface Pairing {
	room: string;
	secret: string;
}

/** Why a pairing link was refused. */
export type PairingErrorCode =
	| 'not-a-link'
	| 'wrong-page'
	| 'missing-room'
	| 'missing-secret'
	| 'malformed-room'
	| 'malformed-secret'
	| 'secret-too-short';

/** Result of {@link parsePairingLink}. */
export type PairingResult = { ok: true; pairing: Pairing } | { ok: false; code: PairingErrorCode };

/** Creates a new room and secret from the platform's cryptographic random generator. */
export function createPairing(): Pairing {
	return { room: ROOM_PREFIX + randomBase64Url(ROOM_BYTES), secret: randomBase64Url(SECRET_BYTES) };
}

/** Builds the link another device opens to join, e.g. `https://host/devices/join#room=…&secret=…`. */
export function pairingLink(pairing: Pairing, origin: string): string {
	const fragment = new URLSearchParams({ room: pairing.room, secret: pairing.secret });
	return new URL(`${JOIN_PATH}#${fragment}`, origin).href;
}

/** Reads and validates a pairing link (full URL, as scanned or pasted). */
export function parsePairingLink(link: string): PairingResult {
	let url: URL;
	try {
		url = new URL(link.trim());
	} catch {
		return { ok: false, code: 'not-a-link' };
	}
	if (url.pathname.replace(/\/+$/, '') !== JOIN_PATH) return { ok: false, code: 'wrong-page' };
	const params = new URLSearchParams(url.hash.slice(1));
	const room = params.get('room');
	const secret = params.get('secret');
	if (!room) return { ok: false, code: 'missing-room' };
	if (!secret) return { ok: false, code: 'missing-secret' };
	const roomId = room.slice(ROOM_PREFIX.length);
	if (
		!room.startsWith(ROOM_PREFIX) ||
		roomId.length < MIN_SECRET_CHARS ||
		!BASE64URL.test(roomId)
	) {
		return { ok: false, code: 'malformed-room' };
	}
	if (!BASE64URL.test(secret)) return { ok: false, code: 'malformed-secret' };
	if (secret.length < MIN_SECRET_CHARS) return { ok: false, code: 'secret-too-short' };
	return { ok: true, pairing: { room, secret } };
}

function randomBase64Url(byteCount: number): string {
	const bytes = crypto.getRandomValues(new Uint8Array(byteCount));
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
