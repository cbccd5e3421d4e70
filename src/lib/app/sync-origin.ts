/**
 * Whether this page may sync and back up. Browsers give Web Crypto (the room key, SHA-256 of
 * backups and of the relay room), the camera and service workers only to secure contexts: https,
 * or localhost / 127.0.0.1. A tablet opening `http://box:4173` is not one, and everything that
 * needs them must say so instead of throwing.
 */

/** The parts of `window` the answer depends on. */
export interface OriginFacts {
	isSecureContext?: boolean;
	crypto?: { subtle?: unknown };
}

/** True when syncing, pairing and backups can run on this page. */
export function canSyncHere(facts: OriginFacts | undefined): boolean {
	if (!facts) return false;
	return facts.isSecureContext === true && facts.crypto?.subtle !== undefined;
}

/** Read once at start: whether this page is a secure context. */
export const secureOrigin: boolean =
	typeof window === 'undefined' ? true : canSyncHere(window as unknown as OriginFacts);
