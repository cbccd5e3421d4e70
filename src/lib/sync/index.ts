/** Transport-level sync for any Y.Doc: y-webrtc, the optional relay, pairing, backups. */
export { attachWebrtcSync } from './webrtc-sync.js';
export { tabEchoOrigin } from './tab-echo.js';
export { openPeerRoom, roomTabEchoes } from './peer-room.js';
export type { PeerRoom, PeerRoomInside, PeerRoomOptions } from './peer-room.js';
export { presentDevices } from './presence.js';
export { makeOffer, answerOffer, offerRefusal, FACE_CODE_TTL_MS } from './face-to-face.js';
export type { FaceRefusal, PendingOffer } from './face-to-face.js';
export { decodeFaceCode, encodeFaceCode, roomTag, CODE_PREFIX } from './face-code.js';
export type { FaceAnswer, FaceCodeError, FaceCodeResult, FaceOffer } from './face-code.js';
export type { DeliveryStatus, ProviderLike, WebrtcSync, WebrtcSyncOptions } from './webrtc-sync.js';
export { DeliveryTracker, encodeLocalSnapshot } from './delivery-tracker.js';
export { consoleDropLogger } from './drop-log.js';
export type { RoomPresence } from './signaling-probe.js';
export { DEFAULT_STALL_TIMEOUT_MS } from './stall-watchdog.js';
export type { DropCode, DropEvent, DropLogger } from './drop-log.js';
export { DEFAULT_CHUNK_BYTES } from './chunk-frame.js';
export { DEFAULT_REASSEMBLER_LIMITS } from './reassembler.js';
export type { ReassemblerLimits } from './reassembler.js';
export { createPairing, pairingLink, parsePairingLink, JOIN_PATH } from './pairing.js';
export type { Pairing, PairingErrorCode, PairingResult } from './pairing.js';
export { defaultSignalingUrls, parseSignalingUrls, DEFAULT_SIGNALING_PORT } from './signaling.js';
export type {
	PageLocation,
	SignalingEnv,
	SignalingErrorCode,
	SignalingResult
} from './signaling.js';
export { startRelaySync } from './relay-sync.js';
export type { RelayState, RelayStatus, RelaySync, RelaySyncOptions } from './relay-sync.js';
export { parseRelayUrl, relayRoomName } from './relay-address.js';
export type { RelayAddressErrorCode, RelayAddressResult } from './relay-address.js';
export {
	encodeBackup,
	decodeBackup,
	importBackup,
	mergeBackup,
	maxBackupBytes,
	backupFileName,
	BACKUP_FORMAT_VERSION
} from './backup.js';
export type { BackupErrorCode, BackupHeader, DecodeResult, ImportResult } from './backup.js';
export { canDecodeOffThread, decodeBackupOffThread } from './backup-decode.js';
