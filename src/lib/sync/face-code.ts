/*
 * The codes two devices show each other to connect face to face, with no signaling server.
 * An offer carries the shop's room and secret (it pairs as well as connects: show it only to
 * your own devices) and device A's connection essentials; the answer carries device B's
 * essentials, the offer's session id and a tag of the room, so that A can tell an answer to its
 * current code from one to an older code or to another shop's. Packed bytes, not compressed
 * text: keys and fingerprints are random and do not compress (docs/decisions/0025).
 *
 * Layout (all integers big-endian):
 *   0      version (1)          1      kind: 1 offer, 2 answer
 *   2..7   session id           8..11  created at, seconds since the epoch
 *   offer: 16 bytes room id, 32 bytes secret     answer: 4 bytes of the room id
 *   setup role and hash (4 bits each), ufrag and pwd (length + their base64 bytes, or length +
 *   ASCII when not a multiple of 4 characters), fingerprint (length + bytes),
 *   candidate count, each: address kind (4 IPv4, 6 IPv6, 'm' mDNS uuid, 's' text) + address + port
 *   4 bytes checksum (FNV-1a of everything before): a cut or altered code is refused as such.
 * Text form: `C1` + base64url.
 */
import { FINGERPRINT_HASHES, SETUP_ROLES } from './face-sdp.js';
import type { HostCandidate, SdpEssentials } from './face-sdp.js';
import { fromBase64Url, toBase64Url } from './base64url.js';

/** Prefix of every face-to-face code's text. */
export const CODE_PREFIX = 'C1';
/** Bytes of a session id. */
export const SESSION_BYTES = 6;
/** Bytes of the room id in a room name (`comptoir-` + 22 base64url characters). */
const ROOM_ID_BYTES = 16;
const SECRET_BYTES = 32;
const ROOM_TAG_BYTES = 4;
const ROOM_PREFIX = 'comptoir-';

/** A decoded offer. */
export interface FaceOffer {
	kind: 'offer';
	session: string;
	createdAt: number;
	room: string;
	secret: string;
	sdp: SdpEssentials;
}

/** A decoded answer. */
export interface FaceAnswer {
	kind: 'answer';
	session: string;
	createdAt: number;
	/** Hex of the first bytes of the room id: enough to tell another shop's answer. */
	roomTag: string;
	sdp: SdpEssentials;
}

/** Why a code was refused. */
export type FaceCodeError = 'not-a-code' | 'damaged' | 'newer-version';

/** Result of {@link decodeFaceCode}. */
export type FaceCodeResult =
	{ ok: true; code: FaceOffer | FaceAnswer } | { ok: false; error: FaceCodeError };

/** The room tag an answer carries for `room`. */
export function roomTag(room: string): string {
	return hex(roomIdBytes(room).subarray(0, ROOM_TAG_BYTES));
}

/** Writes a code's text. */
export function encodeFaceCode(code: FaceOffer | FaceAnswer): string {
	const out = new Writer();
	out.byte(1);
	out.byte(code.kind === 'offer' ? 1 : 2);
	out.bytes(fromHex(code.session, SESSION_BYTES));
	out.uint32(Math.floor(code.createdAt / 1000));
	if (code.kind === 'offer') {
		out.bytes(roomIdBytes(code.room));
		out.bytes(fromBase64Url(code.secret));
	} else out.bytes(fromHex(code.roomTag, ROOM_TAG_BYTES));
	const sdp = code.sdp;
	out.byte((SETUP_ROLES.indexOf(sdp.setup) << 4) | FINGERPRINT_HASHES.indexOf(sdp.hash));
	out.iceText(sdp.ufrag);
	out.iceText(sdp.pwd);
	out.byte(sdp.fingerprint.length);
	out.bytes(sdp.fingerprint);
	out.byte(sdp.candidates.length);
	for (const candidate of sdp.candidates) writeCandidate(out, candidate);
	const body = out.result();
	const sum = new Uint8Array(4);
	new DataView(sum.buffer).setUint32(0, checksum(body));
	return CODE_PREFIX + toBase64Url(concat(body, sum));
}

/** Reads a code's text (as scanned or pasted; spaces and line breaks are ignored). */
export function decodeFaceCode(text: string): FaceCodeResult {
	const compact = text.replace(/\s+/g, '');
	if (!compact.startsWith(CODE_PREFIX)) return { ok: false, error: 'not-a-code' };
	const bytes = fromBase64Url(compact.slice(CODE_PREFIX.length));
	if (!bytes || bytes.length < 16) return { ok: false, error: 'damaged' };
	const body = bytes.subarray(0, bytes.length - 4);
	const sum = new DataView(bytes.buffer, bytes.byteOffset + body.length, 4).getUint32(0);
	if (sum !== checksum(body)) return { ok: false, error: 'damaged' };
	if (body[0] !== 1) return { ok: false, error: 'newer-version' };
	try {
		return { ok: true, code: readBody(new Reader(body)) };
	} catch {
		return { ok: false, error: 'damaged' };
	}
}

