/** Descriptions Chromium 156 wrote for a data channel with `iceServers: []` (offer, answer). */
export const chromiumOffer = [
	'v=0',
	'o=- 5882513460906760683 2 IN IP4 127.0.0.1',
	's=-',
	't=0 0',
	'a=group:BUNDLE 0',
	'a=extmap-allow-mixed',
	'a=msid-semantic: WMS',
	'm=application 46757 UDP/DTLS/SCTP webrtc-datachannel',
	'c=IN IP4 192.0.2.2',
	'a=candidate:501029248 1 udp 2113937151 192.0.2.2 46757 typ host generation 0 network-cost 999',
	'a=candidate:447706416 1 udp 2113942271 fd00::2 45856 typ host generation 0 network-cost 999',
	'a=candidate:1 1 tcp 1518280447 192.0.2.2 9 typ host tcptype active generation 0',
	'a=ice-ufrag:6wpf',
	'a=ice-pwd:ER2GOB0hG9jx3mqr/Wixh/o6',
	'a=ice-options:trickle',
	'a=fingerprint:sha-256 58:0F:F9:32:74:B1:2D:EB:C4:F2:8B:4D:FD:3E:FE:F4:7C:AA:F8:1C:62:E5:CD:87:C5:B3:E3:4D:2E:91:38:33',
	'a=setup:actpass',
	'a=mid:0',
	'a=sctp-port:5000',
	'a=max-message-size:262144',
	''
].join('\r\n');

/** The answer, with a Chromium mDNS name in place of the IPv4 address. */
export const chromiumAnswer = [
	'v=0',
	'o=- 2615997106500441445 2 IN IP4 127.0.0.1',
	's=-',
	't=0 0',
	'a=group:BUNDLE 0',
	'a=extmap-allow-mixed',
	'a=msid-semantic: WMS',
	'm=application 58685 UDP/DTLS/SCTP webrtc-datachannel',
	'c=IN IP4 0.0.0.0',
	'a=candidate:416232003 1 udp 2113937151 5f0d7b7a-1c2d-4e3f-8a9b-0c1d2e3f4a5b.local 58685 typ host generation 0 network-cost 999',
	'a=ice-ufrag:4eB7',
	'a=ice-pwd:JT+WasCK0e+Y4QCLOMyBtzEu',
	'a=ice-options:trickle',
	'a=fingerprint:sha-256 57:E5:9D:8C:B6:35:6E:FF:82:FF:DF:33:65:15:02:A8:9F:F1:12:6D:38:3A:65:1D:E0:B8:EC:4B:AC:CE:03:DE',
	'a=setup:active',
	'a=mid:0',
	'a=sctp-port:5000',
	'a=max-message-size:262144',
	''
].join('\r\n');
