/**
 * Peer-to-peer sync of this device's store, started once by the app shell (`startSync()`).
 *
 * The store always has a y-webrtc room and secret (made on first start, kept in localStorage,
 * never in the CRDT). Until the seller shares the shop or joins one, the provider runs with no
 * signaling server: tabs of this browser still stay in step through y-webrtc's encrypted
 * BroadcastChannel, and nothing leaves the device. Sharing turns signaling on; joining swaps in
 * the other device's room and secret, and keeps them only once a device actually connects, so a
 * wrong code leaves this device as it was.
 *
 * When the seller sets a relay address, a relay connection (relay-sync.ts) runs beside y-webrtc
 * on the same document, in a room derived from the secret. What the relay is known to hold
 * counts as delivered; a relay that already held this store's changes also confirms a join.
 */
import { WebrtcProvider } from 'y-webrtc';
import type * as Y from 'yjs';
import {
	attachWebrtcSync,
	defaultSignalingUrls,
	pairingLink,
	startRelaySync,
	tabEchoOrigin
} from '$lib/sync';
import type { DeliveryStatus, Pairing, RelayStatus, RelaySync, WebrtcSync } from '$lib/sync';
import { session } from './session.svelte';
import { syncVerdict } from './sync-verdict';
import type { SyncVerdict } from './sync-verdict';
import * as memory from './sync-memory';
import type { StoredPairing } from './sync-memory';

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
	#since = $state(0);
	#now = $state(0);
	#present = $state.raw<string[]>([]);
	#lastSeen = $state.raw<Record<string, number>>({});
	#onlyHere = $state.raw<string[]>([]);
	#provider: WebrtcProvider | null = null;
	#sync: WebrtcSync | null = null;
	#saveTimer: ReturnType<typeof setTimeout> | undefined;
	#remoteListeners: ((ids: string[]) => void)[] = [];
	#forgetTabEchoes: () => void = () => undefined;

	/** The store's room and secret (null before start). */
	get pairing(): StoredPairing | null {
		return this.#pairing;
	}

	/** Whether the shop was shared or joined (signaling is on). */
	get shared(): boolean {
		return this.#pairing?.shared ?? false;
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
		return this.#present;
	}

	/** When each other device was last connected, in ms since the epoch. */
	get lastSeen(): Record<string, number> {
		return this.#lastSeen;
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
		if (this.#pairing) return;
		this.#pairing = memory.loadPairing();
		this.#customSignaling = memory.loadSignaling();
		this.#relayUrl = memory.loadRelay();
		this.#lastSeen = memory.loadLastSeen();
		// Runs as long as the app: the verdict and last-seen times follow the clock.
		setInterval(() => this.#tick(), 1000);
		void session.store.whenSynced.then(() => {
			if (!this.#provider) this.#connect();
		});
	}

	/** Turns signaling on so that other devices can join with the link. */
	share(): void {
		if (!this.#pairing || this.#pairing.shared) return;
		this.#pairing = { ...this.#pairing, shared: true };
		memory.savePairing(this.#pairing);
		this.#connect();
	}

	/** Joins another device's shop; kept only once a device of that shop connects. */
	async join(pairing: Pairing): Promise<void> {
		this.start();
		await session.store.whenSynced;
		const current = this.#pairing;
		const same = current?.room === pairing.room && current.secret === pairing.secret;
		if (!same) this.#previous ??= current;
		this.#pairing = { ...pairing, shared: true };
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
		if (this.#sync) this.#connectRelay();
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
		const doc = session.store.doc;
		const provider = new WebrtcProvider(pairing.room, doc, {
			signaling: pairing.shared ? this.signalingUrls : [],
			password: pairing.secret,
			// No STUN or TURN: Comptoir talks to no public server; devices meet on the local network.
			peerOpts: { config: { iceServers: [] } }
		});
		// The room exists once its key is derived. What other tabs of this browser send through
		// it they have already written to this browser's IndexedDB: don't write it twice.
		void provider.key.then(() => {
			if (this.#provider !== provider || !provider.room) return;
			this.#forgetTabEchoes = session.store.storedElsewhere(tabEchoOrigin(provider.room));
		});
		const sync = attachWebrtcSync(provider, { acknowledged: memory.loadAcknowledged() });
		this.#provider = provider;
		this.#sync = sync;
		this.#since = Date.now();
		this.#now = this.#since;
		this.#status = sync.status();
		sync.onStatus((status) => this.#onStatus(status));
		// Presence carries only the device id: never a name of a customer or an order.
		provider.awareness.setLocalStateField('device', session.store.deviceId);
		provider.awareness.on('change', this.#onAwareness);
		doc.getMap('orders').observe(this.#onOrders);
		this.#connectRelay();
		this.#refreshOnlyHere();
	}

	#connectRelay(): void {
		this.#relay?.destroy();
		this.#relay = null;
		this.#relayStatus = null;
		const url = this.#relayUrl;
		const sync = this.#sync;
		if (!url || !sync || !this.#pairing) return;
		const relay = startRelaySync({
			url,
			secret: this.#pairing.secret,
			doc: session.store.doc,
			onHeld: (held) => sync.acknowledge(held)
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
		if (!this.#provider) return;
		this.#forgetTabEchoes();
		this.#forgetTabEchoes = () => undefined;
		this.#provider.awareness.off('change', this.#onAwareness);
		this.#provider.doc.getMap('orders').unobserve(this.#onOrders);
		this.#sync?.detach();
		this.#provider.destroy();
		this.#provider = null;
		this.#sync = null;
		this.#status = null;
		this.#present = [];
	}

	#onStatus(status: DeliveryStatus): void {
		this.#status = status;
		if (status.connectedPeers > 0) this.#confirmJoin();
		clearTimeout(this.#saveTimer);
		this.#saveTimer = setTimeout(() => {
			if (this.#sync) memory.saveAcknowledged(this.#sync.tracker.exportAcknowledged());
			this.#refreshOnlyHere();
		}, 500);
	}

	#onAwareness = () => {
		const provider = this.#provider;
		if (!provider) return;
		const own = session.store.deviceId;
		const ids: string[] = [];
		for (const [client, state] of provider.awareness.getStates()) {
			const device = (state as { device?: unknown }).device;
			if (client !== provider.doc.clientID && typeof device === 'string' && device !== own)
				if (!ids.includes(device)) ids.push(device);
		}
		this.#present = ids;
		this.#markSeen();
	};

	#onOrders = (event: Y.YMapEvent<unknown>) => {
		const origin = event.transaction.origin;
		const remote = origin === this.#provider?.room || (this.#relay?.isRelayOrigin(origin) ?? false);
		if (!this.#provider || !remote) return;
		const own = session.store.deviceId;
		const ids: string[] = [];
		for (const [id, change] of event.changes.keys) {
			if (change.action === 'add' && createdBy(event.target.get(id)) !== own) ids.push(id);
		}
		if (ids.length > 0) for (const listener of this.#remoteListeners) listener(ids);
	};

	#tick(): void {
		this.#now = Date.now();
		if (this.#present.length > 0 && this.#now % 30_000 < 1000) this.#markSeen();
	}

	#markSeen(): void {
		if (this.#present.length === 0) return;
		const now = Date.now();
		const seen = { ...this.#lastSeen };
		for (const id of this.#present) seen[id] = now;
		this.#lastSeen = seen;
		memory.saveLastSeen(seen);
	}

	#refreshOnlyHere(): void {
		const tracker = this.#sync?.tracker;
		if (!tracker) return;
		const own = session.store.deviceId;
		const ids: string[] = [];
		session.store.doc.getMap('orders').forEach((value, id) => {
			const item = (value as Y.Map<unknown>)._item;
			// isDelivered first: it is cheap, createdBy parses the order's creation record.
			if (item && !tracker.isDelivered(item.id) && createdBy(value) === own) ids.push(id);
		});
		this.#onlyHere = ids;
	}
}

function createdBy(order: unknown): string | null {
	try {
		const created = (order as Y.Map<unknown>).get('o');
		const parsed = JSON.parse(typeof created === 'string' ? created : 'null') as {
			deviceId?: unknown;
		} | null;
		return typeof parsed?.deviceId === 'string' ? parsed.deviceId : null;
	} catch {
		return null;
	}
}

/** This device's sync. */
export const sync = new SyncSession();

/** Starts peer-to-peer sync; the app shell calls it once, after opening the store. */
export function startSync(): void {
	sync.start();
}
