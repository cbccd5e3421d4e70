/** Writes a credit note on A4 pages. */
import { paymentMethodLabel } from '../../i18n/payment-method-label';
import type { CreditNoteData } from '../credit-note';
import type { PaperText } from '../text';
import { writeAddresses, writeHeader, writeLegal } from './header';
import { vatColumns } from './invoice';
import type { Column, PdfWriter } from './writer';

/** Writes one credit note starting at the writer's cursor (a fresh page). */
export function writeCreditNote(w: PdfWriter, d: CreditNoteData, text: PaperText): void {
	const { t, money } = text;
	writeHeader(w, {
		seller: d.seller,
		title: t('paper.creditNote.title'),
		facts: [
			...(d.duplicate ? [t('money.duplicata')] : []),
			t('paper.creditNote.number', { number: d.number }),
			t('paper.date', { date: text.date(d.date) })
		],
		text
	});
	writeAddresses(w, [
		{ title: t('paper.billTo'), lines: d.billingAddress ?? [d.customer.name].filter(Boolean) }
	]);
	const refers = d.cancels ? 'invoices.creditNote.cancels' : 'paper.creditNote.refers';
	w.font(10).paragraph(t(refers, { number: d.invoiceNumber, date: text.date(d.invoiceDate) }));
	w.gap(4);
	if (d.lines.length > 0 || d.shipping > 0 || d.free > 0) {
		const r = w.right;
		const columns: Column[] = [
			{ x: w.left, width: 24 },
			{ x: w.left + 26, width: r - w.left - 26 - 66 },
			{ x: r - 64, width: 12, align: 'right' },
			{ x: r - 50, width: 16, align: 'right' },
			{ x: r - 30, width: 30, align: 'right' }
		];
		w.font(9, 'bold').paragraph(
			t(d.cancels ? 'invoices.creditNote.lines' : 'paper.creditNote.lines')
		);
		w.row(
			[
				t('paper.col.sku'),
				t('paper.col.item'),
				t('paper.col.qty'),
				t('paper.col.vat'),
				t(d.cancels ? 'paper.col.total' : 'paper.col.refunded')
			],
			columns
		);
		w.rule();
		w.font(10);
		for (const l of d.lines) {
			w.row(
				[l.sku, l.name, text.number(l.quantity), text.rate(l.vatRate), money(-l.amount)],
				columns
			);
		}
		if (d.shipping > 0)
			w.row(['', t('paper.shippingAndHandling'), '', '', money(-d.shipping)], columns);
		if (d.cancels && d.cancels.discount > 0)
			w.row(['', t('paper.discount'), '', '', money(d.cancels.discount)], columns);
		if (d.free > 0) {
			const label = [t('money.creditNote.free'), d.reason].filter(Boolean).join(' — ');
			w.row(['', label, '', '', money(-d.free)], columns);
		}
		w.gap(3);
	}
	if (d.vat.length > 0) {
		w.font(9, 'bold');
		w.row(
			[t('paper.vatRateHeading'), t('paper.net'), t('paper.vatAmount'), t('paper.gross')],
			vatColumns(w)
		);
		w.font(9);
		for (const v of d.vat) {
			w.row([text.rate(v.rate), money(-v.net), money(-v.vat), money(-v.gross)], vatColumns(w));
		}
		w.gap(2);
	}
	w.font(12, 'bold').pair(t('paper.creditNote.amount'), money(-d.amount), { x: w.right - 90 });
	if (d.method)
		w.font(9).paragraph(t('money.creditNote.method', { method: paymentMethodLabel(d.method, t) }));
	writeLegal(w, d.seller.legalLines);
}
