/**
 * Turns documents into one PDF: A4 documents one after another (each on fresh pages), with
 * progress and cancellation for batches. The renderer yields to the event loop every few
 * documents so the progress bar moves and a cancel click is seen.
 */
import type { jsPDF } from 'jspdf';
import type { CreditNoteData } from '../credit-note';
import type { InvoiceData, PackingSlipData } from '../documents';
import type { PaperText } from '../text';
import { writeCreditNote } from './credit-note';
import { registerFonts, type PdfFonts } from './fonts';
import { writeInvoice } from './invoice';
import { writePackingSlip } from './packing-slip';
import { PdfWriter } from './writer';

/** Any A4 document. */
export type A4Document = InvoiceData | CreditNoteData | PackingSlipData;

/** Thrown when a batch is cancelled. */
export class Cancelled extends Error {
	constructor() {
		super('cancelled');
		this.name = 'Cancelled';
	}
}

/** Options of renderA4. `documents` may be lazy (built while rendering) to keep memory flat. */
export interface RenderOptions {
	JsPdf: typeof jsPDF;
	fonts: PdfFonts;
	text: PaperText;
	documents: Iterable<A4Document> | AsyncIterable<A4Document>;
	/** Number of documents, for progress. */
	count?: number;
	onProgress?: (done: number) => void;
	signal?: AbortSignal;
	/** Yield to the event loop every this many documents (default 5; 0 never yields). */
	yieldEvery?: number;
}

/** Renders documents into one A4 PDF; rejects with Cancelled when the signal aborts. */
export async function renderA4(o: RenderOptions): Promise<ArrayBuffer> {
	const doc = new o.JsPdf({ unit: 'mm', format: 'a4', compress: true });
	registerFonts(doc, o.fonts);
	doc.setProperties({ creator: 'Comptoir' });
	let done = 0;
	const every = o.yieldEvery ?? 5;
	for await (const d of o.documents) {
		if (o.signal?.aborted) throw new Cancelled();
		if (done > 0) doc.addPage();
		const w = new PdfWriter(doc, { margin: 15 });
		if (d.kind === 'invoice') writeInvoice(w, d, o.text);
		else if (d.kind === 'credit-note') writeCreditNote(w, d, o.text);
		else writePackingSlip(w, d, o.text);
		done++;
		o.onProgress?.(done);
		if (every > 0 && done % every === 0) {
			await new Promise((resolve) => setTimeout(resolve, 0));
		}
	}
	if (o.signal?.aborted) throw new Cancelled();
	return doc.output('arraybuffer');
}
