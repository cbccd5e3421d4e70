/** The sales report by channel: figures, the report CSV rows and the report PDF. */
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { channelList } from '../domain/channel';
import { orderFixture } from '../domain/fixtures';
import { channelNamer } from '../i18n/channel-label';
import { nodeFonts, pdfPages } from './pdf/testing';
import { renderReport } from './pdf/report';
import { ReportBuilder } from './report';
import { reportCsvRows } from './report-export';
import { paperText } from './text';

const day = new Date(2026, 10, 20).getTime();
const h = 3_600_000;
const channels = channelList([{ id: 'c-noel', name: 'Marché de Noël', hidden: true, addedAt: 1 }]);
const fr = paperText({ language: 'fr', currency: 'EUR' });
const channelName = channelNamer(channels, fr.t);

// Each order: 2 × 12.50 + 1 × 8.90 + 5.90 shipping, prices with VAT = 39.80 (net sales 33.90).
function report() {
	const b = new ReportBuilder({ from: day, to: day + 24 * h });
	b.add(orderFixture({ id: 'A', createdAt: day + 9 * h, channel: 'phone' }));
	b.add(
		orderFixture({
			id: 'B',
			createdAt: day + 10 * h,
			// A refund without its own records counts at the order's last change.
			updatedAt: day + 10.5 * h,
			channel: 'stall',
			refunds: { lines: { l1: { qty: 1, restocked: 1 } }, shipping: false }
		})
	);
	b.add(orderFixture({ id: 'C', createdAt: day + 11 * h, channel: 'phone' }));
	b.add(orderFixture({ id: 'D', createdAt: day + 12 * h, channel: 'c-noel' }));
	b.add(orderFixture({ id: 'E', createdAt: day + 13 * h, channel: null }));
	// Awaiting payment: counted apart, in no channel.
	b.add(
		orderFixture({
			id: 'F',
			createdAt: day + 14 * h,
			channel: 'event',
			basePaymentStatus: 'awaiting_payment'
		})
	);
	return b.result();
}

describe('sales by channel', () => {
	it('counts paid orders and net sales per channel, unspecified included, adding up to the report', () => {
		const r = report();
		expect(r.byChannel).toEqual([
			{ channel: 'phone', orders: 2, net: 6780, takings: 7960 },
			{ channel: null, orders: 1, net: 3390, takings: 3980 },
			{ channel: 'c-noel', orders: 1, net: 3390, takings: 3980 },
			{ channel: 'stall', orders: 1, net: 2140, takings: 2730 }
		]);
		expect(r.byChannel.reduce((a, c) => a + c.net, 0)).toBe(r.net);
		expect(r.byChannel.reduce((a, c) => a + c.orders, 0)).toBe(r.orders);
	});

	it('writes a channel section in the report CSV with labels and net sales', () => {
		const { rows } = reportCsvRows({ report: report(), text: fr, decimal: ',', channelName });
		const section = rows.filter((row) => row[0] === 'Ventes par canal');
		expect(section.map((row) => [row[1], row[2], row[4]])).toEqual([
			['Téléphone', '2', '67,80'],
			['Non précisé', '1', '33,90'],
			['Marché de Noël', '1', '33,90'],
			['Stand', '1', '21,40']
		]);
	});

	it('prints the channel table in the report PDF', async () => {
		const pdf = renderReport({
			JsPdf: jsPDF,
			fonts: nodeFonts(),
			report: report(),
			text: fr,
			storeName: 'Atelier',
			periodLabel: '20 nov. 2026',
			channelName
		});
		const text = (await pdfPages(pdf)).join(' ').replace(/[\u202f\u00a0]/g, ' ');
		expect(text).toContain('Ventes par canal');
		expect(text).toMatch(/Téléphone 2 67,80 € 79,60 €/);
		expect(text).toMatch(/Marché de Noël 1 33,90 € 39,80 €/);
		expect(text).toMatch(/Non précisé 1 33,90 € 39,80 €/);
	});
});
