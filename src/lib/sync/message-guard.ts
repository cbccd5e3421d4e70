/*
 * Checks a whole y-webrtc message before y-webrtc sees it. y-webrtc applies whatever a peer
 * sends, and Yjs integrates an update's structs before it reads the update's delete set, so a
 * message that fails half-way could change the document and then throw. Decoding the update in
 * full first (Y.decodeUpdate reads structs and delete set without touching any document) means a
 * malformed message is refused before anything is applied.
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import type { DropCode } from './drop-log.js';

// Message types of y-webrtc 10 (src/y-webrtc.js) and sync steps of y-protocols/sync.
const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_QUERY_AWARENESS = 3;
const MESSAGE_BC_PEER_ID = 4;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** Returns why a y-webrtc peer message must be dropped, or null when it is safe to hand on. */
export function checkPeerMessage(bytes: Uint8Array): DropCode | null {
	if (bytes.length === 0) return 'empty-message';
	const decoder = decoding.createDecoder(bytes);
	let type: number;
	try {
		type = decoding.readVarUint(decoder);
	} catch {
		return 'unknown-message-type';
	}
	switch (type) {
		case MESSAGE_SYNC:
			return checkSync(decoder);
		case MESSAGE_AWARENESS:
			return attempt('invalid-awareness', () =>
				checkAwareness(decoding.readVarUint8Array(decoder))
			);
		case MESSAGE_QUERY_AWARENESS:
			return null;
		case MESSAGE_BC_PEER_ID:
			// Only meaningful between tabs: over WebRTC it would let a peer mute others' signaling.
			return 'forbidden-message-type';
		default:
			return 'unknown-message-type';
	}
}

function checkSync(decoder: decoding.Decoder): DropCode | null {
	let step: number;
	let payload: Uint8Array;
	try {
		step = decoding.readVarUint(decoder);
		payload = decoding.readVarUint8Array(decoder);
	} catch {
		return 'invalid-sync-message';
	}
	if (step === SYNC_STEP_1)
		return attempt('invalid-state-vector', () => Y.decodeStateVector(payload));
	if (step === SYNC_STEP_2 || step === SYNC_UPDATE) {
		return attempt('invalid-update', () => Y.decodeUpdate(payload));
	}
	return 'invalid-sync-message';
}

// Same layout as y-protocols/awareness encodeAwarenessUpdate: count, then (client, clock, JSON).
function checkAwareness(update: Uint8Array): void {
	const decoder = decoding.createDecoder(update);
	const count = decoding.readVarUint(decoder);
	for (let i = 0; i < count; i++) {
		decoding.readVarUint(decoder);
		decoding.readVarUint(decoder);
		JSON.parse(decoding.readVarString(decoder));
	}
}

function attempt(code: DropCode, check: () => unknown): DropCode | null {
	try {
		check();
		return null;
	} catch {
		return code;
	}
}
