/*
 * One "device" for the sync browser tests and `bench/sync.js`: a Y.Doc with N order-like entries
 * (`fill`) or N real demo orders (`demo`), a y-webrtc provider on the given room/password/signaling
 * server, and Comptoir's transport layer unless `chunking=0`; with `relay=ws://…`, the relay beside
 * it, the password as the pairing secret. Everything is read from the query string; the test reads
 * `window.harness`.
 */
import * as encoding from 'lib0/encoding';
import { WebrtcProvider } from 'y-webrtc';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { seedDemo } from '../../../src/lib/data/actions/seed.js';
import {
	answerOffer,
	attachWebrtcSync,
	decodeFaceCode,
	makeOffer,
	startRelaySync
} from '../../../src/lib/sync/index.js';
import type { PendingOffer } from '../../../src/lib/sync/index.js';
import type { DeliveryStatus, DropEvent, RelayStatus } from '../../../src/lib/sync/index.js';

const params = new URLSearchParams(location.search);
const doc = new Y.Doc();
const orders = doc.getMap<string>('orders');
const fill = Number(params.get('fill') ?? 0);
doc.transact(() => {
	for (let i = 0; i < fill; i++) {
		orders.set(
			`order-${i}`,
			JSON.stringify({ number: i, customer: `Customer ${i}`, note: 'x'.repeat(120), total: i * 7 })
		);
	}
});
// Real orders, as "fill with demo data" writes them (nested maps, lines, notes, refunds).
const demo = Number(params.get('demo') ?? 0);
if (demo > 0) {
	let id = 0;
	await seedDemo(
		{
			doc,
			deviceId: 'harness-source',
			now: () => Date.UTC(2026, 10, 1),
			newId: () => `id-${++id}`,
			origin: {},
			commit: async () => undefined,
			levelOf: async () => 0
		},
		{ orders: demo, seed: 42 }
	);
}

// `face=1`: no signaling server at all; devices connect through face-to-face codes.
const faceOnly = params.get('face') === '1';
const provider = new WebrtcProvider(params.get('room') ?? 'comptoir-test', doc, {
	signaling: faceOnly ? [] : [params.get('signaling') ?? 'ws://127.0.0.1:4454'],
	password: params.get('password') ?? undefined,
	peerOpts: { config: { iceServers: [] } }
});
const drops: DropEvent[] = [];
const sync =
	params.get('chunking') === '0'
		? null
		: attachWebrtcSync(provider, {
				onDrop: (event) => drops.push(event),
				chunkBytes: Number(params.get('chunkBytes') ?? 64 * 1024),
				stallTimeoutMs: Number(params.get('stallTimeoutMs') ?? 15_000)
			});

const relayUrl = params.get('relay');
const relay =
	relayUrl && sync
		? startRelaySync({
				url: relayUrl,
				secret: params.get('password') ?? '',
				doc,
				onDrop: (event) => drops.push(event),
				onHeld: (held) => sync.acknowledge(held)
			})
		: null;

let firstOrderAt: number | null = null;
// When each entry arrived, in ms since the epoch (comparable between pages of one machine).
const arrivals = new Map<string, number>();
orders.observe((event) => {
	firstOrderAt ??= performance.now();
	const at = performance.timeOrigin + performance.now();
	for (const key of event.keysChanged) if (!arrivals.has(key)) arrivals.set(key, at);
});

/** Sends each message to every connected peer through y-webrtc's own send path. */
function sendToPeers(messages: Uint8Array[]): void {
	for (const conn of provider.room?.webrtcConns.values() ?? []) {
		for (const message of messages) conn.peer.send(message);
	}
}

/** A store's update cut short, as a sync update message: large enough to be chunked. */
function corruptStoreMessage(): Uint8Array {
	const other = new Y.Doc();
	other.transact(() => {
		for (let i = 0; i < 3000; i++) other.getMap('orders').set(`bad-${i}`, 'y'.repeat(100));
	});
	const update = Y.encodeStateAsUpdate(other);
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, 0);
	syncProtocol.writeUpdate(encoder, update.subarray(0, update.length - 7));
	return encoding.toUint8Array(encoder);
}

let pending: PendingOffer | null = null;
const openRoom = async () => {
	await provider.key;
	if (!provider.room) throw new Error('room not open');
	return provider.room;
};
/** Face-to-face: this device's offer code, its answer to an offer, applying an answer. */
const face = {
	offer: async () => {
		pending = await makeOffer(await openRoom(), {
			room: provider.roomName,
			secret: params.get('password') ?? ''
		});
		return pending.code;
	},
	answer: async (code: string) => {
		const decoded = decodeFaceCode(code);
		if (!decoded.ok || decoded.code.kind !== 'offer') throw new Error('not an offer');
		return answerOffer(await openRoom(), decoded.code);
	},
	accept: (code: string) => {
		const decoded = decodeFaceCode(code);
		if (!decoded.ok || decoded.code.kind !== 'answer' || !pending) return 'not an answer';
		return pending.accept(decoded.code);
	}
};

/** What the Playwright test reads. */
const harness = {
	face,
	orders: () => orders.size,
	encodedBytes: () => Y.encodeStateAsUpdate(doc).length,
	peers: () => provider.room?.webrtcConns.size ?? 0,
	connectedPeers: () =>
		[...(provider.room?.webrtcConns.values() ?? [])].filter((c) => c.connected).length,
	status: (): DeliveryStatus | null => sync?.status() ?? null,
	relayStatus: (): RelayStatus | null => relay?.status() ?? null,
	drops: () => drops.map((d) => d.code),
	dropDetails: () => drops.map((d) => `${d.code}: ${d.detail ?? ''}`),
	firstOrderAt: () => firstOrderAt,
	now: () => performance.now(),
	add: (key: string, value: string) => orders.set(key, value),
	stamp: (key: string) => {
		const at = performance.timeOrigin + performance.now();
		orders.set(key, String(at));
		return at;
	},
	arrivedAt: (key: string) => arrivals.get(key) ?? null,
	sendGarbage: () =>
		sendToPeers([
			Uint8Array.of(42, 1, 2),
			Uint8Array.of(4, 1, 3, 97, 98, 99),
			Uint8Array.of(0xf5, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 2, 0x80, 0, 0, 0, 1),
			corruptStoreMessage()
		])
};
window.harness = harness;
document.getElementById('state')!.textContent = 'ready';
