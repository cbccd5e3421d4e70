/**
 * A fake camera for Chromium: a Y4M video of a QR code, played by
 * `--use-file-for-fake-video-capture`, and a browser launched with it.
 */
import { writeFile } from 'node:fs/promises';
import QRCode from 'qrcode';
import { chromium } from '@playwright/test';
import type { Browser, LaunchOptions } from '@playwright/test';

const WIDTH = 640;
const HEIGHT = 480;
const FRAMES = 5;

/** Writes a grayscale 640×480 Y4M video whose frames show `text` as a QR code, centred. */
export async function writeQrVideo(path: string, text: string): Promise<void> {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	// Four modules of quiet zone each side, as a printed code has.
	const scale = Math.floor(Math.min(WIDTH, HEIGHT) / (modules.size + 8));
	const left = Math.floor((WIDTH - modules.size * scale) / 2);
	const top = Math.floor((HEIGHT - modules.size * scale) / 2);
	const luma = Buffer.alloc(WIDTH * HEIGHT, 235);
	for (let y = 0; y < modules.size * scale; y++) {
		for (let x = 0; x < modules.size * scale; x++) {
			if (modules.get(Math.floor(y / scale), Math.floor(x / scale))) {
				luma[(top + y) * WIDTH + left + x] = 16;
			}
		}
	}
	// 4:2:0 chroma at 128 is no colour at all.
	const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
	const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
	const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
	await writeFile(path, Buffer.concat([header, ...Array<Buffer>(FRAMES).fill(frame)]));
}

/** Launches Chromium as the project does, with a camera that films `video` and no prompt. */
export function launchWithCamera(base: LaunchOptions | undefined, video: string): Promise<Browser> {
	return chromium.launch({
		...base,
		args: [
			...(base?.args ?? []),
			'--use-fake-ui-for-media-stream',
			'--use-fake-device-for-media-stream',
			`--use-file-for-fake-video-capture=${video}`
		]
	});
}
