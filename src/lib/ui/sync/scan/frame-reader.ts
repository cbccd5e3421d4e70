/**
 * Samples frames of a playing video and has a worker look for a QR code in them. One frame is
 * in flight at a time and frames are scaled down first, so a slow phone keeps a fluid preview.
 */

/** Longest side of a sampled frame, in pixels: a code filling a third of the view still reads. */
const MAX_SIDE = 720;

/** Reads QR codes from a `<video>` showing the camera. */
export class FrameReader {
	#video: HTMLVideoElement;
	#canvas = document.createElement('canvas');
	#context = this.#canvas.getContext('2d', { willReadFrequently: true });
	#worker = new Worker(new URL('./qr-worker.ts', import.meta.url), { type: 'module' });

	constructor(video: HTMLVideoElement) {
		this.#video = video;
	}

	/** The text of the code in the current frame, or null (no frame yet, or no code in it). */
	read(): Promise<string | null> {
		const video = this.#video;
		const context = this.#context;
		if (!context || video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || !video.videoWidth) {
			return Promise.resolve(null);
		}
		const scale = Math.min(1, MAX_SIDE / Math.max(video.videoWidth, video.videoHeight));
		const width = Math.round(video.videoWidth * scale);
		const height = Math.round(video.videoHeight * scale);
		this.#canvas.width = width;
		this.#canvas.height = height;
		context.drawImage(video, 0, 0, width, height);
		const { data } = context.getImageData(0, 0, width, height);
		return new Promise((resolve) => {
			const done = (event: MessageEvent<string | null> | ErrorEvent) => {
				this.#worker.removeEventListener('message', done);
				this.#worker.removeEventListener('error', done);
				resolve(event instanceof MessageEvent ? event.data : null);
			};
			this.#worker.addEventListener('message', done);
			// A worker that failed to load answers with an error: the scan goes on, reading nothing.
			this.#worker.addEventListener('error', done);
			// The pixels move to the worker instead of being copied.
			this.#worker.postMessage({ data, width, height }, [data.buffer]);
		});
	}

	/** Stops the worker; a pending read never resolves. */
	destroy(): void {
		this.#worker.terminate();
	}
}
