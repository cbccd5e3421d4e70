/*
 * Face-to-face connections: a y-webrtc connection made without a signaling server. Device A
 * makes a connection as y-webrtc would on a signaling "announce", but keeps its offer to show as
 * a code (face-code.ts); device B makes the answering connection from that code and shows its
 * answer; A applies it. Both connections are y-webrtc's own (WebrtcConn) in the store's room, so
 * the room's protocol, Comptoir's wiring (chunks, checks, delivery reports) and presence work
 * exactly as for devices that met through a signaling server. Without trickle ICE, an offer
 * waits for the host candidates (no STUN: a local network only) and carries them all.
 */
import { WebrtcConn } from 'y-webrtc';
import { encodeFaceCode, roomTag } from './face-code.js';
import type { FaceAnswer, FaceOffer } from './face-code.js';
import { rebuildSdp, trimSdp } from './face-sdp.js';
import type { SdpEssentials } from './face-sdp.js';
import type { PeerRoomInside } from './peer-room.js';
import { FACE_PEER_PREFIX } from './webrtc-sync.js';

/** How long an offer waits for its answer, and how old an offer may be when read, in ms. */
export const FACE_CODE_TTL_MS = 10 * 60_000;
/** How long a description may take to gather its candidates, in ms. */
const GATHER_TIMEOUT_MS = 15_000;

/** Why a code cannot be used here (beyond being unreadable: see FaceCodeError). */
export type FaceRefusal = 'expired' | 'other-shop' | 'not-this-code' | 'own-code' | 'unusable';

/** An offer being shown, waiting for its answer. */
export interface PendingOffer {
	/** The code's text. */
	code: string;
	offer: FaceOffer;
	/** Why `answer` cannot be applied to this offer (null: it can). */
	refusal(answer: FaceAnswer): FaceRefusal | null;
	/** Applies the answer; the connection then opens by itself. */
	accept(answer: FaceAnswer): FaceRefusal | null;
	/** Drops the connection attempt. */
	cancel(): void;
}

/** The part of a simple-peer instance used here. */
interface SignalingPeer {
	on(event: 'signal', listener: (signal: { type?: string; sdp?: string }) => void): void;
	signal(signal: { type: 'offer' | 'answer'; sdp: string }): void;
	destroy(): void;
}

/** Makes an offer from this room, carrying its room and secret so that the other device pairs. */
export async function makeOffer(
	room: PeerRoomInside,
	pairing: { room: string; secret: string },
	now = Date.now()
): Promise<PendingOffer> {
	const session = randomHex(6);
	const { peer, sdp } = await openConnection(room, FACE_PEER_PREFIX + session, true);
	const offer: FaceOffer = { kind: 'offer', session, createdAt: now, ...pairing, sdp };
	let answered = false;
	const refusal = (answer: FaceAnswer): FaceRefusal | null => {
		if (answer.roomTag !== roomTag(pairing.room)) return 'other-shop';
		if (answer.session !== session || answered) return 'not-this-code';
		return null;
	};
	return {
		code: encodeFaceCode(offer),
		offer,
		refusal,
		accept(answer) {
			const refused = refusal(answer);
			if (refused) return refused;
			answered = true;
			peer.signal({ type: 'answer', sdp: rebuildSdp(answer.sdp) });
			return null;
		},
		cancel: () => peer.destroy()
	};
}

/** Answers an offer read from a code, in this room (the offer's: join it first); returns the code. */
export async function answerOffer(room: PeerRoomInside, offer: FaceOffer): Promise<string> {
	const { sdp } = await openConnection(
		room,
		// Its own key even if this offer is answered twice: y-webrtc's close handler removes a
		// connection by key, and would remove the newer one.
		`${FACE_PEER_PREFIX}${offer.session}-${randomHex(2)}`,
		false,
		rebuildSdp(offer.sdp)
	);
	const answer: FaceAnswer = {
		kind: 'answer',
		session: offer.session,
		createdAt: Date.now(),
		roomTag: roomTag(offer.room),
		sdp
	};
	return encodeFaceCode(answer);
}

/** Whether an offer read now may still be answered. */
export function offerRefusal(
	offer: FaceOffer,
	own: { has(session: string): boolean },
	now = Date.now()
): FaceRefusal | null {
	if (own.has(offer.session)) return 'own-code';
	// A little slack for tablets whose clocks differ.
	if (now - offer.createdAt > FACE_CODE_TTL_MS || offer.createdAt - now > FACE_CODE_TTL_MS)
		return 'expired';
	return null;
}

async function openConnection(
	room: PeerRoomInside,
	key: string,
	initiator: boolean,
	remoteOffer?: string
): Promise<{ peer: SignalingPeer; sdp: SdpEssentials }> {
	const provider = room.provider;
	const shared = provider.peerOpts;
	// This connection's descriptions must hold every candidate: no trickling without a server.
	provider.peerOpts = { ...shared, trickle: false };
	let conn: WebrtcConn;
	try {
		// Signals go to the codes, not to a server: the connection's own publisher is muted.
		conn = new WebrtcConn(mutedSignaling as never, initiator, key, room);
	} finally {
		provider.peerOpts = shared;
	}
	room.webrtcConns.set(key, conn);
	// Comptoir's wiring (webrtc-sync.ts) listens to this event to wrap the connection before data.
	provider.emit('peers', [
		{
			added: [key],
			removed: [],
			webrtcPeers: [...room.webrtcConns.keys()],
			bcPeers: [...room.bcConns]
		}
	]);
	const peer = conn.peer as SignalingPeer;
	const description = new Promise<string>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('gathering timed out')), GATHER_TIMEOUT_MS);
		peer.on('signal', (signal) => {
			if ((signal.type === 'offer' || signal.type === 'answer') && signal.sdp) {
				clearTimeout(timer);
				resolve(signal.sdp);
			}
		});
	});
	if (remoteOffer) peer.signal({ type: 'offer', sdp: remoteOffer });
	const sdp = trimSdp(await description);
	if (!sdp || sdp.candidates.length === 0) {
		conn.destroy();
		throw new Error('no usable network address');
	}
	return { peer, sdp };
}

const mutedSignaling = { send: () => undefined, connected: false };

function randomHex(bytes: number): string {
	return [...crypto.getRandomValues(new Uint8Array(bytes))]
		.map((b) => b.toString(16).padStart(2, '0'))
		.join('');
}
