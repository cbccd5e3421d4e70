/*
 * Attaches Comptoir's transport layer to a y-webrtc WebrtcProvider: every peer connection the
 * provider opens is wrapped by wirePeer (chunking, pacing, message checks) as soon as the
 * provider announces it in its 'peers' event, which y-webrtc emits synchronously after creating
 * the connection and before it can carry data. Peers also exchange delivery reports (a Yjs
 * snapshot, see delivery-tracker.ts) on connect and shortly after each change to the document.
 */
import type * as Y from 'yjs';
import { isUpdateHeldBy } from './echo-filter.js';
import { consoleDropLogger } from './drop-log.js';
import type { DropLogger } from './drop-log.js';
import { DeliveryTracker, decodeReport, encodeLocalSnapshot } from './delivery-tracker.js';
import { CONTROL_MARKER, wirePeer } from './peer-wire.js';
import { probeSignaling } from './signaling-probe.js';
import type { RoomPresence, SignalingConnLike } from './signaling-probe.js';
import { DEFAULT_STALL_TIMEOUT_MS, watchForStall } from './stall-watchdog.js';
import type { StallWatchdog } from './stall-watchdog.js';
import type { PeerLike, WiredPeer, WireOptions } from './peer-wire.js';

const DELIVERY_REPORT = 1;
/** Key prefix of face-to-face connections in a room (face-to-face.ts). */
export const FACE_PEER_PREFIX = 'face-';

/** The part of y-webrtc's WebrtcProvider used here (it is structurally a WebrtcProvider). */
export interface ProviderLike {
	doc: Y.Doc;
	room: { webrtcConns: Map<string, { peer: unknown }> } | null;
	on(event: 'peers', listener: (event: { added: string[]; removed: string[] }) => void): void;
	off(event: 'peers', listener: (event: { added: string[]; removed: string[] }) => void): void;
	/** With these three (a real WebrtcProvider has them), the status reports room presence. */
	roomName?: string;
	signalingConns?: SignalingConnLike[];
	key?: PromiseLike<CryptoKey | null>;
}

/** Options of {@link attachWebrtcSync}. */
export interface WebrtcSyncOptions extends Omit<
	WireOptions,
	'peerId' | 'onControl' | 'onDrop' | 'skipLarge' | 'onActivity'
> {
	onDrop?: DropLogger;
	/** Delay between a document change and the delivery report / status update, in ms. */
	reportDelayMs?: number;
	/** Merged peer knowledge saved by `tracker.exportAcknowledged()` before a reload. */
	acknowledged?: Uint8Array;
	/** A connection that received nothing after this long is rebuilt, in ms (0: never). */
	stallTimeoutMs?: number;
}

/** What the Devices and pairing pages show about peers and delivery. */
export interface DeliveryStatus extends RoomPresence {
	/** Other devices connected over WebRTC right now (tabs of this browser do not count). */
	connectedPeers: number;
	/** Every change on this device is held by at least one other device. */
	allDelivered: boolean;
}

/** Handle returned by {@link attachWebrtcSync}. */
export interface WebrtcSync {
	tracker: DeliveryTracker;
	status(): DeliveryStatus;
	/** Calls `listener` when the status may have changed; returns the unsubscribe function. */
	onStatus(listener: (status: DeliveryStatus) => void): () => void;
	/** Merges what another copy (e.g. the relay) is known to hold, and updates the status. */
	acknowledge(held: Y.Snapshot): void;
	detach(): void;
}

