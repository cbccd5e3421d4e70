/**
 * Unencrypted WebSockets (ws://) are refused except to this very machine: on a shop's Wi-Fi
 * anyone can read or alter them, and an https page cannot open them anyway (mixed content).
 */

/** Whether `hostname` (as in URL.hostname) names this machine: localhost, 127.0.0.0/8, ::1. */
export function isLoopbackHost(hostname: string): boolean {
	const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
	if (host === 'localhost' || host.endsWith('.localhost') || host === '::1') return true;
	return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** Whether a ws:// or wss:// address may be used: wss anywhere, ws only on loopback. */
export function websocketAllowed(url: URL): boolean {
	return url.protocol === 'wss:' || (url.protocol === 'ws:' && isLoopbackHost(url.hostname));
}
