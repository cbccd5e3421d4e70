/**
 * Which other devices are connected now, and when each was last connected (kept across reloads
 * in localStorage, refreshed every 30 s while a device stays connected).
 */
import * as memory from './sync-memory';

/** How often the last-seen times of connected devices are refreshed, in ms. */
const SEEN_REFRESH_MS = 30_000;

/** Reactive presence of the other devices. */
export class SyncPresence {
	#present = $state.raw<string[]>([]);
	#lastSeen = $state.raw<Record<string, number>>({});
	#refreshedAt = 0;

	/** Other devices connected right now, by device id. */
	get present(): string[] {
		return this.#present;
	}

	/** When each other device was last connected, in ms since the epoch. */
	get lastSeen(): Record<string, number> {
		return this.#lastSeen;
	}

	/** Reads what this device remembers. */
	load(): void {
		this.#lastSeen = memory.loadLastSeen();
	}

	/** Sets the devices present now. */
	update(ids: string[]): void {
		this.#present = ids;
		this.#markSeen(Date.now());
	}

	/** Everyone left (the room closed). */
	clear(): void {
		this.#present = [];
	}

	/** Called every second by the session: connected devices stay "seen". */
	tick(now: number): void {
		if (this.#present.length > 0 && now - this.#refreshedAt >= SEEN_REFRESH_MS) this.#markSeen(now);
	}

	#markSeen(now: number): void {
		if (this.#present.length === 0) return;
		this.#refreshedAt = now;
		const seen = { ...this.#lastSeen };
		for (const id of this.#present) seen[id] = now;
		this.#lastSeen = seen;
		memory.saveLastSeen(seen);
	}
}
