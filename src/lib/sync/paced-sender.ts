/** Options of a {@link PacedSender}. */
export interface PacedSenderOptions {
	/** Hands one message to the data channel; may throw when the channel is gone. */
	send: (bytes: Uint8Array) => void;
	/** Bytes queued in the data channel and not yet on the wire. */
	bufferedAmount: () => number;
	/** Stop feeding the channel above this many buffered bytes. */
	highWaterBytes?: number;
	/** How long to wait before looking at the channel's buffer again, in milliseconds. */
	retryMs?: number;
	onError: (error: unknown) => void;
}

/** Default high-water mark: half of the 16 MiB that makes Chromium close a data channel. */
export const DEFAULT_HIGH_WATER_BYTES = 8 * 1024 * 1024;

/**
 * Feeds frames to a data channel in order without overfilling its buffer (Chromium closes a
 * channel whose buffer passes 16 MiB, so a 20 MB store cannot be handed over in one go).
 * A frame is sent at once when nothing waits, so small updates keep their latency.
 */
export class PacedSender {
	readonly #queue: Uint8Array[] = [];
	readonly #options: Required<PacedSenderOptions>;
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(options: PacedSenderOptions) {
		// `??`, not a spread of defaults: callers pass `highWaterBytes: undefined` through, and a
		// spread would let that undefined switch pacing off (it did, and 21 MB overflowed).
		this.#options = {
			...options,
			highWaterBytes: options.highWaterBytes ?? DEFAULT_HIGH_WATER_BYTES,
			retryMs: options.retryMs ?? 20
		};
	}

	/** Frames queued and not yet handed to the channel. */
	get queued(): number {
		return this.#queue.length;
	}

	/** Queues frames behind any already waiting and sends what the channel can take. */
	push(frames: readonly Uint8Array[]): void {
		this.#queue.push(...frames);
		if (this.#timer === undefined) this.#flush();
	}

	/** Drops everything queued (the connection closed). */
	clear(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#queue.length = 0;
	}

	#flush(): void {
		this.#timer = undefined;
		const { send, bufferedAmount, highWaterBytes, retryMs, onError } = this.#options;
		while (this.#queue.length > 0) {
			if (bufferedAmount() > highWaterBytes) {
				this.#timer = setTimeout(() => this.#flush(), retryMs);
				return;
			}
			const frame = this.#queue.shift() as Uint8Array;
			try {
				send(frame);
			} catch (error) {
				// The rest of a chunked message is useless once one frame is lost.
				this.#queue.length = 0;
				onError(error);
			}
		}
	}
}
