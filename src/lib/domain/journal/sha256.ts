/**
 * SHA-256 (FIPS 180-4) in plain TypeScript, text in (UTF-8), lowercase hex out.
 *
 * Why not `crypto.subtle`: it is undefined on a plain-http origin (a market box on the LAN), and
 * it is asynchronous, which would make every action's journal append wait. Why not a library:
 * the domain imports nothing, the standalone verifier bundles this file alone, and the function
 * is 60 lines checked against Node's `crypto` on random inputs (sha256.spec.ts).
 */
const K = new Uint32Array([
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
]);
const W = new Uint32Array(64);
// One buffer reused by every call: hashing 100k journal entries must not allocate per entry.
let buf = new Uint8Array(4096);

/**
 * SHA-256 of `text` as 64 lowercase hex digits. Text is encoded as UTF-8, except that a lone
 * surrogate is encoded as its own 3 bytes (WTF-8) rather than replaced by U+FFFD, so that two
 * different strings never hash alike (a tampered entry cannot pose as the original).
 */
export function sha256Hex(text: string): string {
	ensure(text.length * 3 + 72);
	let n = 0;
	for (let i = 0; i < text.length; i++) {
		let c = text.charCodeAt(i);
		if (c < 0x80) buf[n++] = c;
		else if (c < 0x800) {
			buf[n++] = 0xc0 | (c >> 6);
			buf[n++] = 0x80 | (c & 63);
		} else {
			const next = text.charCodeAt(i + 1);
			if (c >= 0xd800 && c < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
				c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
				i++;
				buf[n++] = 0xf0 | (c >> 18);
				buf[n++] = 0x80 | ((c >> 12) & 63);
			} else buf[n++] = 0xe0 | (c >> 12);
			buf[n++] = 0x80 | ((c >> 6) & 63);
			buf[n++] = 0x80 | (c & 63);
		}
	}
	return digest(n);
}

/** SHA-256 of bytes, as 64 lowercase hex digits. */
export function sha256Bytes(data: Uint8Array): string {
	ensure(data.length + 72);
	buf.set(data);
	return digest(data.length);
}

function ensure(size: number): void {
	if (buf.length < size) buf = new Uint8Array(Math.max(size, buf.length * 2));
}

/** Pads the first `length` bytes of `buf` in place and hashes them. */
function digest(length: number): string {
	const total = ((length + 9 + 63) >> 6) << 6;
	buf[length] = 0x80;
	buf.fill(0, length + 1, total);
	const bits = length * 8;
	const high = Math.floor(bits / 0x100000000);
	buf[total - 8] = high >>> 24;
	buf[total - 7] = (high >>> 16) & 255;
	buf[total - 6] = (high >>> 8) & 255;
	buf[total - 5] = high & 255;
	buf[total - 4] = bits >>> 24;
	buf[total - 3] = (bits >>> 16) & 255;
	buf[total - 2] = (bits >>> 8) & 255;
	buf[total - 1] = bits & 255;
	let h0 = 0x6a09e667, h1 = 0xbb67ae85, h2 = 0x3c6ef372, h3 = 0xa54ff53a; // prettier-ignore
	let h4 = 0x510e527f, h5 = 0x9b05688c, h6 = 0x1f83d9ab, h7 = 0x5be0cd19; // prettier-ignore
	for (let off = 0; off < total; off += 64) {
		for (let i = 0, o = off; i < 16; i++, o += 4) {
			W[i] = (buf[o]! << 24) | (buf[o + 1]! << 16) | (buf[o + 2]! << 8) | buf[o + 3]!;
		}
		for (let i = 16; i < 64; i++) {
			const a = W[i - 15]!, b = W[i - 2]!; // prettier-ignore
			const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
			const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
			W[i] = (W[i - 16]! + s0 + W[i - 7]! + s1) | 0;
		}
		let a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7; // prettier-ignore
		for (let i = 0; i < 64; i++) {
			const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
			const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[i]! + W[i]!) | 0;
			const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
			const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
			h = g;
			g = f;
			f = e;
			e = (d + t1) | 0; // prettier-ignore
			d = c;
			c = b;
			b = a;
			a = (t1 + t2) | 0; // prettier-ignore
		}
		h0 = (h0 + a) | 0;
		h1 = (h1 + b) | 0;
		h2 = (h2 + c) | 0;
		h3 = (h3 + d) | 0; // prettier-ignore
		h4 = (h4 + e) | 0;
		h5 = (h5 + f) | 0;
		h6 = (h6 + g) | 0;
		h7 = (h7 + h) | 0; // prettier-ignore
	}
	return [h0, h1, h2, h3, h4, h5, h6, h7]
		.map((x) => (x >>> 0).toString(16).padStart(8, '0'))
		.join('');
}
