/*
 * The optional relay: a standard Yjs WebSocket server (@y/websocket-server) that keeps one
 * always-on copy of the store, used beside the peer-to-peer mesh. y-websocket's provider talks
 * to it unchanged; Comptoir adds the room name derived from the pairing secret (relay-address.ts)
 * and the check of every incoming frame (relay-guard.ts). Presence is not shared through it.
 */
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { consoleDropLogger } from './drop-log.js';
import type { DropLogger } from './drop-log.js';
import { relayRoomName } from './relay-address.js';
import { guardWebSocket, inspectRelayMessage } from './relay-guard.js';

/** Options of {@link startRelaySync}. */
export interface RelaySyncOptions {
	/** A ws:// or wss:// address checked by parseRelayUrl. */
	url: string;
	/** The pairing secret: the relay room is derived from it. */
	secret: string;
	doc: Y.Doc;
	onDrop?: DropLogger;
	/** Receives what the relay is known to hold, as it learns it. */
	onHeld?: (held: Y.Snapshot) => void;
	/** The WebSocket class to use (default: the platform's). */
	WebSocket?: typeof WebSocket;
}

/** 'unreachable' from the first failed or lost connection until one succeeds again. */
export type RelayState = 'connecting' | 'connected' | 'unreachable';

/** What the Devices page shows about the relay. */
export interface RelayStatus {
	state: RelayState;
	/** The relay and this device exchanged what each lacked since the connection opened. */
	synced: boolean;
	/** The relay already held changes for this store when this device first reached it. */
	found: boolean;
}

/** Handle returned by {@link startRelaySync}. */
export interface RelaySync {
	status(): RelayStatus;
	/** Calls `listener` when the status changes; returns the unsubscribe function. */
	onStatus(listener: (status: RelayStatus) => void): () => void;
	/** Whether a transaction with this origin was applied from the relay. */
	isRelayOrigin(origin: unknown): boolean;
	destroy(): void;
}

/** Connects `doc` to the relay at `url` (reconnecting until destroyed). */
export function startRelaySync(options: RelaySyncOptions): RelaySync {
	const onDrop = options.onDrop ?? consoleDropLogger;
	const listeners = new Set<(status: RelayStatus) => void>();
	let current: RelayStatus = { state: 'connecting', synced: false, found: false };
	let announced = false;
	let provider: WebsocketProvider | null = null;
	let destroyed = false;

	const set = (next: Partial<RelayStatus>) => {
		const status = { ...current, ...next };
		const same = (Object.keys(status) as (keyof RelayStatus)[]).every(
			(k) => status[k] === current[k]
		);
		if (same) return;
		current = status;
		for (const listener of listeners) listener(status);
	};
	const accept = (bytes: Uint8Array | null): boolean => {
		if (!bytes) {
			onDrop({ code: 'malformed-frame', peerId: 'relay', detail: 'not a binary frame' });
			return false;
		}
		const inspection = inspectRelayMessage(bytes);
		if (!inspection.ok) {
			onDrop({ code: inspection.code, peerId: 'relay', bytes: bytes.length });
			return false;
		}
		if (inspection.announced && !announced) {
			announced = true;
			set({ found: inspection.held !== null && inspection.held.sv.size > 0 });
		}
		if (inspection.held) options.onHeld?.(inspection.held);
		return true;
	};

	void relayRoomName(options.secret).then((room) => {
		if (destroyed) return;
		provider = new WebsocketProvider(options.url, room, options.doc, {
			WebSocketPolyfill: guardWebSocket({ Base: options.WebSocket ?? WebSocket, accept }),
			// Tabs of this browser already share changes through y-webrtc's encrypted channel.
			disableBc: true
		});
		provider.on('status', ({ status }) => {
			if (status === 'connected') set({ state: 'connected' });
		});
		provider.on('connection-close', () => set({ state: 'unreachable', synced: false }));
		provider.on('sync', (synced) => set({ synced }));
	});

	return {
		status: () => current,
		onStatus(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		isRelayOrigin: (origin) => provider !== null && origin === provider,
		destroy() {
			destroyed = true;
			listeners.clear();
			if (!provider) return;
			provider.destroy();
			provider.awareness.destroy();
			provider = null;
		}
	};
}
