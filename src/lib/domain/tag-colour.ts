/** Text on a tag's colour: black or white, whichever contrasts more (WCAG relative luminance). */

const channel = (value: number) => {
	const c = value / 255;
	return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** Relative luminance of a `#rrggbb` colour, 0 (black) to 1 (white); 0.5 when it does not read. */
export function luminance(hex: string): number {
	const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!match) return 0.5;
	const [r, g, b] = match.slice(1).map((h) => channel(parseInt(h, 16))) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** `#000000` or `#ffffff`, the more readable text colour on `hex` (black when it does not read). */
export function textColourOn(hex: string): '#000000' | '#ffffff' {
	const l = luminance(hex);
	// Contrast with black is (l + 0.05) / 0.05; with white 1.05 / (l + 0.05).
	return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}
