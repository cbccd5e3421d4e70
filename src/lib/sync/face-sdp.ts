/*
 * A WebRTC data-channel description cut down to what the other device needs to connect on the
 * local network, and rebuilt from it (see docs/decisions/0025). Kept: the ICE username fragment
 * and password, the DTLS certificate fingerprint, the DTLS role, and up to three UDP host
 * candidates (an IP address or a Chromium mDNS name, and a port). Everything else in a data-only
 * description is the same on every browser (one `application` section, SCTP port 5000) and is
 * written back from a template.
 */

/** Largest number of host candidates kept: one per network interface is plenty face to face. */
export const MAX_CANDIDATES = 3;

/** One UDP host candidate. */
export interface HostCandidate {
	/** An IPv4 or IPv6 address, or an mDNS name (`<uuid>.local`). */
	address: string;
	port: number;
}

/** Fingerprint hash functions a browser may use, in code order. */
export const FINGERPRINT_HASHES = ['sha-256', 'sha-384', 'sha-512', 'sha-1'] as const;
/** DTLS roles, in code order. */
export const SETUP_ROLES = ['actpass', 'active', 'passive'] as const;

/** What is kept of a description. */
export interface SdpEssentials {
	ufrag: string;
	pwd: string;
	hash: (typeof FINGERPRINT_HASHES)[number];
	/** The certificate fingerprint's bytes. */
	fingerprint: Uint8Array;
	setup: (typeof SETUP_ROLES)[number];
	candidates: HostCandidate[];
}

/** Reads the essentials of a data-channel description; null if one of them is missing. */
export function trimSdp(sdp: string): SdpEssentials | null {
	const lines = sdp.split(/\r?\n/);
	const value = (prefix: string) => lines.find((l) => l.startsWith(prefix))?.slice(prefix.length);
	const ufrag = value('a=ice-ufrag:')?.trim();
	const pwd = value('a=ice-pwd:')?.trim();
	const [hashName, digest, ...rest] = value('a=fingerprint:')?.trim().split(' ') ?? [];
	const setup = value('a=setup:')?.trim();
	if (!ufrag || !pwd || !hashName || !digest || rest.length > 0 || !setup) return null;
	const hash = FINGERPRINT_HASHES.find((h) => h === hashName.toLowerCase());
	const role = SETUP_ROLES.find((r) => r === setup);
	if (!hash || !role) return null;
	const bytes = digest.split(':').map((h) => parseInt(h, 16));
	if (bytes.some((b) => !(b >= 0 && b <= 255))) return null;
	const candidates: HostCandidate[] = [];
	for (const line of lines) {
		const candidate = readHostCandidate(line);
		if (!candidate || candidates.some((c) => sameCandidate(c, candidate))) continue;
		candidates.push(candidate);
	}
	// IPv4 first: the addresses a shop's Wi-Fi or a phone's hotspot hands out.
	candidates.sort((a, b) => rank(a) - rank(b));
	return {
		ufrag,
		pwd,
		hash,
		fingerprint: Uint8Array.from(bytes),
		setup: role,
		candidates: candidates.slice(0, MAX_CANDIDATES)
	};
}

/** Writes a description the browser accepts from the essentials. */
export function rebuildSdp(e: SdpEssentials): string {
	const fingerprint = [...e.fingerprint]
		.map((b) => b.toString(16).padStart(2, '0').toUpperCase())
		.join(':');
	const candidates = e.candidates.map(
		(c, i) =>
			// Priority as a browser computes it for host candidates, highest for the first kept.
			`a=candidate:${i + 1} 1 udp ${2122260223 - i * 256} ${c.address} ${c.port} typ host`
	);
	return [
		'v=0',
		'o=- 1 2 IN IP4 127.0.0.1',
		's=-',
		't=0 0',
		'a=group:BUNDLE 0',
		'a=msid-semantic: WMS',
		'm=application 9 UDP/DTLS/SCTP webrtc-datachannel',
		'c=IN IP4 0.0.0.0',
		...candidates,
		'a=end-of-candidates',
		`a=ice-ufrag:${e.ufrag}`,
		`a=ice-pwd:${e.pwd}`,
		'a=ice-options:trickle',
		`a=fingerprint:${e.hash} ${fingerprint}`,
		`a=setup:${e.setup}`,
		'a=mid:0',
		'a=sctp-port:5000',
		'a=max-message-size:262144',
		''
	].join('\r\n');
}

function readHostCandidate(line: string): HostCandidate | null {
	// a=candidate:<foundation> <component> <transport> <priority> <address> <port> typ <type> …
	const match = /^a=candidate:\S+ 1 udp \d+ (\S+) (\d+) typ host\b/i.exec(line.trim());
	if (!match) return null;
	const [, address, portText] = match;
	const port = Number(portText);
	if (!address || !(port > 0 && port < 65536)) return null;
	return { address, port };
}

function sameCandidate(a: HostCandidate, b: HostCandidate): boolean {
	return a.address === b.address && a.port === b.port;
}

function rank(c: HostCandidate): number {
	if (/^\d+\.\d+\.\d+\.\d+$/.test(c.address)) return 0;
	if (c.address.endsWith('.local')) return 1;
	return 2;
}
