import { describe, expect, it } from 'vitest';
import { defaultSignalingUrls, parseSignalingUrls } from './signaling.js';

describe('defaultSignalingUrls', () => {
	it('uses the page host on port 4444 when nothing was set at build time', () => {
		expect(defaultSignalingUrls({ protocol: 'http:', hostname: '192.168.1.20' }, {})).toEqual([
			'ws://192.168.1.20:4444'
		]);
		expect(
			defaultSignalingUrls(
				{ protocol: 'https:', hostname: 'caisse.local' },
				{ VITE_SIGNALING_URL: ' ' }
			)
		).toEqual(['wss://caisse.local:4444']);
		expect(defaultSignalingUrls({ protocol: 'http:', hostname: '[::1]' }, {})).toEqual([
			'ws://[::1]:4444'
		]);
		expect(defaultSignalingUrls({ protocol: 'http:', hostname: 'fe80::1' }, {})).toEqual([
			'ws://[fe80::1]:4444'
		]);
	});

	it('prefers the build-time address, and never falls back to a public server', () => {
		const env = { VITE_SIGNALING_URL: 'wss://signal.example/, wss://10.0.0.2:4444' };
		expect(defaultSignalingUrls({ protocol: 'https:', hostname: 'app.example' }, env)).toEqual([
			'wss://signal.example',
			'wss://10.0.0.2:4444'
		]);
	});

	it('fails loudly on a build-time value that is not a WebSocket address', () => {
		expect(() =>
			defaultSignalingUrls({ protocol: 'http:', hostname: 'h' }, { VITE_SIGNALING_URL: 'http://x' })
		).toThrow(/not-websocket/);
	});
});

describe('parseSignalingUrls', () => {
	it.each([
		['', 'empty'],
		['signal.example:4444', 'not-websocket'],
		['ws//signal.example', 'not-a-url'],
		['https://signal.example', 'not-websocket'],
		['ws://192.168.1.20:4444', 'insecure-websocket'],
		['wss://caisse.local:4444 ws://caisse.local:4444', 'insecure-websocket']
	])('refuses %j with %s', (text, code) => {
		expect(parseSignalingUrls(text)).toEqual({ ok: false, code });
	});
});
