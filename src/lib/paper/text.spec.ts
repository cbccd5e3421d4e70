import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { orderFixture } from '../domain/fixtures';
import { defaultSettings, type Settings } from '../domain/settings';
import { creditNotes } from './credit-note';
import { invoiceData, packingSlipData } from './documents';
import { renderA4 } from './pdf/render';
import { renderReceipt } from './pdf/receipt';
import { nodeFonts, pdfPages } from './pdf/testing';
import { documentLanguage, storeDocumentText } from './text';

const english: Settings = { ...defaultSettings, documents: { language: 'en' } };

describe('language of documents', () => {
	it('is French by default, English when the store says so, French for anything else', () => {
		expect(documentLanguage(defaultSettings)).toBe('fr');
		expect(documentLanguage(english)).toBe('en');
		expect(documentLanguage({ documents: { language: 'de' as 'fr' } })).toBe('fr');
		// Settings saved by a peer that predates the setting.
		expect(documentLanguage({} as Settings)).toBe('fr');
		expect(storeDocumentText(english).money(123456)).toBe('€1,234.56');
		expect(storeDocumentText(defaultSettings).money(123456)).toMatch(/^1\s234,56\s€$/);
	});

	it('writes every document kind in the store’s language', async () => {
		const fonts = nodeFonts();
		const order = orderFixture({
			refunds: { lines: { l1: { qty: 1, restocked: 1 } }, shipping: false }
		});
		const o = { order, displayNumber: 'A-1' };
		for (const [settings, words] of [
			[english, ['Invoice', 'Packing slip', 'Credit note', 'Thank you', 'Merci']],
			[defaultSettings, ['Facture', 'Bon de livraison', 'Avoir', 'Merci', 'Thank you']]
		] as const) {
			const text = storeDocumentText(settings);
			const invoice = invoiceData({ ...o, settings });
			const documents = [
				invoice,
				packingSlipData({ ...o, settings }),
				...creditNotes({ ...o, settings })
			];
			const pages = await pdfPages(await renderA4({ JsPdf: jsPDF, fonts, text, documents }));
			expect(pages).toHaveLength(3);
			pages.forEach((page, i) => expect(page).toContain(words[i]));
			const receipt = await pdfPages(renderReceipt({ JsPdf: jsPDF, fonts, data: invoice, text }));
			expect(receipt[0]).toContain(words[3]);
			expect(receipt[0]).not.toContain(words[4]);
		}
	});
});
