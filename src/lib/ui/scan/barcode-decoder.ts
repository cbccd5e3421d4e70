/**
 * Reads product barcodes (EAN-13, EAN-8, UPC-A, UPC-E, Code 128) and QR codes from camera
 * frames. The browser's own `BarcodeDetector` is used where it exists (Android, macOS); elsewhere
 * (Chromium on Linux and Windows, Firefox, Safari on iOS) zxing-wasm, loaded on first use. Its
 * WebAssembly file is bundled with the app and precached by the service worker (`?url` import),
 * never fetched from a CDN: scanning works offline.
 */

/** Reads the first code seen in the video's current frame, or null. */
export interface BarcodeDecoder {
	kind: 'native' | 'zxing';
	read(video: HTMLVideoElement): Promise<string | null>;
}

const nativeFormats = ['ean_13', 'ean_8', 'upc_a', 'upc_e', 'code_128', 'qr_code'];
const zxingFormats = ['EAN13', 'EAN8', 'UPCA', 'UPCE', 'Code128', 'QRCode'] as const;
/** Longest side of a frame handed to zxing, in pixels: enough for a code a third of the view. */
const MAX_SIDE = 960;

interface NativeDetector {
	detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
interface NativeDetectorClass {
	new (o: { formats: string[] }): NativeDetector;
	getSupportedFormats(): Promise<string[]>;
}

async function nativeDecoder(): Promise<BarcodeDecoder | null> {
	const Detector = (globalThis as { BarcodeDetector?: NativeDetectorClass }).BarcodeDetector;
	if (!Detector) return null;
	const supported = await Detector.getSupportedFormats().catch(() => [] as string[]);
	const formats = nativeFormats.filter((f) => supported.includes(f));
	if (!formats.includes('ean_13')) return null;
	const detector = new Detector({ formats });
	return {
		kind: 'native',
		read: async (video) => {
			if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) return null;
			const found = await detector.detect(video).catch(() => []);
			return found[0]?.rawValue || null;
		}
	};
}

async function zxingDecoder(): Promise<BarcodeDecoder> {
	const [{ prepareZXingModule, readBarcodes }, { default: wasmUrl }] = await Promise.all([
		import('zxing-wasm/reader'),
		import('zxing-wasm/reader/zxing_reader.wasm?url')
	]);
	await prepareZXingModule({
		overrides: {
			locateFile: (path: string, prefix: string) =>
				path.endsWith('.wasm') ? wasmUrl : prefix + path
		},
		fireImmediately: true
	});
	const canvas = document.createElement('canvas');
	const context = canvas.getContext('2d', { willReadFrequently: true });
	return {
		kind: 'zxing',
		read: async (video) => {
			if (!context || video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || !video.videoWidth)
				return null;
			const scale = Math.min(1, MAX_SIDE / Math.max(video.videoWidth, video.videoHeight));
			canvas.width = Math.round(video.videoWidth * scale);
			canvas.height = Math.round(video.videoHeight * scale);
			context.drawImage(video, 0, 0, canvas.width, canvas.height);
			const frame = context.getImageData(0, 0, canvas.width, canvas.height);
			const found = await readBarcodes(frame, {
				formats: [...zxingFormats],
				tryHarder: true,
				maxNumberOfSymbols: 1
			}).catch(() => []);
			return found.find((r) => r.isValid)?.text || null;
		}
	};
}

/** The best decoder this browser offers. */
export async function createBarcodeDecoder(): Promise<BarcodeDecoder> {
	return (await nativeDecoder()) ?? zxingDecoder();
}
