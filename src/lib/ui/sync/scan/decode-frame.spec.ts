import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { decodeFrame, type Frame } from './decode-frame';

/** Draws `text` as a QR code (black on white, `scale` pixels a module) into an RGBA frame. */
function frameOf(text: string, o: { scale: number; size: number }): Frame {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	const data = new Uint8ClampedArray(o.size * o.size * 4).fill(255);
	const offset = Math.floor((o.size - modules.size * o.scale) / 2);
	for (let y = 0; y < o.size; y++) {
		for (let x = 0; x < o.size; x++) {
			const row = Math.floor((y - offset) / o.scale);
			const col = Math.floor((x - offset) / o.scale);
			const inside = row >= 0 && col >= 0 && row < modules.size && col < modules.size;
			const dark = inside && modules.get(row, col) === 1;
			const value = dark ? 0 : 255;
			data.fill(value, (y * o.size + x) * 4, (y * o.size + x) * 4 + 3);
		}
	}
	return { data, width: o.size, height: o.size };
}

describe('decodeFrame', () => {
	const link =
		'https://caisse.example/devices/join#room=comptoir-abcdefghijklmnopqrstuv&secret=' +
		'A'.repeat(43);

	it('reads a pairing link from a frame holding its QR code', () => {
		expect(decodeFrame(frameOf(link, { scale: 6, size: 400 }))).toBe(link);
	});

	it('reads nothing from a blank frame', () => {
		const blank = { data: new Uint8ClampedArray(200 * 200 * 4).fill(255), width: 200, height: 200 };
		expect(decodeFrame(blank)).toBeNull();
	});

	it('reads any QR code, Comptoir or not: the caller decides what it means', () => {
		expect(decodeFrame(frameOf('https://example.com/menu', { scale: 6, size: 300 }))).toBe(
			'https://example.com/menu'
		);
	});
});
