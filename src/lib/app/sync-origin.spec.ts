import { describe, expect, it } from 'vitest';
import { canSyncHere } from './sync-origin';

describe('canSyncHere', () => {
	it('is true in a secure context with Web Crypto', () => {
		expect(canSyncHere({ isSecureContext: true, crypto: { subtle: {} } })).toBe(true);
	});

	it('is false on plain http (no secure context, no crypto.subtle)', () => {
		expect(canSyncHere({ isSecureContext: false, crypto: {} })).toBe(false);
		expect(canSyncHere({ isSecureContext: false, crypto: { subtle: {} } })).toBe(false);
	});

	it('is false when Web Crypto is missing even if the page claims to be secure', () => {
		expect(canSyncHere({ isSecureContext: true, crypto: {} })).toBe(false);
		expect(canSyncHere(undefined)).toBe(false);
	});
});
