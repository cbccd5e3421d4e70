/**
 * Tells which updates came from another tab of this browser. y-webrtc applies messages from
 * peers and from tabs (its BroadcastChannel) with the same origin, its room; only the tab path
 * runs inside the room's mutex, synchronously, so a flag raised around that mutex tells them
 * apart. Tabs of one browser share IndexedDB: what another tab sent, it has already written.
 */

/** The part of a y-webrtc room this needs. */
export interface MutexRoom {
	mux: (f: () => void, g?: () => void) => void;
}

/** Wraps the room's mutex; the returned test is true for updates applied from another tab. */
export function tabEchoOrigin(room: MutexRoom): (origin: unknown) => boolean {
	const mux = room.mux;
	let fromTab = false;
	room.mux = (f, g) =>
		mux(() => {
			fromTab = true;
			try {
				f();
			} finally {
				fromTab = false;
			}
		}, g);
	return (origin) => fromTab && origin === room;
}
