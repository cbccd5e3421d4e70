/**
 * Peer-to-peer sync of this device's store, started once by the app shell (`startSync()`).
 *
 * The store always has a y-webrtc room and secret (made on first start, kept in localStorage,
 * never in the CRDT). The room itself (lib/sync/peer-room.ts) runs with no signaling server until
 * the seller shares the shop: tabs of this browser stay in step through its encrypted
 * BroadcastChannel, and devices can connect face to face (sync-face.svelte.ts). Sharing turns
 * signaling on; joining swaps in the other device's room and secret, and keeps them only once a
 * device actually connects, so a wrong code leaves this device as it was.
 *
 * When the seller sets a relay address, a relay connection (relay-sync.ts) runs beside the room
 * on the same document, in a room derived from the secret. What the relay is known to hold
 * counts as delivered; a relay that already held this store's changes also confirms a join.
 *
 * On plain http (not a secure context) nothing starts: the browser gives no Web Crypto there, and
 * the screens say so (sync-origin.ts).
 */
import { ordersCreatedBy, watchArrivingOrders } from '$lib/data';
import {
	defaultSignalingUrls,
	parseRelayUrl,
	parseSignalingUrls,
	openPeerRoom,
	pairingLink,
	roomTabEchoes,
	startRelaySync
} from '$lib/sync';
import type {
	DeliveryStatus,
	Pairing,
	PeerRoom,
	PeerRoomInside,
	RelayStatus,
	RelaySync
} from '$lib/sync';
import { session } from './session.svelte';
import * as memory from './sync-memory';
import type { StoredPairing } from './sync-memory';
import { secureOrigin } from './sync-origin';
import { SyncPresence } from './sync-presence.svelte';
import { syncVerdict } from './sync-verdict';
import type { SyncVerdict } from './sync-verdict';

/** How long a search for other devices lasts before the page says why nothing connects, in ms. */
export const SEARCH_PATIENCE_MS = 10_000;

/** Reactive state of this device's sync. */
export class SyncSession {
	#pairing = $state.raw<StoredPairing | null>(null);
	/** The pairing to restore if a join never finds a device. */
	#previous: StoredPairing | null = null;
	#customSignaling = $state.raw<string[] | null>(null);
	#relayUrl = $state.raw<string | null>(null);
	#relayStatus = $state.raw<RelayStatus | null>(null);
	#relay: RelaySync | null = null;
	#status = $state.raw<DeliveryStatus | null>(null);
	#dropped = $state(false);
	#since = $state(0);
	#now = $state(0);
	#onlyHere = $state.raw<string[]>([]);
	#room: PeerRoom | null = null;
	#faceExpected = false;
	#saveTimer: ReturnType<typeof setTimeout> | undefined;
	#remoteListeners: ((ids: string[]) => void)[] = [];
	#stopWatching: () => void = () => undefined;
	readonly #presence = new SyncPresence();

	/** Whether this page can sync at all (a secure context: https or localhost). */
	get secure(): boolean {
		return secureOrigin;
	}

	/** The store's room and secret (null before start). */
	get pairing(): StoredPairing | null {
		return this.#pairing;
	}

	/** Whether the shop was shared or joined (signaling is on). */
	get shared(): boolean {
		return this.#pairing?.shared ?? false;
	}

