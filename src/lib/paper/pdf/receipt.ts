/** A till receipt for an 80 mm thermal printer: one narrow page as long as its content. */
import { paymentMethodLabel } from '../../i18n/payment-method-label';
import type { jsPDF } from 'jspdf';
import type { InvoiceData } from '../documents';
import type { PaperText } from '../text';
import { registerFonts, type PdfFonts } from './fonts';
import { PdfWriter } from './writer';

/** Paper width of the receipt, in mm. */
export const receiptWidth = 80;

/** Renders a receipt; the page height fits the content (measured on a first, tall pass). */
export function renderReceipt(o: {
	JsPdf: typeof jsPDF;
	fonts: PdfFonts;
	data: InvoiceData;
	text: PaperText;
}): ArrayBuffer {
	const draft = new o.JsPdf({ unit: 'mm', format: [receiptWidth, 2000] });
	registerFonts(draft, o.fonts);
	const height = writeReceipt(new PdfWriter(draft, { margin: 4 }), o.data, o.text) + 6;
	const doc = new o.JsPdf({ unit: 'mm', format: [receiptWidth, Math.max(height, 60)] });
	registerFonts(doc, o.fonts);
	writeReceipt(new PdfWriter(doc, { margin: 4 }), o.data, o.text);
	return doc.output('arraybuffer');
}

/** Writes the receipt and returns where the content ends, in mm from the top. */
function writeReceipt(w: PdfWriter, d: InvoiceData, text: PaperText): number {
	const { t, money } = text;
	const centre = { align: 'right' as const, x: w.left, width: w.right - w.left };
	w.font(11, 'bold').paragraph(d.seller.name || '—');
	w.font(8);
	for (const line of d.seller.addressLines) w.paragraph(line);
	if (d.seller.vatNumber) w.paragraph(t('paper.vatNumber', { number: d.seller.vatNumber }));
	w.gap(2);
	w.font(9).paragraph(t('paper.receipt.number', { number: d.number }));
	w.paragraph(text.dateTime(d.date));
	w.gap(2);
	w.rule();
	for (const l of d.lines) {
		w.font(9).paragraph(l.name);
		w.pair(`  ${text.number(l.quantity)} × ${money(l.unitPrice)}`, money(l.total));
	}
	w.gap(1);
	if (d.discount > 0) w.pair(t('paper.discount'), money(-d.discount));
	if (d.shipping > 0) w.pair(t('paper.shipping'), money(d.shipping));
	if (d.handling > 0) w.pair(t('paper.handling'), money(d.handling));
	w.font(12, 'bold').pair(t('paper.total'), money(d.total));
	w.font(8);
	for (const v of d.vat) {
		w.pair(
			t('paper.receipt.vatLine', { rate: text.rate(v.rate), net: money(v.net) }),
			money(v.vat)
		);
	}
	w.gap(1);
	w.font(9).paragraph(
		t('paper.payment', {
			method: paymentMethodLabel(d.paymentMethod, t),
			status: t(`payment.${d.paymentStatus}`)
		})
	);
	w.gap(2);
	w.font(8);
	for (const line of d.seller.legalLines) w.paragraph(line);
	w.font(9).paragraph(t('paper.receipt.thanks'), centre);
	return w.y;
}
