/** The top of an A4 document: seller on the left, title, number and dates on the right. */
import type { Seller } from '../documents';
import type { PaperText } from '../text';
import type { PdfWriter } from './writer';

/** Writes the seller block and the document title; leaves the cursor below both. */
export function writeHeader(
	w: PdfWriter,
	o: { seller: Seller; title: string; facts: string[]; text: PaperText }
): void {
	const start = w.y;
	const half = (w.right - w.left) / 2;
	w.font(13, 'bold').paragraph(o.seller.name || '—', { width: half });
	w.font(9);
	for (const line of o.seller.addressLines) w.paragraph(line, { width: half });
	if (o.seller.siret) {
		w.paragraph(o.text.t('paper.siret', { number: o.seller.siret }), { width: half });
	}
	if (o.seller.vatNumber && !o.seller.franchise) {
		w.paragraph(o.text.t('paper.vatNumber', { number: o.seller.vatNumber }), { width: half });
	}
	const leftEnd = w.y;
	w.y = start;
	const x = w.left + half;
	w.font(16, 'bold').paragraph(o.title, { x, width: half, align: 'right' });
	w.font(10);
	for (const fact of o.facts) w.paragraph(fact, { x, width: half, align: 'right' });
	w.y = Math.max(leftEnd, w.y) + 6;
}

/** Two address blocks side by side (billing, shipping); either may be missing. */
export function writeAddresses(
	w: PdfWriter,
	blocks: { title: string; lines: string[] | null }[]
): void {
	const shown = blocks.filter((b) => b.lines && b.lines.length > 0);
	if (shown.length === 0) return;
	const width = (w.right - w.left) / 2 - 4;
	const start = w.y;
	let end = start;
	shown.forEach((b, i) => {
		w.y = start;
		const x = w.left + i * (width + 8);
		w.font(9, 'bold').paragraph(b.title, { x, width });
		w.font(10);
		for (const line of b.lines ?? []) w.paragraph(line, { x, width });
		end = Math.max(end, w.y);
	});
	w.y = end + 6;
}

/** Legal lines at the end of a document, small. */
export function writeLegal(w: PdfWriter, lines: readonly string[]): void {
	if (lines.length === 0) return;
	w.gap(6);
	w.font(8);
	for (const line of lines) w.paragraph(line);
}
