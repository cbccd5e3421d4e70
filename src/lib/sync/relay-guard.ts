/*
 * Checks every frame the relay sends before y-websocket reads it, without forking y-websocket:
 * the provider takes a WebSocket class (`WebSocketPolyfill`) and sets `onmessage` on each socket
 * it makes. guardWebSocket returns a class whose sockets keep that handler aside and call it only
 * for frames that pass the same check as peer messages (message-guard.ts), so a malformed update
 * from the relay is dropped before Yjs integrates any of it. The frames that pass also tell what
 * the relay holds: the standard server sends its state vector on connect (sync step 1), answers
 * ours with everything it has that we lack plus its whole delete set (sync step 2), and sends
 * every update it integrates to every connection, its author included.
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import type { DropCode } from './drop-log.js';
import { checkPeerMessage } from './message-guard.js';

const MESSAGE_SYNC = 0;
const SYNC_STEP_1 = 0;

/** Result of {@link inspectRelayMessage}. */
export type RelayInspection =
	| { ok: false; code: DropCode }
	/**
	 * `held`: what the relay is known to hold from this message (null: nothing learnt);
	 * `announced`: the message is the relay's own state vector, sent first on each connection.
	 */
	| { ok: true; held: Y.Snapshot | null; announced: boolean };

/** Checks one frame from the relay and reads what it proves the relay holds. */
export function inspectRelayMessage(bytes: Uint8Array): RelayInspection {
	const code = checkPeerMessage(bytes);
	if (code) return { ok: false, code };
	const decoder = decoding.createDecoder(bytes);
	if (decoding.readVarUint(decoder) !== MESSAGE_SYNC)
		return { ok: true, held: null, announced: false };
	const step = decoding.readVarUint(decoder);
	const payload = decoding.readVarUint8Array(decoder);
	if (step === SYNC_STEP_1) {
		const held = Y.createSnapshot(Y.createDeleteSet(), Y.decodeStateVector(payload));
		return { ok: true, held, announced: true };
	}
	return { ok: true, held: heldByUpdate(payload), announced: false };
}

/**
 * What a relay that sent this update holds. The server only sends structs it integrated, and
 * Yjs integrates a client's structs in clock order with nothing missing, so a struct ending at
 * clock `to` means the relay holds that client's changes from 0 to `to`.
 */
function heldByUpdate(update: Uint8Array): Y.Snapshot {
	const { to } = Y.parseUpdateMeta(update);
	return Y.createSnapshot(Y.decodeUpdate(update).ds, to);
}

/** Options of {@link guardWebSocket}. */
export interface GuardOptions {
	/** The real WebSocket class (the browser's, or a test double). */
	Base: typeof WebSocket;
	/** Sees every incoming frame (null: not binary); returns whether to hand it on. */
	accept: (bytes: Uint8Array | null) => boolean;
}

/** A WebSocket class for y-websocket's `WebSocketPolyfill` whose sockets filter incoming frames. */
export function guardWebSocket(options: GuardOptions): typeof WebSocket {
	function GuardedWebSocket(url: string | URL, protocols?: string | string[]): WebSocket {
		const socket = new options.Base(url, protocols);
		let handler: WebSocket['onmessage'] = null;
		// An own property shadows the prototype's onmessage: the socket never calls the handler
		// itself, only the listener below does, after the check.
		Object.defineProperty(socket, 'onmessage', {
			configurable: true,
			get: () => handler,
			set: (value: WebSocket['onmessage']) => (handler = value)
		});
		socket.addEventListener('message', (event: MessageEvent) => {
			const data: unknown = event.data;
			const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : null;
			if (options.accept(bytes)) handler?.call(socket, event);
		});
		return socket;
	}
	// Called with `new` by y-websocket: a constructor function may return the object it built.
	return GuardedWebSocket as unknown as typeof WebSocket;
}