/** Wraps every WebRTC connection of `provider`; call right after creating the provider. */
export function attachWebrtcSync(
	provider: ProviderLike,
	options: WebrtcSyncOptions = {}
): WebrtcSync {
	const doc = provider.doc;
	const onDrop = options.onDrop ?? consoleDropLogger;
	const tracker = new DeliveryTracker(doc, options.acknowledged);
	const peers = new Map<string, { peer: PeerLike; wire: WiredPeer; watchdog: StallWatchdog }>();
	// Each peer's latest report, to avoid sending it large updates it already holds.
	const held = new Map<string, Y.Snapshot>();
	const listeners = new Set<(status: DeliveryStatus) => void>();
	let timer: ReturnType<typeof setTimeout> | undefined;
	let ackTimer: ReturnType<typeof setTimeout> | undefined;
	let presence: RoomPresence = { roomClients: 0, unreadableMessages: 0 };

	const status = (): DeliveryStatus => ({
		...presence,
		connectedPeers: [...peers.values()].filter(({ peer }) => peer.connected).length,
		allDelivered: tracker.allDelivered()
	});
	const notify = () => {
		const current = status();
		for (const listener of listeners) listener(current);
	};
	const report = (): Uint8Array => {
		const snapshot = encodeLocalSnapshot(doc);
		const message = new Uint8Array(snapshot.length + 2);
		message.set([CONTROL_MARKER, DELIVERY_REPORT]);
		message.set(snapshot, 2);
		return message;
	};
	const onControl = (peerId: string) => (message: Uint8Array) => {
		const snapshot = message[1] === DELIVERY_REPORT ? decodeReport(message.subarray(2)) : null;
		if (!snapshot)
			return onDrop({ code: 'invalid-delivery-report', peerId, bytes: message.length });
		tracker.acknowledgeSnapshot(snapshot);
		held.set(peerId, snapshot);
		notify();
	};
	const wire = (peerId: string) => {
		const peer = provider.room?.webrtcConns.get(peerId)?.peer as PeerLike | undefined;
		if (!peer || peers.has(peerId)) return;
		const skipLarge = (message: Uint8Array) => {
			const snapshot = held.get(peerId);
			return snapshot !== undefined && isUpdateHeldBy(message, snapshot);
		};
		const watch = () =>
			watchForStall(options.stallTimeoutMs ?? DEFAULT_STALL_TIMEOUT_MS, () => {
				onDrop({ code: 'peer-stalled', peerId });
				peer.destroy?.();
			});
		// A face-to-face offer waits for a person to scan the answer: its clock starts at connect.
		const watchdog = peerId.startsWith(FACE_PEER_PREFIX) ? deferredWatch(peer, watch) : watch();
		const handle = wirePeer(peer, {
			...options,
			peerId,
			onDrop,
			onControl: onControl(peerId),
			onActivity: () => watchdog.heard(),
			skipLarge
		});
		peers.set(peerId, { peer, wire: handle, watchdog });
		const greet = () => {
			handle.sendControl(report());
			notify();
		};
		if (peer.connected) greet();
		else peer.on('connect', greet);
	};
	const onPeers = ({ added, removed }: { added: string[]; removed: string[] }) => {
		added.forEach(wire);
		for (const peerId of removed) {
			peers.get(peerId)?.watchdog.stop();
			peers.delete(peerId);
			held.delete(peerId);
		}
		if (removed.length > 0) notify();
	};
	const onUpdate = () => {
		clearTimeout(timer);
		timer = setTimeout(() => {
			const message = report();
			for (const { peer, wire } of peers.values()) if (peer.connected) wire.sendControl(message);
			notify();
		}, options.reportDelayMs ?? 300);
	};

	const { roomName, signalingConns, key } = provider;
	const stopProbe =
		roomName && signalingConns && key
			? probeSignaling({
					conns: signalingConns,
					roomName,
					key,
					onChange: (latest) => {
						presence = latest;
						notify();
					}
				})
			: () => {};
	provider.on('peers', onPeers);
	doc.on('update', onUpdate);
	for (const peerId of provider.room?.webrtcConns.keys() ?? []) wire(peerId);

	return {
		tracker,
		status,
		onStatus(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		acknowledge(held) {
			tracker.acknowledgeSnapshot(held);
			// The relay acknowledges every update it passes on, and the status compares the whole
			// document: one status per burst, as for reports.
			clearTimeout(ackTimer);
			ackTimer = setTimeout(notify, options.reportDelayMs ?? 300);
		},
		detach() {
			clearTimeout(timer);
			clearTimeout(ackTimer);
			stopProbe();
			provider.off('peers', onPeers);
			doc.off('update', onUpdate);
			for (const { wire, watchdog } of peers.values()) {
				watchdog.stop();
				wire.unwire();
			}
			peers.clear();
			listeners.clear();
		}
	};
}

/** A stall watchdog that starts only once the peer connects. */
function deferredWatch(peer: PeerLike, watch: () => StallWatchdog): StallWatchdog {
	let running: StallWatchdog | null = null;
	let done = false;
	const start = () => {
		if (!done) running ??= watch();
	};
	if (peer.connected) start();
	else peer.on('connect', start);
	return {
		heard() {
			done = true;
			running?.heard();
		},
		stop() {
			done = true;
			running?.stop();
		}
	};
}