function readBody(r: Reader): FaceOffer | FaceAnswer {
	r.byte();
	const kind = r.byte();
	if (kind !== 1 && kind !== 2) throw new Error('kind');
	const session = hex(r.bytes(SESSION_BYTES));
	const createdAt = r.uint32() * 1000;
	const offer =
		kind === 1
			? {
					room: ROOM_PREFIX + toBase64Url(r.bytes(ROOM_ID_BYTES)),
					secret: toBase64Url(r.bytes(SECRET_BYTES))
				}
			: null;
	const tag = kind === 2 ? hex(r.bytes(ROOM_TAG_BYTES)) : '';
	const roles = r.byte();
	const setup = SETUP_ROLES[roles >> 4];
	const hash = FINGERPRINT_HASHES[roles & 0x0f];
	if (!setup || !hash) throw new Error('sdp');
	const ufrag = r.iceText();
	const pwd = r.iceText();
	const fingerprint = r.bytes(r.byte());
	const candidates: HostCandidate[] = [];
	for (let n = r.byte(); n > 0; n--) candidates.push(readCandidate(r));
	r.end();
	const sdp: SdpEssentials = { ufrag, pwd, hash, fingerprint, setup, candidates };
	return offer
		? { kind: 'offer', session, createdAt, ...offer, sdp }
		: { kind: 'answer', session, createdAt, roomTag: tag, sdp };
}

function writeCandidate(out: Writer, c: HostCandidate): void {
	const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(c.address);
	const mdns =
		/^([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})\.local$/i.exec(
			c.address
		);
	if (v4) {
		out.byte(4);
		out.bytes(Uint8Array.from(v4.slice(1).map(Number)));
	} else if (mdns) {
		out.byte(0x6d);
		out.bytes(fromHex(mdns.slice(1).join(''), 16));
	} else {
		out.byte(0x73);
		out.text(c.address);
	}
	out.uint16(c.port);
}

function readCandidate(r: Reader): HostCandidate {
	const kind = r.byte();
	let address: string;
	if (kind === 4) address = [...r.bytes(4)].join('.');
	else if (kind === 0x6d) {
		const h = hex(r.bytes(16));
		address = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}.local`;
	} else if (kind === 0x73) address = r.text();
	else throw new Error('candidate');
	return { address, port: r.uint16() };
}

function roomIdBytes(room: string): Uint8Array {
	const bytes = room.startsWith(ROOM_PREFIX) ? fromBase64Url(room.slice(ROOM_PREFIX.length)) : null;
	if (!bytes || bytes.length !== ROOM_ID_BYTES) throw new Error('not a Comptoir room name');
	return bytes;
}

class Writer {
	#parts: number[] = [];
	byte(b: number) {
		this.#parts.push(b & 0xff);
	}
	bytes(b: Uint8Array | null) {
		if (!b) throw new Error('missing bytes');
		for (const x of b) this.#parts.push(x);
	}
	uint16(n: number) {
		this.byte(n >>> 8);
		this.byte(n);
	}
	uint32(n: number) {
		this.uint16(n >>> 16);
		this.uint16(n & 0xffff);
	}
	text(s: string) {
		if (s.length > 255 || !/^[\x20-\x7e]*$/.test(s)) throw new Error('text');
		this.byte(s.length);
		for (let i = 0; i < s.length; i++) this.byte(s.charCodeAt(i));
	}
	/** ICE ufrag and pwd use the base64 alphabet: 6 bits a character when the length allows. */
	iceText(s: string) {
		const packed = s.length % 4 === 0 && /^[A-Za-z0-9+/]+$/.test(s) && s.length < (128 * 4) / 3;
		if (!packed) return this.text(s);
		const bytes = Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
		this.byte(0x80 | bytes.length);
		this.bytes(bytes);
	}
	result(): Uint8Array {
		return Uint8Array.from(this.#parts);
	}
}

class Reader {
	#at = 0;
	constructor(readonly data: Uint8Array) {}
	byte(): number {
		const b = this.data[this.#at++];
		if (b === undefined) throw new Error('short');
		return b;
	}
	bytes(n: number): Uint8Array {
		if (this.#at + n > this.data.length) throw new Error('short');
		const out = this.data.slice(this.#at, this.#at + n);
		this.#at += n;
		return out;
	}
	uint16(): number {
		return (this.byte() << 8) | this.byte();
	}
	uint32(): number {
		return this.uint16() * 65536 + this.uint16();
	}
	text(): string {
		return String.fromCharCode(...this.bytes(this.byte()));
	}
	iceText(): string {
		const head = this.byte();
		if (!(head & 0x80)) return String.fromCharCode(...this.bytes(head));
		let binary = '';
		for (const b of this.bytes(head & 0x7f)) binary += String.fromCharCode(b);
		return btoa(binary);
	}
	end(): void {
		if (this.#at !== this.data.length) throw new Error('trailing bytes');
	}
}

function checksum(bytes: Uint8Array): number {
	let h = 0x811c9dc5;
	for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
	return h >>> 0;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
	const out = new Uint8Array(a.length + b.length);
	out.set(a);
	out.set(b, a.length);
	return out;
}

function hex(bytes: Uint8Array): string {
	return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function fromHex(text: string, length: number): Uint8Array {
	if (!new RegExp(`^[0-9a-f]{${length * 2}}$`, 'i').test(text)) throw new Error('hex');
	return Uint8Array.from({ length }, (_, i) => parseInt(text.slice(i * 2, i * 2 + 2), 16));
}
