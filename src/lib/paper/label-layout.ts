/**
 * Lays out one shipping label in its cell: the return address small at the top, the recipient in
 * large type in the middle, the order number, shipping method and tracking at the bottom. The top
 * and bottom take what they need (up to a cap); the recipient gets the rest and shrinks to fit.
 */
import { baselineOffset, fitParagraphs, lineHeight, type Fitted, type Measure } from './label-fit';
import type { Box, LabelSheet } from './label-sheet';
import type { LabelData } from './labels';
import type { PaperText } from './text';

/** A line of text at its place: `y` is the baseline, in mm from the page's top. */
export interface PlacedText {
	text: string;
	x: number;
	y: number;
	/** Font size in pt. */
	size: number;
	bold: boolean;
}

/** A thin separating rule from (x1, y) to (x2, y), in mm. */
export interface Rule {
	x1: number;
	x2: number;
	y: number;
}

/** Everything drawn for one label. */
export interface LabelLayout {
	texts: PlacedText[];
	rules: Rule[];
}

/** Options of layoutLabel. */
export interface LayoutOptions {
	label: LabelData;
	sheet: LabelSheet;
	/** The label's cell on its page. */
	box: Box;
	text: PaperText;
	measure: Measure;
}

const gap = 1.5;

/** Where every line of a label goes inside its cell. */
export function layoutLabel(o: LayoutOptions): LabelLayout {
	const { label, sheet, text } = o;
	const { sizes } = sheet;
	const inner = {
		x: o.box.x + sheet.padding,
		y: o.box.y + sheet.padding,
		width: o.box.width - 2 * sheet.padding,
		height: o.box.height - 2 * sheet.padding
	};
	const fit = (
		paragraphs: { text: string; bold?: boolean }[],
		range: typeof sizes.to,
		height: number
	) => fitParagraphs({ paragraphs, width: inner.width, height, ...range, measure: o.measure });

	// A store that has not filled in its address gets no "From:" line rather than an empty one.
	const fromText = `${text.t('labels.from')} ${label.from.join(', ')}`;
	const from = label.from.length ? fit([{ text: fromText }], sizes.from, inner.height * 0.2) : null;
	const top = from ? from.height + 2 * gap : 0;
	const footerParagraphs = [
		{ text: text.t('labels.order', { number: label.number }), bold: true },
		...(label.shippingMethod
			? [{ text: text.t('labels.method', { method: label.shippingMethod }) }]
			: []),
		...(label.tracking
			? [
					{
						text: label.tracking.carrier
							? text.t('labels.trackingCarrier', label.tracking)
							: text.t('labels.tracking', { number: label.tracking.number })
					}
				]
			: [])
	];
	const footer = fit(footerParagraphs, sizes.footer, inner.height * 0.3);
	const caption = lineHeight(sizes.caption);
	const middle = inner.height - top - footer.height - 2 * gap - caption;
	const to = fit(
		label.to.map((line, i) => ({ text: line, bold: i === 0 })),
		sizes.to,
		Math.max(0, middle)
	);

	const texts: PlacedText[] = [];
	const place = (f: Fitted, top: number) =>
		f.lines.forEach((line, i) =>
			texts.push({
				text: line.text,
				x: inner.x,
				y: top + i * lineHeight(f.size) + baselineOffset(f.size),
				size: f.size,
				bold: line.bold
			})
		);
	const x1 = inner.x;
	const x2 = inner.x + inner.width;
	if (from) place(from, inner.y);
	const toTop = inner.y + top;
	texts.push({
		text: text.t('labels.to'),
		x: inner.x,
		y: toTop + baselineOffset(sizes.caption),
		size: sizes.caption,
		bold: false
	});
	place(to, toTop + caption);
	const footerTop = inner.y + inner.height - footer.height;
	place(footer, footerTop);
	return {
		texts,
		rules: [
			...(from ? [{ x1, x2, y: inner.y + from.height + gap }] : []),
			{ x1, x2, y: footerTop - gap }
		]
	};
}
