import { describe, expect, it } from 'vitest';
import { isLoopbackHost, websocketAllowed } from './loopback';

describe('loopback', () => {
	it.each(['localhost', '127.0.0.1', '127.1.2.3', '[::1]', 'box.localhost'])(
		'%s is loopback',
		(h) => expect(isLoopbackHost(h)).toBe(true)
	);
	it.each(['192.168.1.20', 'caisse.local', 'marche-box', '[fe80::1]', '127.0.0.1.evil.example'])(
		'%s is not loopback',
		(h) => expect(isLoopbackHost(h)).toBe(false)
	);
	it('allows wss anywhere and ws only on loopback', () => {
		expect(websocketAllowed(new URL('wss://caisse.local:4444'))).toBe(true);
		expect(websocketAllowed(new URL('ws://127.0.0.1:4444'))).toBe(true);
		expect(websocketAllowed(new URL('ws://192.168.1.20:4444'))).toBe(false);
		expect(websocketAllowed(new URL('https://x'))).toBe(false);
	});
});
