/** The sales report under the VAT franchise (art. 293 B): no VAT, in the CSV or the PDF. */
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
const fr = paperText({ language: 'fr', currency: 'EUR' });
const channelName = channelNamer(channelList([]), fr.t);

function report() {
	const b = new ReportBuilder({ from: day, to: day + 24 * h });
	b.add(orderFixture({ id: 'A', createdAt: day + 9 * h }));
	b.add(orderFixture({ id: 'B', createdAt: day + 10 * h }));
	return b.result();
}

async function pdfText(franchise: boolean) {
	const pdf = renderReport({
		JsPdf: jsPDF,
		fonts: nodeFonts(),
		report: report(),
		text: fr,
		storeName: 'Miel de Léa',
		periodLabel: '20 nov. 2026',
		channelName,
		franchise
	});
	return (await pdfPages(pdf)).join(' ').replace(/[\u202f\u00a0]/g, ' ');
}

describe('the sales report and the VAT regime', () => {
	it('has no VAT rows in the CSV under the franchise, and has them when VAT-registered', () => {
		const csv = (franchise: boolean) =>
			reportCsvRows({ report: report(), text: fr, decimal: ',', channelName, franchise }).rows;
		const vatRows = (rows: string[][]) => rows.filter((r) => /TVA/.test(r.join(' ')));
		expect(vatRows(csv(false)).length).toBeGreaterThan(0);
		expect(vatRows(csv(true))).toEqual([]);
		// The takings are the same either way.
		const takings = (rows: string[][]) => rows.find((r) => r[1] === 'Recettes')?.[4];
		expect(takings(csv(true))).toMatch(/^\d+,\d\d$/);
		expect(takings(csv(true))).toBe(takings(csv(false)));
	});

	it('has no VAT table in the PDF under the franchise', async () => {
		expect(await pdfText(false)).toContain('TVA collectée par taux');
		const text = await pdfText(true);
		expect(text).not.toMatch(/TVA|\d+(,\d+)? %/);
		expect(text).toContain('Ventes par canal');
	});
});
