/**
 * A fake-camera video of an EAN-13 barcode: the bars are encoded here from the standard's
 * tables (L, G and R codes, the first digit's parity pattern), drawn black on white with the
 * quiet zones a printed label has, and written as a grayscale Y4M for Chromium's fake camera.
 */
import { writeFile } from 'node:fs/promises';

const WIDTH = 640;
const HEIGHT = 480;
const FRAMES = 5;

const R = [
	'1110010',
	'1100110',
	'1101100',
	'1000010',
	'1011100',
	'1001110',
	'1010000',
	'1000100',
	'1001000',
	'1110100'
];
const L = R.map((r) => [...r].map((b) => (b === '1' ? '0' : '1')).join(''));
const G = R.map((r) => [...r].reverse().join(''));
const parity = [
	'LLLLLL',
	'LLGLGG',
	'LLGGLG',
	'LLGGGL',
	'LGLLGG',
	'LGGLLG',
	'LGGGLL',
	'LGLGLG',
	'LGLGGL',
	'LGGLGL'
];

/** The 95 modules of an EAN-13 code ('1' is a bar). */
export function ean13Modules(code: string): string {
	if (!/^\d{13}$/.test(code)) throw new Error(`not an EAN-13: ${code}`);
	const d = [...code].map(Number);
	const pattern = parity[d[0]!]!;
	let bits = '101';
	for (let i = 1; i <= 6; i++) bits += (pattern[i - 1] === 'L' ? L : G)[d[i]!]!;
	bits += '01010';
	for (let i = 7; i <= 12; i++) bits += R[d[i]!]!;
	return bits + '101';
}

/** Writes a 640×480 Y4M video whose frames show `code` as an EAN-13 barcode, centred. */
export async function writeEan13Video(path: string, code: string): Promise<void> {
	const bits = ean13Modules(code);
	// 11 modules of quiet zone each side.
	const scale = Math.floor(WIDTH / (bits.length + 22));
	const left = Math.floor((WIDTH - bits.length * scale) / 2);
	const top = Math.floor(HEIGHT * 0.2);
	const bottom = Math.floor(HEIGHT * 0.8);
	const luma = Buffer.alloc(WIDTH * HEIGHT, 235);
	for (let y = top; y < bottom; y++) {
		for (let x = 0; x < bits.length * scale; x++) {
			if (bits[Math.floor(x / scale)] === '1') luma[y * WIDTH + left + x] = 16;
		}
	}
	const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
	const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
	const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
	await writeFile(path, Buffer.concat([header, ...Array<Buffer>(FRAMES).fill(frame)]));
}
