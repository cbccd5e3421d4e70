import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './sha256';

const nodeSha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('sha256Hex', () => {
	it('gives the FIPS 180-4 test vectors', () => {
		expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
		expect(sha256Hex('abc')).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
		const long = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq';
		expect(sha256Hex(long)).toBe(
			'248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'
		);
	});

	it('agrees with Node on random text of every length around the block edges', () => {
		for (let n = 0; n < 200; n++)
			expect(sha256Hex('é'.repeat(n % 7) + 'x'.repeat(n))).toBe(
				nodeSha('é'.repeat(n % 7) + 'x'.repeat(n))
			);
		fc.assert(
			fc.property(
				fc.string({ unit: 'grapheme', maxLength: 300 }),
				(s) => sha256Hex(s) === nodeSha(s)
			)
		);
	});

	it('never hashes a lone surrogate like the replacement character', () => {
		expect(sha256Hex('a\ud800b')).not.toBe(sha256Hex('a\ufffdb'));
		expect(sha256Hex('a\ud800b')).not.toBe(sha256Hex('a\udc00b'));
		expect(sha256Hex('😀')).toBe(nodeSha('😀'));
	});

	it('hashes long text (a buffer grown past its first size) like Node', () => {
		const long = 'Pot de miel € '.repeat(5000);
		expect(sha256Hex(long)).toBe(nodeSha(long));
		expect(sha256Hex('abc')).toBe(nodeSha('abc'));
	});
});
