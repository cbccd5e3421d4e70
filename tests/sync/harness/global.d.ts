import type { DeliveryStatus, RelayStatus } from '../../../src/lib/sync/index.js';

declare global {
	interface Window {
		/** The harness page's test interface (see main.ts). */
		harness: {
			/** Face-to-face codes (with `face=1`, no signaling server at all). */
			face: {
				offer(): Promise<string>;
				answer(offer: string): Promise<string>;
				/** Applies an answer; null when accepted, else why not. */
				accept(answer: string): string | null;
			};
			orders(): number;
			encodedBytes(): number;
			peers(): number;
			connectedPeers(): number;
			status(): DeliveryStatus | null;
			relayStatus(): RelayStatus | null;
			drops(): string[];
			dropDetails(): string[];
			firstOrderAt(): number | null;
			now(): number;
			add(key: string, value: string): void;
			/** Adds `key` now and returns when, in ms since the epoch. */
			stamp(key: string): number;
			/** When `key` first reached this device (local or remote), in ms since the epoch. */
			arrivedAt(key: string): number | null;
			sendGarbage(): void;
		};
	}
}
