/** Why a peer message was dropped before reaching the document (or, for send-failed, sent). */
export type DropCode =
	| 'malformed-frame'
	| 'bad-chunk-header'
	| 'message-too-large'
	| 'too-many-pending'
	| 'out-of-order'
	| 'inconsistent-header'
	| 'chunk-timeout'
	| 'empty-message'
	| 'unknown-message-type'
	| 'invalid-sync-message'
	| 'invalid-update'
	| 'invalid-state-vector'
	| 'invalid-awareness'
	| 'forbidden-message-type'
	| 'invalid-delivery-report'
	| 'handler-threw'
	/** Outgoing: the data channel refused a frame; the rest of that message is not sent. */
	| 'send-failed'
	/** Not a message: a connection delivered no report in time and was rebuilt. */
	| 'peer-stalled';

/** One dropped peer message, as handed to a {@link DropLogger}. */
export interface DropEvent {
	code: DropCode;
	/** y-webrtc's id of the remote peer, when known. */
	peerId?: string;
	/** Size of the offending message or chunk, in bytes. */
	bytes?: number;
	detail?: string;
}

/** Receives every dropped peer message; must not throw. */
export type DropLogger = (event: DropEvent) => void;

/** Default logger: one console warning per dropped message. */
export const consoleDropLogger: DropLogger = (event) => {
	console.warn(`[sync] dropped peer message: ${event.code}`, event);
};
