/** Who is present in a room: presence (y-webrtc awareness) carries only a device id. */

/** The part of an awareness instance read here. */
export interface AwarenessLike {
	clientID: number;
	getStates(): Map<number, Record<string, unknown>>;
}

/** Ids of the other devices present, each once, in the order first seen. */
export function presentDevices(awareness: AwarenessLike, ownDeviceId: string): string[] {
	const ids: string[] = [];
	for (const [client, state] of awareness.getStates()) {
		const device = state.device;
		if (client === awareness.clientID || typeof device !== 'string') continue;
		if (device !== ownDeviceId && !ids.includes(device)) ids.push(device);
	}
	return ids;
}
