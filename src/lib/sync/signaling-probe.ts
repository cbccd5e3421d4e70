/*
 * Tells "nobody is in this room" apart from "somebody is, with another secret", so the pairing
 * screen can say which instead of spinning. y-webrtc's signaling server relays every published
 * message to every subscriber of the room, with `clients` (how many are subscribed), and y-webrtc
 * encrypts what it publishes with the room password (AES-GCM, see y-webrtc's crypto.js:
 * varString "AES-GCM", varUint8Array iv, varUint8Array ciphertext, then base64). A message
 * this device cannot decrypt comes from a device holding a different secret.
 */
import * as buffer from 'lib0/buffer';
import * as decoding from 'lib0/decoding';

/** What the signaling server has shown about the room. */
export interface RoomPresence {
	/** Subscribers of the room the server last reported, this device included (0: unknown yet). */
	roomClients: number;
	/** Messages in the room this device could not decrypt: a device uses another secret. */
	unreadableMessages: number;
}

/** The part of a y-webrtc SignalingConn used here (a lib0 Observable). */
export interface SignalingConnLike {
	on(event: 'message', listener: (message: unknown) => void): void;
	off(event: 'message', listener: (message: unknown) => void): void;
}

/** Options of {@link probeSignaling}. */
export interface ProbeOptions {
	conns: SignalingConnLike[];
	roomName: string;
	/** y-webrtc's derived room key (`provider.key`); null when the room has no password. */
	key: PromiseLike<CryptoKey | null>;
	onChange: (presence: RoomPresence) => void;
}

/** Watches the signaling connections' traffic for the room; returns the function that stops it. */
export function probeSignaling(options: ProbeOptions): () => void {
	const presence: RoomPresence = { roomClients: 0, unreadableMessages: 0 };
	const listener = (raw: unknown) => {
		const message = raw as { type?: unknown; topic?: unknown; data?: unknown; clients?: unknown };
		if (message?.type !== 'publish' || message.topic !== options.roomName) return;
		const clientsChanged =
			typeof message.clients === 'number' && message.clients !== presence.roomClients;
		if (clientsChanged) presence.roomClients = message.clients as number;
		void readable(message.data, options.key).then((ok) => {
			if (!ok) presence.unreadableMessages++;
			// Signaling is chatty while peers connect: report only what changed.
			if (clientsChanged || !ok) options.onChange({ ...presence });
		});
	};
	for (const conn of options.conns) conn.on('message', listener);
	return () => {
		for (const conn of options.conns) conn.off('message', listener);
	};
}

/** Whether this device can decrypt a room message (always true without a password). */
export async function readable(
	data: unknown,
	keyPromise: PromiseLike<CryptoKey | null>
): Promise<boolean> {
	const key = await keyPromise;
	if (!key) return true;
	if (typeof data !== 'string') return false;
	try {
		const decoder = decoding.createDecoder(buffer.fromBase64(data));
		if (decoding.readVarString(decoder) !== 'AES-GCM') return false;
		const iv = decoding.readVarUint8Array(decoder);
		const cipher = decoding.readVarUint8Array(decoder);
		await crypto.subtle.decrypt(
			{ name: 'AES-GCM', iv: iv as Uint8Array<ArrayBuffer> },
			key,
			cipher as Uint8Array<ArrayBuffer>
		);
		return true;
	} catch {
		return false;
	}
}
