import { describe, expect, it } from 'vitest';
import { rebuildSdp, trimSdp } from './face-sdp';
import { chromiumAnswer, chromiumOffer } from './testing/sample-sdp';

describe('trimSdp', () => {
	it('keeps ICE credentials, the fingerprint, the role and the UDP host candidates', () => {
		const e = trimSdp(chromiumOffer);
		expect(e).not.toBeNull();
		expect(e?.ufrag).toBe('6wpf');
		expect(e?.pwd).toBe('ER2GOB0hG9jx3mqr/Wixh/o6');
		expect(e?.hash).toBe('sha-256');
		expect(e?.fingerprint.length).toBe(32);
		expect(e?.fingerprint[0]).toBe(0x58);
		expect(e?.setup).toBe('actpass');
		// The TCP candidate is dropped; IPv4 comes first.
		expect(e?.candidates).toEqual([
			{ address: '192.0.2.2', port: 46757 },
			{ address: 'fd00::2', port: 45856 }
		]);
	});

	it('is null when the description misses credentials or the fingerprint', () => {
		expect(trimSdp(chromiumOffer.replace(/a=ice-pwd:.*\r\n/, ''))).toBeNull();
		expect(trimSdp(chromiumOffer.replace(/a=fingerprint:.*\r\n/, ''))).toBeNull();
		expect(trimSdp('garbage')).toBeNull();
	});

	it('rebuilds a description that trims back to the same essentials', () => {
		for (const sdp of [chromiumOffer, chromiumAnswer]) {
			const e = trimSdp(sdp);
			expect(e).not.toBeNull();
			const rebuilt = rebuildSdp(e!);
			expect(trimSdp(rebuilt)).toEqual(e);
			expect(rebuilt).toContain('m=application 9 UDP/DTLS/SCTP webrtc-datachannel');
			expect(rebuilt).toContain(`a=setup:${e!.setup}`);
		}
	});
});
