/** The sales report as rows, for the CSV export: section, item, orders, quantity, amount. */
import { centsText } from '../domain/money';
import { vatRateText } from '../domain/vat';
import { localDateTime } from './order-columns';
import { paymentMethodLabel } from '../i18n/payment-method-label';
import { neutralise } from './neutralise';
import type { SalesReport } from './report';
import type { PaperText } from './text';

/** Header and rows of the report CSV; amounts as plain decimals with the given separator. */
export function reportCsvRows(o: {
	report: SalesReport;
	text: PaperText;
	decimal: ',' | '.';
	/** Label of a sales channel id (null: unspecified). */
	channelName: (id: string | null) => string;
	/** Under the VAT franchise (art. 293 B): no VAT rows. */
	franchise?: boolean;
}): {
	header: string[];
	rows: string[][];
} {
	const { report: r, text } = o;
	const { t } = text;
	const amount = (cents: number) => centsText(cents, { decimal: o.decimal });
	const rate = (bp: number) => vatRateText(bp, o.decimal);
	const rows: string[][] = [];
	const add = (section: string, item: string, orders: string, qty: string, value: string) =>
		rows.push([section, neutralise(item), orders, qty, value]);
	const summary = t('paper.report.summary');
	add(summary, t('paper.report.from'), '', '', localDateTime(r.from));
	add(summary, t('paper.report.to'), '', '', localDateTime(r.to));
	add(summary, t('paper.report.orders'), String(r.orders), '', '');
	add(summary, t('paper.report.gross'), '', '', amount(r.gross));
	add(summary, t('paper.report.discounts'), '', '', amount(r.discounts));
	add(summary, t('paper.report.refunds'), '', '', amount(r.refunds));
	add(summary, t('paper.report.net'), '', '', amount(r.net));
	add(summary, t('paper.report.shipping'), '', '', amount(r.shipping));
	add(summary, t('paper.report.takings'), '', '', amount(r.takings));
	add(summary, t('paper.report.average'), '', '', amount(r.average));
	const vat = t('paper.report.vatSection');
	for (const v of o.franchise ? [] : r.vat) {
		add(vat, t('paper.report.vatRow', { rate: rate(v.rate) }), '', '', amount(v.vat));
	}
	const methods = t('paper.report.methods');
	for (const m of r.byPaymentMethod) {
		add(methods, paymentMethodLabel(m.method, t), String(m.orders), '', amount(m.amount));
	}
	const channels = t('paper.report.channels');
	for (const c of r.byChannel) {
		add(channels, o.channelName(c.channel), String(c.orders), '', amount(c.net));
	}
	const products = t('paper.report.products');
	for (const p of r.byProduct) {
		add(products, p.sku ? `${p.sku} ${p.name}` : p.name, '', String(p.quantity), amount(p.revenue));
	}
	const series = t(r.bucket === 'hour' ? 'paper.report.col.hour' : 'paper.report.col.day');
	for (const s of r.series) {
		add(series, localDateTime(s.start), String(s.orders), '', amount(s.amount));
	}
	return {
		header: [
			t('paper.report.col.section'),
			t('paper.report.col.item'),
			t('paper.report.col.orders'),
			t('paper.report.col.quantity'),
			t('paper.report.col.amount')
		],
		rows
	};
}
