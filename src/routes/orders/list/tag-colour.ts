/** Text colour readable on a tag's own colour. */

/** Black or white, whichever contrasts more with a `#rrggbb` background (WCAG luminance). */
export function textOn(background: string): '#000000' | '#ffffff' {
	const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(background);
	if (!m) return '#000000';
	const [r, g, b] = m.slice(1).map((h) => {
		const c = parseInt(h, 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
	// Contrast with black is (l + 0.05) / 0.05, with white 1.05 / (l + 0.05): equal at l ≈ 0.179.
	return l > 0.179 ? '#000000' : '#ffffff';
}
