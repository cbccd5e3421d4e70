/** Writes an invoice on A4 pages. */
import { paymentMethodLabel } from '../../i18n/payment-method-label';
import { vatLine } from '../../domain/totals';
import type { InvoiceData } from '../documents';
import type { PaperText } from '../text';
import { writeAddresses, writeHeader, writeLegal } from './header';
import type { Column, PdfWriter } from './writer';

/** Line table columns on A4 (mm): SKU, item, quantity, unit price, VAT, total. */
export function lineColumns(w: PdfWriter): Column[] {
	const r = w.right;
	return [
		{ x: w.left, width: 24 },
		{ x: w.left + 26, width: r - w.left - 26 - 92 },
		{ x: r - 90, width: 12, align: 'right' },
		{ x: r - 76, width: 26, align: 'right' },
		{ x: r - 48, width: 16, align: 'right' },
		{ x: r - 30, width: 30, align: 'right' }
	];
}

/** Writes one invoice starting at the writer's cursor (a fresh page). */
export function writeInvoice(w: PdfWriter, d: InvoiceData, text: PaperText): void {
	const { t, money } = text;
	writeHeader(w, {
		seller: d.seller,
		title: t('paper.invoice.title'),
		facts: [
			...(d.duplicate ? [t('money.duplicata')] : []),
			t('paper.invoice.number', { number: d.number }),
			t('paper.date', { date: text.date(d.date) })
		],
		text
	});
	writeAddresses(w, [
		{ title: t('paper.billTo'), lines: d.billingAddress ?? [d.customer.name].filter(Boolean) },
		{ title: t('paper.shipTo'), lines: d.shippingAddress }
	]);
	const contact = [d.customer.email, d.customer.phone].filter(Boolean).join(' · ');
	if (contact) w.font(9).paragraph(contact);
	w.gap(3);
	const columns = lineColumns(w);
	const franchise = d.seller.franchise === true;
	const heading = () => {
		w.font(9, 'bold').row(
			[
				t('paper.col.sku'),
				t('paper.col.item'),
				t('paper.col.qty'),
				t(unitHeading(d)),
				franchise ? '' : t('paper.col.vat'),
				t(
					franchise
						? 'paper.col.total'
						: d.pricesIncludeVat
							? 'paper.col.totalWithVat'
							: 'paper.col.totalWithoutVat'
				)
			],
			columns
		);
		w.rule();
		w.font(10);
	};
	heading();
	w.onBreak = heading;
	for (const l of d.lines) {
		w.row(
			[
				l.sku,
				l.name,
				text.number(l.quantity),
				money(unitPriceShown(d, l)),
				franchise ? '' : text.rate(l.vatRate),
				money(l.total)
			],
			columns
		);
	}
	w.onBreak = null;
	w.gap(2);
	if (franchise) writeFranchiseTotals(w, d, text);
	else writeTotals(w, d, text);
	if (d.seller.paymentTerms) w.font(9).paragraph(d.seller.paymentTerms);
	writeLegal(w, d.seller.legalLines);
}

function writeTotals(w: PdfWriter, d: InvoiceData, text: PaperText): void {
	const { t, money } = text;
	const x = w.right - 90;
	w.font(10);
	w.pair(t('paper.subtotal'), money(d.subtotal), { x });
	if (d.discount > 0) w.pair(t('paper.discount'), money(-d.discount), { x });
	if (d.shipping > 0) w.pair(t('paper.shipping'), money(d.shipping), { x });
	if (d.handling > 0) w.pair(t('paper.handling'), money(d.handling), { x });
	w.gap(2);
	w.font(9, 'bold');
	w.row(
		[t('paper.vatRateHeading'), t('paper.net'), t('paper.vatAmount'), t('paper.gross')],
		vatColumns(w)
	);
	w.font(9);
	for (const v of d.vat) {
		w.row([text.rate(v.rate), money(v.net), money(v.vat), money(v.gross)], vatColumns(w));
	}
	w.gap(2);
	w.font(10).pair(t('paper.vatTotal'), money(d.vatTotal), { x });
	w.font(12, 'bold').pair(t('paper.total'), money(d.total), { x });
	w.font(10);
	writePayment(w, d, text);
}

// A VAT-registered seller's invoice gives each unit price excluding VAT (art. 242 nonies A of
// annex II to the CGI), whatever basis the store's prices are kept in; the line total stays in
// that basis and says which.
function unitHeading(d: InvoiceData) {
	if (d.seller.franchise) return 'paper.col.unitPrice' as const;
	return 'paper.col.unitPriceWithoutVat' as const;
}

/** The unit price printed, in cents: excluding VAT for a VAT-registered seller. */
function unitPriceShown(d: InvoiceData, l: InvoiceData['lines'][number]): number {
	if (d.seller.franchise || !d.pricesIncludeVat) return l.unitPrice;
	return vatLine({ rate: l.vatRate, amount: l.unitPrice, pricesIncludeVat: true }).net;
}

/** Totals under the VAT franchise: no VAT anywhere, the legal mention instead. */
function writeFranchiseTotals(w: PdfWriter, d: InvoiceData, text: PaperText): void {
	const { t, money } = text;
	const x = w.right - 90;
	w.font(10);
	w.pair(t('paper.subtotal'), money(d.subtotal), { x });
	if (d.discount > 0) w.pair(t('paper.discount'), money(-d.discount), { x });
	if (d.shipping > 0) w.pair(t('paper.shipping'), money(d.shipping), { x });
	if (d.handling > 0) w.pair(t('paper.handling'), money(d.handling), { x });
	w.gap(2);
	w.font(12, 'bold').pair(t('paper.totalFranchise'), money(d.total), { x });
	w.font(10).paragraph(t('paper.vatFranchise'));
	writePayment(w, d, text);
}

function writePayment(w: PdfWriter, d: InvoiceData, text: PaperText): void {
	const { t, money } = text;
	w.font(10);
	w.gap(2);
	const method = paymentMethodLabel(d.paymentMethod, t);
	w.paragraph(t('paper.payment', { method, status: t(`payment.${d.paymentStatus}`) }));
	if (d.refunded > 0) w.paragraph(t('paper.refunded', { amount: money(d.refunded) }));
}

/** Columns of a VAT-by-rate table (rate, net, VAT, gross), right-aligned. */
export function vatColumns(w: PdfWriter): Column[] {
	const r = w.right;
	return [
		{ x: r - 90, width: 18, align: 'right' },
		{ x: r - 70, width: 22, align: 'right' },
		{ x: r - 46, width: 20, align: 'right' },
		{ x: r - 24, width: 24, align: 'right' }
	];
}
