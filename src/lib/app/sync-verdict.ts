import type { DeliveryStatus } from '$lib/sync';

/** What the seller is told about the connection to other devices. */
export type SyncVerdict =
	'off' | 'searching' | 'connected' | 'relay-only' | 'no-server' | 'no-device' | 'wrong-code';

/** Options of {@link syncVerdict}. */
export interface VerdictInput {
	shared: boolean;
	status: DeliveryStatus | null;
	/** When the search for other devices started, in ms. */
	since: number;
	now: number;
	/** How long to search before saying why nothing connects, in ms. */
	patienceMs: number;
	/** A relay is set and connected. */
	relayConnected?: boolean;
}

/**
 * Tells "searching" from the three ways a search ends empty: no answer from the signaling
 * server, nobody in the room (stale or mistyped code), or somebody there who cannot read us
 * (another secret for the same room). With a connected relay and no sign of a wrong code,
 * finding no device is normal: changes still leave through the relay.
 */
export function syncVerdict(o: VerdictInput): SyncVerdict {
	const status = o.status;
	// Face-to-face connections need no sharing (no signaling): connected is connected.
	if (status && status.connectedPeers > 0) return 'connected';
	if (!o.shared) return 'off';
	if (o.now - o.since < o.patienceMs) return 'searching';
	if (status && (status.unreadableMessages > 0 || status.roomClients > 1)) return 'wrong-code';
	if (o.relayConnected) return 'relay-only';
	if (!status) return 'no-server';
	if (status.roomClients === 0) return 'no-server';
	return 'no-device';
}
