/**
 * What this device remembers about sync, in localStorage: the store's room and secret (never in
 * the shared CRDT), whether it was shared, signaling addresses typed by the seller, when each
 * other device was last seen, what peers acknowledged, and when the last backup was made.
 */
import { createPairing } from '$lib/sync';
import type { Pairing } from '$lib/sync';

type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The pairing of this device's store. */
export interface StoredPairing extends Pairing {
	/** False until the seller shares the shop or joins one: signaling stays off until then. */
	shared: boolean;
	/** True once this device connected to another one face to face (no signaling needed). */
	faceToFace?: boolean;
}

const keys = {
	pairing: 'comptoir.sync.pairing',
	signaling: 'comptoir.sync.signaling',
	relay: 'comptoir.sync.relay',
	lastSeen: 'comptoir.sync.lastSeen',
	acknowledged: 'comptoir.sync.acknowledged',
	lastBackup: 'comptoir.backup.last'
} as const;

function read(storage: KeyValue, key: string): unknown {
	try {
		return JSON.parse(storage.getItem(key) ?? 'null');
	} catch {
		return null;
	}
}

/** This store's pairing; a new unshared one is made and kept on first use. */
export function loadPairing(storage: KeyValue = localStorage): StoredPairing {
	const value = read(storage, keys.pairing) as Partial<StoredPairing> | null;
	if (value && typeof value.room === 'string' && typeof value.secret === 'string')
		return {
			room: value.room,
			secret: value.secret,
			shared: value.shared === true,
			...(value.faceToFace === true ? { faceToFace: true } : {})
		};
	const fresh = { ...createPairing(), shared: false };
	savePairing(fresh, storage);
	return fresh;
}

/** Remembers the store's pairing. */
export function savePairing(pairing: StoredPairing, storage: KeyValue = localStorage): void {
	storage.setItem(keys.pairing, JSON.stringify(pairing));
}

/** Signaling addresses the seller typed, or null for the default. */
export function loadSignaling(storage: KeyValue = localStorage): string[] | null {
	const value = read(storage, keys.signaling);
	return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : null;
}

/** Remembers signaling addresses (null goes back to the default). */
export function saveSignaling(urls: string[] | null, storage: KeyValue = localStorage): void {
	if (urls) storage.setItem(keys.signaling, JSON.stringify(urls));
	else storage.removeItem(keys.signaling);
}

/** The relay address the seller set on this device, or null (no relay, the default). */
export function loadRelay(storage: KeyValue = localStorage): string | null {
	const value = read(storage, keys.relay);
	return typeof value === 'string' ? value : null;
}

/** Remembers the relay address (null: no relay). */
export function saveRelay(url: string | null, storage: KeyValue = localStorage): void {
	if (url) storage.setItem(keys.relay, JSON.stringify(url));
	else storage.removeItem(keys.relay);
}

/** Last time each other device was connected, in ms since the epoch, by device id. */
export function loadLastSeen(storage: KeyValue = localStorage): Record<string, number> {
	const value = read(storage, keys.lastSeen);
	if (!value || typeof value !== 'object') return {};
	return Object.fromEntries(
		Object.entries(value).filter((entry): entry is [string, number] => typeof entry[1] === 'number')
	);
}

/** Remembers when other devices were last seen. */
export function saveLastSeen(seen: Record<string, number>, storage: KeyValue = localStorage): void {
	storage.setItem(keys.lastSeen, JSON.stringify(seen));
}

/** What peers acknowledged holding (an encoded Yjs snapshot), kept across reloads. */
export function loadAcknowledged(storage: KeyValue = localStorage): Uint8Array | undefined {
	const value = storage.getItem(keys.acknowledged);
	if (!value) return undefined;
	try {
		return Uint8Array.from(atob(value), (c) => c.charCodeAt(0));
	} catch {
		return undefined;
	}
}

/** Remembers what peers acknowledged. */
export function saveAcknowledged(bytes: Uint8Array, storage: KeyValue = localStorage): void {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	storage.setItem(keys.acknowledged, btoa(binary));
}

/** When the last backup was exported, in ms since the epoch (0: never). */
export function loadLastBackup(storage: KeyValue = localStorage): number {
	const value = read(storage, keys.lastBackup);
	return typeof value === 'number' ? value : 0;
}

/** Remembers when a backup was exported. */
export function saveLastBackup(at: number, storage: KeyValue = localStorage): void {
	storage.setItem(keys.lastBackup, JSON.stringify(at));
}
