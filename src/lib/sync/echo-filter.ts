/*
 * y-webrtc rebroadcasts every update a device applies to every connected peer, including the peer
 * it came from. After a fresh device receives a 15 MB store it would send all 15 MB straight back.
 * Peers' delivery reports (see delivery-tracker.ts) say what each peer already holds, so a large
 * update that a peer's last report already contains is not sent to that peer: applying it there
 * would change nothing anyway.
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/** Whether `message` is a y-webrtc sync update whose content `snapshot` already holds. */
export function isUpdateHeldBy(message: Uint8Array, snapshot: Y.Snapshot): boolean {
	try {
		const decoder = decoding.createDecoder(message);
		// y-webrtc message type 0 (sync), y-protocols sync message type 2 (update).
		if (decoding.readVarUint(decoder) !== 0 || decoding.readVarUint(decoder) !== 2) return false;
		return Y.snapshotContainsUpdate(snapshot, decoding.readVarUint8Array(decoder));
	} catch {
		return false;
	}
}
