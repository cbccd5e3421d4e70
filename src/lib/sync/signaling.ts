import { websocketAllowed } from './loopback.js';

/** Port of the signaling server that runs beside the app by default (y-webrtc's own default). */
export const DEFAULT_SIGNALING_PORT = 4444;

/** The parts of `window.location` the default depends on. */
export interface PageLocation {
	protocol: string;
	hostname: string;
}

/** Build-time settings (`import.meta.env`). */
export interface SignalingEnv {
	VITE_SIGNALING_URL?: string;
}

/** Why a signaling address was refused. */
export type SignalingErrorCode = 'empty' | 'not-a-url' | 'not-websocket' | 'insecure-websocket';

/** Result of {@link parseSignalingUrls}. */
export type SignalingResult =
	{ ok: true; urls: string[] } | { ok: false; code: SignalingErrorCode };

/**
 * Default signaling servers: the build-time `VITE_SIGNALING_URL` (comma-separated) if set,
 * else the page's own host on port 4444 (wss on an https page). Never a public server.
 * An invalid build-time value is a build error, so it throws rather than guess.
 */
export function defaultSignalingUrls(location: PageLocation, env: SignalingEnv): string[] {
	const configured = env.VITE_SIGNALING_URL?.trim();
	if (configured) {
		const parsed = parseSignalingUrls(configured);
		if (!parsed.ok)
			throw new Error(`VITE_SIGNALING_URL is invalid (${parsed.code}): ${configured}`);
		return parsed.urls;
	}
	const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
	// IPv6 hosts need brackets in a URL; location.hostname already has them in browsers.
	const host =
		location.hostname.includes(':') && !location.hostname.startsWith('[')
			? `[${location.hostname}]`
			: location.hostname;
	return [`${scheme}://${host}:${DEFAULT_SIGNALING_PORT}`];
}

/** Validates signaling addresses typed in Settings (comma- or space-separated wss://, ws:// on loopback). */
export function parseSignalingUrls(text: string): SignalingResult {
	const parts = text.split(/[\s,]+/).filter((part) => part.length > 0);
	if (parts.length === 0) return { ok: false, code: 'empty' };
	const urls: string[] = [];
	for (const part of parts) {
		let url: URL;
		try {
			url = new URL(part);
		} catch {
			return { ok: false, code: 'not-a-url' };
		}
		if (url.protocol !== 'ws:' && url.protocol !== 'wss:')
			return { ok: false, code: 'not-websocket' };
		if (!websocketAllowed(url)) return { ok: false, code: 'insecure-websocket' };
		// y-webrtc keys connections by the exact string: keep the text as typed, minus a bare '/'.
		urls.push(part.replace(/\/$/, ''));
	}
	return { ok: true, urls };
}