	/** Whether this device syncs with others: shared, or met one face to face. */
	get paired(): boolean {
		return this.shared || (this.#pairing?.faceToFace ?? false);
	}

	/** Whether a join is waiting for its first device. */
	get joining(): boolean {
		return this.#previous !== null;
	}

	/** Signaling servers in use: the seller's, else the build-time or same-host default. */
	get signalingUrls(): string[] {
		return this.#customSignaling ?? this.defaultSignalingUrls;
	}

	/** Whether the signaling servers are the default ones. */
	get signalingIsDefault(): boolean {
		return this.#customSignaling === null;
	}

	/** The default signaling servers for this page. */
	get defaultSignalingUrls(): string[] {
		const configured = import.meta.env.VITE_SIGNALING_URL as string | undefined;
		return defaultSignalingUrls(location, { VITE_SIGNALING_URL: configured });
	}

	/** The relay address set on this device (null: no relay, the default). */
	get relayUrl(): string | null {
		return this.#relayUrl;
	}

	/** The relay connection's status (null without a relay). */
	get relayStatus(): RelayStatus | null {
		return this.#relayStatus;
	}

	/** Transport status: peers, room presence, delivery. */
	get status(): DeliveryStatus | null {
		return this.#status;
	}

	/** True when every connection to another device closed since the last one opened. */
	get dropped(): boolean {
		return this.#dropped;
	}

	/** What the seller is told about the connection. */
	get verdict(): SyncVerdict {
		return syncVerdict({
			shared: this.shared,
			status: this.#status,
			since: this.#since,
			now: this.#now,
			patienceMs: SEARCH_PATIENCE_MS,
			relayConnected: this.#relayStatus?.state === 'connected'
		});
	}

	/** Other devices connected right now, by device id. */
	get connectedDevices(): string[] {
		return this.#presence.present;
	}

	/** When each other device was last connected, in ms since the epoch. */
	get lastSeen(): Record<string, number> {
		return this.#presence.lastSeen;
	}

	/** Whether everything on this device is held by at least one other device. */
	get allDelivered(): boolean {
		return this.#status?.allDelivered ?? false;
	}

	/** Ids of orders created here that no other device has acknowledged yet. */
	get ordersOnlyHere(): string[] {
		return this.#onlyHere;
	}

	/** The link another device opens to join (holds the secret: show it only when asked). */
	link(origin: string): string | null {
		return this.#pairing ? pairingLink(this.#pairing, origin) : null;
	}

	/** Starts sync for the open store; later calls do nothing. */
	start(): void {
		if (this.#pairing || !this.secure) return;
		this.#pairing = memory.loadPairing();
		// Addresses kept from before ws:// was refused on the network are not used any more.
		const signaling = memory.loadSignaling();
		this.#customSignaling =
			signaling && parseSignalingUrls(signaling.join(' ')).ok ? signaling : null;
		const relay = memory.loadRelay();
		this.#relayUrl = relay && parseRelayUrl(relay).ok ? relay : null;
		this.#presence.load();
		// Runs as long as the app: the verdict and last-seen times follow the clock.
		setInterval(() => this.#tick(), 1000);
		void session.store.whenSynced.then(() => {
			if (!this.#room) this.#connect();
		});
	}

	/** Turns signaling on so that other devices can join with the link. */
	share(): void {
		if (!this.#pairing || this.#pairing.shared) return;
		this.#pairing = { ...this.#pairing, shared: true };
		memory.savePairing(this.#pairing);
		this.#connect();
	}

	/**
	 * Joins another device's shop; kept only once a device of that shop connects. A link turns
	 * signaling on; a face-to-face code does not need it (`signaling: false`).
	 */
	async join(pairing: Pairing, o: { signaling?: boolean } = {}): Promise<void> {
		this.start();
		await session.store.whenSynced;
		const current = this.#pairing;
		const same = current?.room === pairing.room && current.secret === pairing.secret;
		if (same && (o.signaling === false || current.shared)) return;
		if (!same) this.#previous ??= current;
		this.#pairing = {
			...pairing,
			shared: o.signaling === false ? same && current.shared : true,
			...(current?.faceToFace && same ? { faceToFace: true } : {})
		};
		if (same) memory.savePairing(this.#pairing);
		this.#connect();
	}

	/** Gives up a join that found no device and goes back to the previous pairing. */
	cancelJoin(): void {
		if (!this.#previous) return;
		this.#pairing = this.#previous;
		this.#previous = null;
		this.#connect();
	}

	/** Uses these signaling servers (null: the default ones). */
	setSignaling(urls: string[] | null): void {
		this.#customSignaling = urls;
		memory.saveSignaling(urls);
		if (this.shared) this.#connect();
	}

	/** Uses the relay at this address beside the peers (null: no relay). */
	setRelay(url: string | null): void {
		this.#relayUrl = url;
		memory.saveRelay(url);
		if (this.#room) this.#connectRelay();
	}

	/** The open room, for face-to-face connections (waits for the store and the room's key). */
	async openRoom(): Promise<PeerRoomInside> {
		this.start();
		await session.store.whenSynced;
		if (!this.#room) this.#connect();
		const inside = await this.#room?.opened;
		if (!inside) throw new Error('sync is not running');
		return inside;
	}

	/** A face-to-face connection is on its way: once a device connects, this one counts as paired. */
	expectFaceToFace(): void {
		this.#faceExpected = true;
	}

	#markFaceToFace(): void {
		this.#faceExpected = false;
		if (!this.#pairing || this.#pairing.faceToFace) return;
		this.#pairing = { ...this.#pairing, faceToFace: true };
		if (!this.#previous) memory.savePairing(this.#pairing);
	}

	/** Calls `listener` with the ids of orders another device created, as they arrive. */
	onRemoteOrders(listener: (ids: string[]) => void): () => void {
		this.#remoteListeners.push(listener);
		return () => {
			this.#remoteListeners = this.#remoteListeners.filter((l) => l !== listener);
		};
	}

	#connect(): void {
		this.#disconnect();
		const pairing = this.#pairing;
		if (!pairing) return;
		const store = session.store;
		const room = openPeerRoom({
			room: pairing.room,
			secret: pairing.secret,
			doc: store.doc,
			signaling: pairing.shared ? this.signalingUrls : [],
			deviceId: store.deviceId,
			acknowledged: memory.loadAcknowledged()
		});
		this.#room = room;
		// What other tabs of this browser send through the room they have already written to
		// this browser's IndexedDB: don't write it twice.
		void room.opened.then((inside) => {
			if (this.#room !== room || !inside) return;
			const forget = store.storedElsewhere(roomTabEchoes(inside));
			const stop = this.#stopWatching;
			this.#stopWatching = () => {
				stop();
				forget();
			};
		});
		this.#since = Date.now();
		this.#now = this.#since;
		this.#status = room.sync.status();
		room.sync.onStatus((status) => this.#onStatus(status));
		room.onPresence((ids) => this.#presence.update(ids));
		this.#stopWatching = watchArrivingOrders(
			store.doc,
			{
				deviceId: store.deviceId,
				isRemote: (origin) =>
					room.isRoomOrigin(origin) || (this.#relay?.isRelayOrigin(origin) ?? false)
			},
			(ids) => {
				for (const listener of this.#remoteListeners) listener(ids);
			}
		);
		this.#connectRelay();
		this.#refreshOnlyHere();
	}

	#connectRelay(): void {
		this.#relay?.destroy();
		this.#relay = null;
		this.#relayStatus = null;
		const url = this.#relayUrl;
		const room = this.#room;
		if (!url || !room || !this.#pairing) return;
		const relay = startRelaySync({
			url,
			secret: this.#pairing.secret,
			doc: session.store.doc,
			onHeld: (held) => room.sync.acknowledge(held)
		});
		this.#relay = relay;
		this.#relayStatus = relay.status();
		relay.onStatus((status) => {
			this.#relayStatus = status;
			// Only a device holding the secret can have written to this room: the code is right.
			if (status.found) this.#confirmJoin();
		});
	}

	#confirmJoin(): void {
		if (!this.#previous) return;
		this.#previous = null;
		if (this.#pairing) memory.savePairing(this.#pairing);
	}

	#disconnect(): void {
		this.#relay?.destroy();
		this.#relay = null;
		this.#relayStatus = null;
		if (!this.#room) return;
		this.#stopWatching();
		this.#stopWatching = () => undefined;
		this.#room.close();
		this.#room = null;
		this.#status = null;
		this.#dropped = false;
		this.#presence.clear();
	}

	#onStatus(status: DeliveryStatus): void {
		const before = this.#status?.connectedPeers ?? 0;
		this.#status = status;
		if (status.connectedPeers > 0) {
			this.#dropped = false;
			this.#confirmJoin();
			if (this.#faceExpected) this.#markFaceToFace();
		} else if (before > 0) this.#dropped = true;
		clearTimeout(this.#saveTimer);
		this.#saveTimer = setTimeout(() => {
			if (this.#room) memory.saveAcknowledged(this.#room.sync.tracker.exportAcknowledged());
			this.#refreshOnlyHere();
		}, 500);
	}

	#tick(): void {
		this.#now = Date.now();
		this.#presence.tick(this.#now);
	}

	#refreshOnlyHere(): void {
		const tracker = this.#room?.sync.tracker;
		if (!tracker) return;
		// isDelivered first: it is cheap, the creator is read from the order's creation record.
		this.#onlyHere = ordersCreatedBy(session.store.doc, session.store.deviceId, (order) => {
			const item = order._item;
			return item !== null && !tracker.isDelivered(item.id);
		});
	}
}

/** This device's sync. */
export const sync = new SyncSession();

/** Starts peer-to-peer sync; the app shell calls it once, after opening the store. */
export function startSync(): void {
	sync.start();
}
