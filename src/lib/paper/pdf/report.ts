/** Writes the sales report on A4 pages. */
import { paymentMethodLabel } from '../../i18n/payment-method-label';
import type { jsPDF } from 'jspdf';
import type { SalesReport } from '../report';
import type { PaperText } from '../text';
import { registerFonts, type PdfFonts } from './fonts';
import { PdfWriter, type Column } from './writer';

/** Renders the report of a period as a PDF. */
export function renderReport(o: {
	JsPdf: typeof jsPDF;
	fonts: PdfFonts;
	report: SalesReport;
	text: PaperText;
	storeName: string;
	/** The period as the seller reads it ("23 nov. 2026"). */
	periodLabel: string;
	/** Label of a sales channel id (null: unspecified). */
	channelName: (id: string | null) => string;
	/** Under the VAT franchise (art. 293 B): no VAT section. */
	franchise?: boolean;
}): ArrayBuffer {
	const doc = new o.JsPdf({ unit: 'mm', format: 'a4', compress: true });
	registerFonts(doc, o.fonts);
	const w = new PdfWriter(doc, { margin: 15 });
	const { t, money, number } = o.text;
	const r = o.report;
	w.font(16, 'bold').paragraph(t('paper.report.pdfTitle'));
	w.font(11).paragraph([o.storeName, o.periodLabel].filter(Boolean).join(' — '));
	w.gap(4);
	const x = w.left;
	w.font(10);
	w.pair(t('paper.report.orders'), number(r.orders), { x });
	w.pair(t('paper.report.gross'), money(r.gross), { x });
	w.pair(t('paper.report.discounts'), money(-r.discounts), { x });
	w.pair(t('paper.report.refunds'), money(-r.refunds), { x });
	w.font(10, 'bold').pair(t('paper.report.net'), money(r.net), { x });
	w.font(10).pair(t('paper.report.shipping'), money(r.shipping), { x });
	w.font(11, 'bold').pair(t('paper.report.takings'), money(r.takings), { x });
	w.font(10).pair(t('paper.report.average'), money(r.average), { x });
	if (r.unpaidOrders || r.cancelledOrders) {
		w.font(9).paragraph(
			t('paper.report.excluded', { unpaid: r.unpaidOrders, cancelled: r.cancelledOrders })
		);
	}
	const cols = (n: number): Column[] => {
		const width = (w.right - w.left - 70) / (n - 1);
		return [
			{ x: w.left, width: 68 },
			...Array.from({ length: n - 1 }, (_, i) => ({
				x: w.left + 70 + i * width,
				width: width - 2,
				align: 'right' as const
			}))
		];
	};
	const table = (title: string, header: string[], rows: string[][]) => {
		w.gap(5);
		w.font(12, 'bold').paragraph(title);
		w.font(9, 'bold').row(header, cols(header.length));
		w.rule();
		w.font(10);
		for (const row of rows) w.row(row, cols(header.length));
	};
	if (!o.franchise)
		table(
			t('paper.report.vatSection'),
			[t('paper.vatRateHeading'), t('paper.net'), t('paper.vatAmount'), t('paper.gross')],
			r.vat.map((v) => [o.text.rate(v.rate), money(v.net), money(v.vat), money(v.gross)])
		);
	table(
		t('paper.report.methods'),
		[t('paper.report.col.method'), t('paper.report.col.orders'), t('paper.report.col.takings')],
		r.byPaymentMethod.map((m) => [
			paymentMethodLabel(m.method, t),
			number(m.orders),
			money(m.amount)
		])
	);
	table(
		t('paper.report.channels'),
		[
			t('paper.report.col.channel'),
			t('paper.report.col.orders'),
			t('paper.report.col.netSales'),
			t('paper.report.col.takings')
		],
		r.byChannel.map((c) => [
			o.channelName(c.channel),
			number(c.orders),
			money(c.net),
			money(c.takings)
		])
	);
	table(
		t('paper.report.products'),
		[t('paper.report.col.product'), t('paper.report.col.quantity'), t('paper.report.col.revenue')],
		r.byProduct.map((p) => [
			p.sku ? `${p.sku} — ${p.name}` : p.name,
			number(p.quantity),
			money(p.revenue)
		])
	);
	return doc.output('arraybuffer');
}
