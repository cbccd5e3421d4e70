/**
 * Fits paragraphs into a box: wraps at word boundaries (a word wider than the box is cut after a
 * hyphen, else between letters), shrinks the font step by step down to a floor, and at the floor
 * drops the lines that do not fit, ending the last kept one with "…". Text never leaves its box,
 * so a long address cannot run into the neighbouring label. Widths come from a `Measure` (the PDF's font metrics).
 */

/** Width in mm of a text at a font size (pt) and weight. */
export type Measure = (text: string, o: { size: number; bold: boolean }) => number;

/** One paragraph to fit. */
export interface Paragraph {
	text: string;
	bold?: boolean;
}

/** One line of fitted text. */
export interface FittedLine {
	text: string;
	bold: boolean;
}

/** The result of fitting: one font size for all lines, and the height they take (mm). */
export interface Fitted {
	size: number;
	lines: FittedLine[];
	height: number;
	/** True when lines were dropped at the floor size. */
	truncated: boolean;
}

/** Height of one line in mm at a font size in pt. */
export function lineHeight(size: number): number {
	return (size * 1.2 * 25.4) / 72;
}

/** Distance from a line's top to its baseline, in mm (room for accents on capitals above). */
export function baselineOffset(size: number): number {
	return (size * 0.95 * 25.4) / 72;
}

/** Cuts a word wider than `width` into pieces that fit: after a hyphen if possible, else anywhere. */
function cutWord(word: string, fits: (s: string) => boolean): string[] {
	const pieces: string[] = [];
	let piece = '';
	const push = (part: string) => {
		if (piece && !fits(piece + part)) {
			pieces.push(piece);
			piece = '';
		}
		piece += part;
	};
	for (const segment of word.match(/[^-]+-*|-+/g) ?? []) {
		if (fits(piece + segment) || fits(segment)) push(segment);
		else for (const char of segment) push(char);
	}
	if (piece) pieces.push(piece);
	return pieces;
}

/** Wraps one paragraph into lines no wider than `width` mm. */
export function wrap(
	text: string,
	o: { width: number; size: number; bold: boolean; measure: Measure }
): string[] {
	const fits = (s: string) => o.measure(s, o) <= o.width;
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (fits(candidate)) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		const pieces = fits(word) ? [word] : cutWord(word, fits);
		lines.push(...pieces.slice(0, -1));
		line = pieces.at(-1) ?? '';
	}
	if (line) lines.push(line);
	return lines;
}

/** Options of fitParagraphs; sizes in pt, lengths in mm. */
export interface FitOptions {
	paragraphs: readonly Paragraph[];
	width: number;
	height: number;
	max: number;
	min: number;
	measure: Measure;
	/** Size decrement between tries (default 0.5 pt). */
	step?: number;
}

/** The largest size from `max` down to `min` at which every paragraph fits the box. */
export function fitParagraphs(o: FitOptions): Fitted {
	const step = o.step ?? 0.5;
	const at = (size: number): FittedLine[] =>
		o.paragraphs.flatMap((p) =>
			wrap(p.text, { width: o.width, size, bold: !!p.bold, measure: o.measure }).map((text) => ({
				text,
				bold: !!p.bold
			}))
		);
	for (let size = o.max; size > o.min; size -= step) {
		const lines = at(size);
		if (lines.length * lineHeight(size) <= o.height) {
			return { size, lines, height: lines.length * lineHeight(size), truncated: false };
		}
	}
	const size = o.min;
	const lines = at(size);
	const room = Math.max(0, Math.floor(o.height / lineHeight(size) + 1e-9));
	if (lines.length <= room) {
		return { size, lines, height: lines.length * lineHeight(size), truncated: false };
	}
	const kept = lines.slice(0, room);
	const last = kept.at(-1);
	if (last) {
		let cut = last.text;
		const fits = (s: string) => o.measure(s, { size, bold: last.bold }) <= o.width;
		while (cut && !fits(`${cut}…`)) cut = [...cut].slice(0, -1).join('');
		kept[kept.length - 1] = { ...last, text: `${cut.trimEnd()}…` };
	}
	return { size, lines: kept, height: kept.length * lineHeight(size), truncated: true };
}
