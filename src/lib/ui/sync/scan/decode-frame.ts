/** Reads a QR code from one camera frame; runs in the scanner's worker (and in unit tests). */
import jsQR from 'jsqr';

/** One frame as RGBA pixels, as `getImageData` gives it. */
export interface Frame {
	data: Uint8ClampedArray;
	width: number;
	height: number;
}

/** The text of the QR code seen in the frame, or null when none can be read. */
export function decodeFrame(frame: Frame): string | null {
	// Pairing codes are dark on a light background (SharePanel draws them on white): trying the
	// inverted image too would double the cost of every frame for codes that do not exist.
	const code = jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' });
	return code?.data || null;
}
