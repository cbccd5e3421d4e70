/*
 * One store's y-webrtc room with Comptoir's transport attached: the provider, the wired peers
 * (chunks, message checks, delivery reports: webrtc-sync.ts) and who is present. Devices reach
 * the room through a signaling server when one is set, or face to face (face-to-face.ts), which
 * adds connections to the same room by hand: both paths carry the same protocol.
 */
import { WebrtcProvider } from 'y-webrtc';
import type * as Y from 'yjs';
import { presentDevices } from './presence.js';
import { tabEchoOrigin } from './tab-echo.js';
import { attachWebrtcSync } from './webrtc-sync.js';
import type { WebrtcSync } from './webrtc-sync.js';

/** Options of {@link openPeerRoom}. */
export interface PeerRoomOptions {
	room: string;
	secret: string;
	doc: Y.Doc;
	/** Signaling servers ([]: none, only tabs of this browser and face-to-face connections). */
	signaling: string[];
	/** This device's id, the only thing presence carries (never a customer or an order). */
	deviceId: string;
	/** Merged peer knowledge saved before a reload (see DeliveryTracker). */
	acknowledged?: Uint8Array;
}

/** An open room: the provider, its transport, and presence. */
export interface PeerRoom {
	readonly provider: WebrtcProvider;
	readonly sync: WebrtcSync;
	/** Resolves once the room's key is derived and the room exists (null if closed first). */
	readonly opened: Promise<PeerRoomInside | null>;
	/** True for the transaction origin of changes another device or tab sent through the room. */
	isRoomOrigin(origin: unknown): boolean;
	/** Calls `listener` with the ids of the other devices present, on every change. */
	onPresence(listener: (deviceIds: string[]) => void): void;
	close(): void;
}

/** The y-webrtc room once open (see face-to-face.ts for what uses it). */
export type PeerRoomInside = NonNullable<WebrtcProvider['room']>;

/** Opens the room; every connection it makes is wired before it carries data. */
export function openPeerRoom(o: PeerRoomOptions): PeerRoom {
	const provider = new WebrtcProvider(o.room, o.doc, {
		signaling: o.signaling,
		password: o.secret,
		// No STUN or TURN: Comptoir talks to no public server; devices meet on the local network.
		peerOpts: { config: { iceServers: [] } }
	});
	const sync = attachWebrtcSync(provider, { acknowledged: o.acknowledged });
	const presenceListeners: ((ids: string[]) => void)[] = [];
	const onAwareness = () => {
		const ids = presentDevices(provider.awareness, o.deviceId);
		for (const listener of presenceListeners) listener(ids);
	};
	provider.awareness.setLocalStateField('device', o.deviceId);
	provider.awareness.on('change', onAwareness);
	let closed = false;
	const opened = Promise.resolve(provider.key).then(() =>
		closed || !provider.room ? null : provider.room
	);
	return {
		provider,
		sync,
		opened,
		isRoomOrigin: (origin) => origin !== null && origin === provider.room,
		onPresence: (listener) => presenceListeners.push(listener),
		close() {
			closed = true;
			provider.awareness.off('change', onAwareness);
			sync.detach();
			provider.destroy();
		}
	};
}

/** The tab-echo test for an open room (see tab-echo.ts). */
export function roomTabEchoes(room: PeerRoomInside): (origin: unknown) => boolean {
	return tabEchoOrigin(room);
}
