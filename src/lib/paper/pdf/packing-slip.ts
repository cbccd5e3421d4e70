/** Writes a packing slip on A4 pages: lines with SKU and quantity, the address, no prices. */
import type { PackingSlipData } from '../documents';
import type { PaperText } from '../text';
import { writeAddresses, writeHeader } from './header';
import type { Column, PdfWriter } from './writer';

/** Writes one packing slip starting at the writer's cursor (a fresh page). */
export function writePackingSlip(w: PdfWriter, d: PackingSlipData, text: PaperText): void {
	const { t } = text;
	writeHeader(w, {
		seller: d.seller,
		title: t('paper.slip.title'),
		facts: [
			t('paper.slip.order', { number: d.number }),
			t('paper.date', { date: text.date(d.date) })
		],
		text
	});
	writeAddresses(w, [
		{ title: t('paper.shipTo'), lines: d.shippingAddress ?? [d.customer.name].filter(Boolean) }
	]);
	w.font(10);
	if (d.customer.phone) w.paragraph(d.customer.phone);
	if (d.shippingMethod) w.paragraph(t('paper.slip.method', { method: d.shippingMethod }));
	w.gap(4);
	const columns: Column[] = [
		{ x: w.left, width: 36 },
		{ x: w.left + 38, width: w.right - w.left - 38 - 22 },
		{ x: w.right - 20, width: 20, align: 'right' }
	];
	const heading = () => {
		w.font(9, 'bold').row([t('paper.col.sku'), t('paper.col.item'), t('paper.col.qty')], columns);
		w.rule();
		w.font(11);
	};
	heading();
	w.onBreak = heading;
	for (const l of d.lines) {
		const name = l.digital ? `${l.name} (${t('paper.slip.digital')})` : l.name;
		w.row([l.sku, name, text.number(l.quantity)], columns);
	}
	w.onBreak = null;
	if (d.comments) {
		w.gap(6);
		w.font(9, 'bold').paragraph(t('paper.slip.comments'));
		w.font(10).paragraph(d.comments);
	}
}
