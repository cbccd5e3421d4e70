/** The documents of one order as PDF bytes: invoice, packing slip, 80 mm receipt, credit notes. */
import { session } from '$lib/app/session.svelte';
import { creditNotes } from '$lib/paper/credit-note';
import { invoiceData, issuedInvoiceData, packingSlipData } from '$lib/paper/documents';
import { replacedInvoices, type ReplacedInvoice } from '$lib/paper/invoice-correction';
import { documentText, loadPdfKit, paperOrder } from './paper-kit';

/** Which document: a credit note is given by its 1-based index among the order's refunds. */
export type OrderDocument =
	| { kind: 'invoice' }
	| { kind: 'packing-slip' }
	| { kind: 'receipt' }
	| { kind: 'credit-note'; index: number }
	| { kind: 'replaced-invoice'; id: string };

/** A credit note as the order page lists it: number, date (ms) and amount in cents. */
export interface CreditNoteEntry {
	index: number;
	number: string;
	date: number;
	amount: number;
}

/** The credit notes of an order (one per refund), oldest first. */
export async function creditNoteList(orderId: string): Promise<CreditNoteEntry[]> {
	const o = await paperOrder(orderId);
	if (!o) return [];
	return creditNotes({ ...o, settings: session.settings }).map((n, i) => ({
		index: i + 1,
		number: n.number,
		date: n.date,
		amount: n.amount
	}));
}

/** The invoices of an order cancelled by a correction, oldest first (each reprints as issued). */
export async function replacedInvoiceList(orderId: string): Promise<ReplacedInvoice[]> {
	const o = await paperOrder(orderId);
	return o ? replacedInvoices({ order: o.order, settings: session.settings }) : [];
}

/** Renders one document of an order; resolves with the PDF and a file name, or null if gone. */
export async function renderOrderDocument(
	orderId: string,
	doc: OrderDocument
): Promise<{ pdf: ArrayBuffer; fileName: string } | null> {
	const o = await paperOrder(orderId);
	if (!o) return null;
	const settings = session.settings;
	const text = documentText();
	const { JsPdf, fonts } = await loadPdfKit();
	const safe = (o.displayNumber || o.order.id).replace(/[^\w.-]+/g, '_');
	if (doc.kind === 'receipt') {
		const { renderReceipt } = await import('$lib/paper/pdf/receipt');
		const pdf = renderReceipt({ JsPdf, fonts, data: invoiceData({ ...o, settings }), text });
		return { pdf, fileName: `${text.t('paper.file.receipt')}-${safe}.pdf` };
	}
	const { renderA4 } = await import('$lib/paper/pdf/render');
	if (doc.kind === 'credit-note') {
		const note = creditNotes({ ...o, settings })[doc.index - 1];
		if (!note) return null;
		// Journalled as issued the first time, as a reprint (marked "Duplicata") after that.
		const issued = await session.store.actions.recordDocument({
			kind: 'credit-note',
			orderId,
			refundId: note.refundId
		});
		const copy = { ...note, duplicate: issued.ok && issued.value.duplicate };
		const pdf = await renderA4({ JsPdf, fonts, text, documents: [copy] });
		return { pdf, fileName: `${text.t('paper.file.creditNote')}-${note.number}.pdf` };
	}
	let data;
	if (doc.kind === 'replaced-invoice') {
		// A cancelled invoice reprints as it was issued, marked as a copy.
		const issued = issuedInvoiceData(o.order, doc.id);
		if (!issued) return null;
		await session.store.actions.recordDocument({
			kind: 'replaced-invoice',
			orderId,
			invoiceId: doc.id
		});
		const pdf = await renderA4({ JsPdf, fonts, text, documents: [{ ...issued, duplicate: true }] });
		const name = issued.number.replace(/[^\w.-]+/g, '_');
		return { pdf, fileName: `${text.t('paper.file.invoice')}-${name}.pdf` };
	}
	if (doc.kind === 'invoice') {
		// The first copy is the invoice; every later one, on any device, is a duplicate. Issuing
		// freezes it: what prints is read back from the store, as frozen.
		const issued = await session.store.actions.issueInvoice(orderId);
		const now = (await paperOrder(orderId)) ?? o;
		const duplicate = issued.ok && issued.value.duplicate;
		data = { ...invoiceData({ ...now, settings }), duplicate };
	} else data = packingSlipData({ ...o, settings });
	const pdf = await renderA4({ JsPdf, fonts, text, documents: [data] });
	const word = text.t(doc.kind === 'invoice' ? 'paper.file.invoice' : 'paper.file.slip');
	const named = (data.number || o.order.id).replace(/[^\w.-]+/g, '_');
	return { pdf, fileName: `${word}-${named}.pdf` };
}
