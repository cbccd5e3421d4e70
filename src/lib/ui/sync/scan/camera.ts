/** Opens the camera for the pairing-code scanner and says plainly why it cannot. */

/** Why the camera cannot be used; each has a message that points to the pairing link. */
export type CameraProblem = 'insecure' | 'unsupported' | 'denied' | 'no-camera' | 'busy' | 'failed';

/** Result of {@link openCamera}. */
export type CameraResult =
	{ ok: true; stream: MediaStream } | { ok: false; problem: CameraProblem };

/** Maps a `getUserMedia` rejection to what the seller is told. */
export function cameraProblem(error: unknown): CameraProblem {
	const name = error instanceof Error || error instanceof DOMException ? error.name : '';
	switch (name) {
		case 'NotAllowedError':
		case 'PermissionDeniedError':
			return 'denied';
		case 'SecurityError':
			return 'insecure';
		case 'NotFoundError':
		case 'DevicesNotFoundError':
		case 'OverconstrainedError':
			return 'no-camera';
		case 'NotReadableError':
		case 'TrackStartError':
		case 'AbortError':
			return 'busy';
		default:
			return 'failed';
	}
}

/** Asks for a camera, the rear one when there is a choice (the code is on another screen). */
export async function openCamera(): Promise<CameraResult> {
	// Browsers hide the camera from pages served over plain http (other than localhost).
	if (!window.isSecureContext) return { ok: false, problem: 'insecure' };
	if (!navigator.mediaDevices?.getUserMedia) return { ok: false, problem: 'unsupported' };
	try {
		const stream = await navigator.mediaDevices.getUserMedia({
			audio: false,
			video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 } }
		});
		return { ok: true, stream };
	} catch (error) {
		return { ok: false, problem: cameraProblem(error) };
	}
}

/** Turns the camera off (its light goes out). */
export function stopCamera(stream: MediaStream | null): void {
	for (const track of stream?.getTracks() ?? []) track.stop();
}
