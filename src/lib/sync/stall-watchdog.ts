/*
 * y-webrtc can leave a connection that never carries anything: when two devices join at the same
 * moment both send offers, and its glare handling sometimes ends with both sides "connected" on
 * different data channels, or both waiting as non-initiators (yjs/y-webrtc#39 describes the
 * second). A working connection carries y-webrtc's sync step 1 within milliseconds, so one that
 * has received nothing at all after `timeoutMs` is stuck: destroying it makes y-webrtc announce
 * itself again and build a fresh one. Any byte counts as heard, so a long initial sync on a slow
 * link is never mistaken for a stall. The delay is jittered by up to +25% so that two devices
 * stuck together do not rebuild at the same instant and collide again.
 */

/** Default time a new connection gets to deliver its first report, in milliseconds. */
export const DEFAULT_STALL_TIMEOUT_MS = 15_000;

/** A running watchdog for one connection. */
export interface StallWatchdog {
	/** The peer was heard from: the connection works, stop watching. */
	heard(): void;
	stop(): void;
}

/** Calls `onStall` once if `heard()` is not called within `timeoutMs` (0 disables it). */
export function watchForStall(timeoutMs: number, onStall: () => void): StallWatchdog {
	const delay = timeoutMs * (1 + Math.random() / 4);
	const timer = timeoutMs > 0 ? setTimeout(onStall, delay) : undefined;
	const stop = () => clearTimeout(timer);
	return { heard: stop, stop };
}
