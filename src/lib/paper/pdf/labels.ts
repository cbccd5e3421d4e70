/**
 * Draws shipping labels into one PDF: a 100 × 150 mm page per label, or A4 sheets of 8 with light
 * dashed cut guides around the used cells. Like renderA4 it reports progress, yields to the
 * event loop every few labels and stops with Cancelled when its signal aborts.
 */
import type { jsPDF } from 'jspdf';
import type { Measure } from '../label-fit';
import { layoutLabel } from '../label-layout';
import { labelCell, labelSheet, labelsPerPage, type Box } from '../label-sheet';
import type { LabelData, LabelFormat } from '../labels';
import type { PaperText } from '../text';
import { family, registerFonts, type PdfFonts } from './fonts';
import { Cancelled } from './render';

/** Options of renderLabels. `labels` may be lazy (built while rendering) to keep memory flat. */
export interface LabelRenderOptions {
	JsPdf: typeof jsPDF;
	fonts: PdfFonts;
	text: PaperText;
	format: LabelFormat;
	labels: Iterable<LabelData> | AsyncIterable<LabelData>;
	onProgress?: (done: number) => void;
	signal?: AbortSignal;
	/** Yield to the event loop every this many labels (default 10; 0 never yields). */
	yieldEvery?: number;
}

/** A finished label PDF. */
export interface LabelPdf {
	pdf: ArrayBuffer;
	labels: number;
	pages: number;
}

/** Text width in mm with the embedded fonts' metrics. */
function measureWith(doc: jsPDF): Measure {
	return (text, o) => {
		doc.setFont(family, o.bold ? 'bold' : 'normal');
		return (doc.getStringUnitWidth(text) * o.size * 25.4) / 72;
	};
}

function drawGuide(doc: jsPDF, box: Box): void {
	doc.setDrawColor(190);
	doc.setLineWidth(0.1);
	doc.setLineDashPattern([1.5, 1.5], 0);
	doc.rect(box.x, box.y, box.width, box.height);
	doc.setLineDashPattern([], 0);
}

/** Renders labels in the order given; resolves with null when there was none to draw. */
export async function renderLabels(o: LabelRenderOptions): Promise<LabelPdf | null> {
	const sheet = labelSheet(o.format);
	const doc = new o.JsPdf({
		unit: 'mm',
		format: o.format === 'a4' ? 'a4' : [sheet.width, sheet.height],
		orientation: 'portrait',
		compress: true
	});
	registerFonts(doc, o.fonts);
	doc.setProperties({ creator: 'Comptoir', title: o.text.t('labels.title') });
	const measure = measureWith(doc);
	const every = o.yieldEvery ?? 10;
	let done = 0;
	for await (const label of o.labels) {
		if (o.signal?.aborted) throw new Cancelled();
		const { page, box } = labelCell(sheet, done);
		if (page >= doc.getNumberOfPages()) doc.addPage();
		if (sheet.guides) drawGuide(doc, box);
		const layout = layoutLabel({ label, sheet, box, text: o.text, measure });
		doc.setDrawColor(110);
		doc.setLineWidth(0.2);
		for (const r of layout.rules) doc.line(r.x1, r.y, r.x2, r.y);
		for (const t of layout.texts) {
			doc.setFont(family, t.bold ? 'bold' : 'normal');
			doc.setFontSize(t.size);
			doc.text(t.text, t.x, t.y);
		}
		done++;
		o.onProgress?.(done);
		if (every > 0 && done % every === 0) {
			await new Promise((resolve) => setTimeout(resolve, 0));
		}
	}
	if (o.signal?.aborted) throw new Cancelled();
	if (done === 0) return null;
	return {
		pdf: doc.output('arraybuffer'),
		labels: done,
		pages: Math.ceil(done / labelsPerPage(sheet))
	};
}
