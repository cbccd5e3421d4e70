/** Random ids for records: 16 characters of base 36 (about 82 bits). */

const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A new random id; pass a seeded `random` (0 ≤ x < 1) for reproducible demo data and tests. */
export function newId(random: () => number = cryptoRandom): string {
	let out = '';
	for (let i = 0; i < 16; i++) out += alphabet[Math.floor(random() * 36)];
	return out;
}

function cryptoRandom(): number {
	const buf = new Uint32Array(1);
	globalThis.crypto.getRandomValues(buf);
	return (buf[0] ?? 0) / 2 ** 32;
}

/** A seeded pseudo-random generator (mulberry32): same seed, same sequence. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
