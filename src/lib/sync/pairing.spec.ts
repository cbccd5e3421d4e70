import { describe, expect, it } from 'vitest';
import { createPairing, pairingLink, parsePairingLink } from './pairing.js';

const valid = createPairing();

describe('createPairing', () => {
	it('draws a fresh room and a secret of at least 128 bits each time', () => {
		const other = createPairing();
		expect(other.room).not.toBe(valid.room);
		expect(other.secret).not.toBe(valid.secret);
		// base64url carries 6 bits per character.
		expect(valid.secret.length * 6).toBeGreaterThanOrEqual(256);
		expect(valid.room).toMatch(/^comptoir-[A-Za-z0-9_-]{22}$/);
	});
});

describe('pairingLink / parsePairingLink', () => {
	it('puts room and secret in the fragment only, and reads them back', () => {
		const link = pairingLink(valid, 'https://caisse.example:8443/orders');
		const url = new URL(link);
		expect(url.origin + url.pathname).toBe('https://caisse.example:8443/devices/join');
		expect(url.search).toBe('');
		expect(url.hash).toContain(valid.secret);
		expect(parsePairingLink(link)).toEqual({ ok: true, pairing: valid });
		expect(parsePairingLink(`  ${link.replace('/join#', '/join/#')}\n`)).toEqual({
			ok: true,
			pairing: valid
		});
	});

	it.each([
		['a QR code of something else', 'hello', 'not-a-link'],
		[
			'another page',
			`https://x.test/orders#room=${valid.room}&secret=${valid.secret}`,
			'wrong-page'
		],
		['no room', `https://x.test/devices/join#secret=${valid.secret}`, 'missing-room'],
		['no secret', `https://x.test/devices/join#room=${valid.room}`, 'missing-secret'],
		[
			'secret in the query',
			`https://x.test/devices/join?secret=${valid.secret}#room=${valid.room}`,
			'missing-secret'
		],
		[
			'a foreign room',
			`https://x.test/devices/join#room=other-app&secret=${valid.secret}`,
			'malformed-room'
		],
		[
			'a mangled secret',
			`https://x.test/devices/join#room=${valid.room}&secret=${valid.secret}%20`,
			'malformed-secret'
		],
		[
			'a short secret',
			`https://x.test/devices/join#room=${valid.room}&secret=abc123`,
			'secret-too-short'
		]
	])('refuses %s', (_name, link, code) => {
		expect(parsePairingLink(link)).toEqual({ ok: false, code });
	});
});
