import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { CODE_PREFIX, decodeFaceCode, encodeFaceCode, roomTag } from './face-code';
import type { FaceAnswer, FaceOffer } from './face-code';
import { trimSdp } from './face-sdp';
import { createPairing } from './pairing';
import { chromiumAnswer, chromiumOffer } from './testing/sample-sdp';

const pairing = createPairing();
const offer: FaceOffer = {
	kind: 'offer',
	session: 'a1b2c3d4e5f6',
	createdAt: 1_764_000_000_000,
	room: pairing.room,
	secret: pairing.secret,
	sdp: trimSdp(chromiumOffer)!
};
const answer: FaceAnswer = {
	kind: 'answer',
	session: 'a1b2c3d4e5f6',
	createdAt: 1_764_000_030_000,
	roomTag: roomTag(pairing.room),
	sdp: trimSdp(chromiumAnswer)!
};

describe('face-to-face codes', () => {
	it('round-trip an offer and an answer', () => {
		for (const code of [offer, answer]) {
			const text = encodeFaceCode(code);
			expect(text.startsWith(CODE_PREFIX)).toBe(true);
			expect(decodeFaceCode(text)).toEqual({ ok: true, code });
		}
	});

	it('stay small: an offer with the shop secret fits a version 10 QR code, an answer version 8', () => {
		const qr = (text: string) => QRCode.create(text, { errorCorrectionLevel: 'M' }).version;
		expect(encodeFaceCode(offer).length).toBeLessThan(200);
		expect(encodeFaceCode(answer).length).toBeLessThan(140);
		expect(qr(encodeFaceCode(offer))).toBeLessThanOrEqual(10);
		expect(qr(encodeFaceCode(answer))).toBeLessThanOrEqual(8);
	});

	it('ignore spaces and line breaks a paste may add', () => {
		const text = encodeFaceCode(offer);
		const spaced = ` ${text.slice(0, 40)}\n${text.slice(40, 90)} ${text.slice(90)}\n`;
		expect(decodeFaceCode(spaced)).toEqual({ ok: true, code: offer });
	});

	it('refuse a truncated code as damaged, at every length', () => {
		const text = encodeFaceCode(offer);
		for (let n = CODE_PREFIX.length; n < text.length; n++) {
			const result = decodeFaceCode(text.slice(0, n));
			expect(result.ok).toBe(false);
		}
		expect(decodeFaceCode(text.slice(0, -3))).toEqual({ ok: false, error: 'damaged' });
	});

	it('refuse a code with one character changed', () => {
		const text = encodeFaceCode(answer);
		const at = 30;
		const other = text[at] === 'A' ? 'B' : 'A';
		const altered = text.slice(0, at) + other + text.slice(at + 1);
		expect(decodeFaceCode(altered)).toEqual({ ok: false, error: 'damaged' });
	});

	it('refuse garbage and pairing links as not a face-to-face code', () => {
		expect(decodeFaceCode('hello')).toEqual({ ok: false, error: 'not-a-code' });
		expect(decodeFaceCode('https://x/devices/join#room=a&secret=b')).toEqual({
			ok: false,
			error: 'not-a-code'
		});
		expect(decodeFaceCode(`${CODE_PREFIX}!!!`)).toEqual({ ok: false, error: 'damaged' });
	});
});
