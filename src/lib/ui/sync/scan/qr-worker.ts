/** Worker of the pairing-code scanner: decodes frames so the page keeps drawing while it works. */
import { decodeFrame, type Frame } from './decode-frame';

addEventListener('message', (event: MessageEvent<Frame>) => {
	let text: string | null = null;
	try {
		text = decodeFrame(event.data);
	} catch {
		// A frame jsQR chokes on is a frame without a code: the next one may read.
	}
	postMessage(text);
});
