/*
 * Where the relay is and which room on it holds this store. The standard Yjs WebSocket server
 * serves any room to anyone who names it, so the room name is the only thing between a stranger
 * on the network and the store: it is derived from the pairing secret (SHA-256 of a fixed label
 * and the secret), which makes it as hard to guess as the secret, and the hash does not give the
 * secret back to whoever runs or watches the relay.
 */
import { websocketAllowed } from './loopback.js';

/** Why a relay address was refused. */
export type RelayAddressErrorCode = 'empty' | 'not-a-url' | 'not-websocket' | 'insecure-websocket';

/** Result of {@link parseRelayUrl}. */
export type RelayAddressResult =
	{ ok: true; url: string } | { ok: false; code: RelayAddressErrorCode };

// Changing it moves every store to a new, empty room on existing relays.
const ROOM_LABEL = 'comptoir-relay-room-v1\n';

/** Validates the relay address typed on the Devices page (one wss:// URL, ws:// on loopback). */
export function parseRelayUrl(text: string): RelayAddressResult {
	const trimmed = text.trim();
	if (trimmed.length === 0) return { ok: false, code: 'empty' };
	let url: URL;
	try {
		url = new URL(trimmed);
	} catch {
		return { ok: false, code: 'not-a-url' };
	}
	if (url.protocol !== 'ws:' && url.protocol !== 'wss:')
		return { ok: false, code: 'not-websocket' };
	if (!websocketAllowed(url)) return { ok: false, code: 'insecure-websocket' };
	// y-websocket appends "/room" to the address: a query or fragment would end up before it.
	if (url.search || url.hash) return { ok: false, code: 'not-a-url' };
	return { ok: true, url: trimmed.replace(/\/+$/, '') };
}

/** The relay room of a store: 64 hex characters, unguessable without the pairing secret. */
export async function relayRoomName(secret: string): Promise<string> {
	const bytes = new TextEncoder().encode(ROOM_LABEL + secret);
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
	return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
