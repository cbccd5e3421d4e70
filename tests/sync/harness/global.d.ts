import type { DeliveryStatus, RelayStatus } from '../../../src/lib/sync/index.js';

declare global {
	interface Window {
		/** The harness page's test interface (see main.ts). */
		harness: {
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
			sendGarbage(): void;
		};
	}
}
