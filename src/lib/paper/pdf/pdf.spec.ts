import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { orderFixture } from '../../domain/fixtures';
import type { Cents } from '../../domain/money';
import type { Order } from '../../domain/order';
import { defaultSettings, type Settings } from '../../domain/settings';
import type { VatRate } from '../../domain/vat';
import { creditNotes } from '../credit-note';
import { invoiceData, packingSlipData } from '../documents';
import { paperText } from '../text';
import { renderReceipt } from './receipt';
import { Cancelled, renderA4 } from './render';
import { nodeFonts, pdfPages } from './testing';

const fonts = nodeFonts();
const fr = paperText({ language: 'fr', currency: 'EUR' });
const settings: Settings = {
	...defaultSettings,
	identity: {
		name: 'Atelier Łódź & Søn',
		address: {
			name: '',
			line1: '3 rue des Écoles',
			line2: '',
			postcode: '75005',
			city: 'Paris',
			country: 'FR'
		},
		vatNumber: 'FR12345678901',
		legalLines: ['SARL au capital de 1 000 € — RCS Paris 123 456 789']
	}
};
// Narrow no-break spaces (fr-FR groups and currency) are normalised so tests read naturally.
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

function accentedOrder(over: Partial<Order> = {}): Order {
	const base = orderFixture();
	return orderFixture({
		id: 'o-acc',
		customer: { email: 'dvorak@exemple.cz', name: 'Jiří Dvořák-Weiß', phone: '+420 123' },
		shippingAddress: {
			name: 'Łucja Gökçe',
			line1: 'Őrház utca 5',
			line2: '',
			postcode: '1011',
			city: 'Budapest',
			country: 'HU'
		},
		lines: [
			...base.lines,
			{
				...base.lines[0]!,
				id: 'l3',
				sku: 'SOAP',
				name: 'Savon ğ ő ß é',
				quantity: 3,
				unitPrice: 650 as Cents,
				vatRate: 2000 as VatRate,
				pos: 2
			}
		],
		discount: { kind: 'amount', amount: 500 as Cents },
		...over
	});
}

describe('invoice PDF', () => {
	it('prints the accented names, each line and the totals of the order', async () => {
		const order = accentedOrder();
		const data = invoiceData({ order, displayNumber: 'A-1', settings });
		// 2 × 12.50 + 8.90 + 3 × 6.50 = 53.40; − 5.00; + 5.90 shipping = 54.30
		expect(data.total).toBe(5430);
		const pdf = await renderA4({ JsPdf: jsPDF, fonts, text: fr, documents: [data] });
		const [page, ...rest] = (await pdfPages(pdf)).map(plain);
		expect(rest).toEqual([]);
		for (const text of [
			'Atelier Łódź & Søn',
			'Jiří Dvořák-Weiß',
			'Łucja Gökçe',
			'Őrház utca 5',
			'Savon ğ ő ß é',
			'FR12345678901',
			'Facture n° A-1',
			'RCS Paris'
		]) {
			expect(page).toContain(text);
		}
		expect(page).toContain('25,00 €');
		expect(page).toContain('19,50 €');
		expect(page).toContain('-5,00 €');
		expect(page).toContain('5,90 €');
		expect(page).toContain('Total TTC 54,30 €');
		const vat = data.vat.reduce((a, v) => a + v.vat, 0);
		expect(page).toContain(`Total TVA ${fr.money(vat).replace(/\u202f|\u00a0/g, ' ')}`);
		expect(page).toContain('5,5 %');
	});

	it('writes the invoice in English when asked', async () => {
		const en = paperText({ language: 'en', currency: 'EUR' });
		const data = invoiceData({ order: accentedOrder(), displayNumber: 'A-1', settings });
		const [page] = await pdfPages(
			await renderA4({ JsPdf: jsPDF, fonts, text: en, documents: [data] })
		);
		expect(page).toContain('Invoice no. A-1');
		expect(page).toContain('€54.30');
	});

	it('continues a long invoice on a second page without losing lines', async () => {
		const base = orderFixture().lines[0]!;
		const lines = Array.from({ length: 60 }, (_, i) => ({
			...base,
			id: `x${i}`,
			sku: `S${i}`,
			name: `Article ${i}`,
			pos: i
		}));
		const data = invoiceData({ order: orderFixture({ lines }), displayNumber: 'A-9', settings });
		const pages = await pdfPages(
			await renderA4({ JsPdf: jsPDF, fonts, text: fr, documents: [data] })
		);
		expect(pages.length).toBeGreaterThan(1);
		const all = pages.join(' ');
		for (let i = 0; i < 60; i++) expect(all).toContain(`Article ${i} `);
		expect(plain(pages.at(-1)!)).toContain(`Total TTC ${plain(fr.money(data.total))}`);
	});
});

describe('batch PDF', () => {
	it('holds one invoice per order, in order, and reports progress', async () => {
		const docs = Array.from({ length: 7 }, (_, i) =>
			invoiceData({ order: orderFixture({ id: `o${i}` }), displayNumber: `B-${i + 1}`, settings })
		);
		const progress: number[] = [];
		const pdf = await renderA4({
			JsPdf: jsPDF,
			fonts,
			text: fr,
			documents: docs,
			onProgress: (n) => progress.push(n)
		});
		const pages = await pdfPages(pdf);
		expect(pages).toHaveLength(7);
		pages.forEach((p, i) => expect(p).toContain(`Facture n° B-${i + 1} `));
		expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7]);
	});

	it('stops when cancelled', async () => {
		const controller = new AbortController();
		const docs = Array.from({ length: 20 }, (_, i) =>
			invoiceData({ order: orderFixture({ id: `o${i}` }), displayNumber: `B-${i}`, settings })
		);
		const run = renderA4({
			JsPdf: jsPDF,
			fonts,
			text: fr,
			documents: docs,
			yieldEvery: 1,
			onProgress: (n) => n === 3 && controller.abort(),
			signal: controller.signal
		});
		await expect(run).rejects.toBeInstanceOf(Cancelled);
	});
});

describe('credit notes, packing slips and receipts', () => {
	it('writes one credit note per refund, each with only its own lines, VAT and amount', async () => {
		const day = (d: number) => Date.UTC(2026, 10, d, 12);
		const unit = (lineId: string | null, slot: number, refundId: string, at: number) => ({
			lineId,
			slot,
			restock: true,
			at,
			deviceId: 'd',
			refundId
		});
		const order = orderFixture({
			basePaymentStatus: 'paid',
			createdAt: day(18),
			refunds: {
				lines: { l1: { qty: 1, restocked: 1 }, l2: { qty: 1, restocked: 1 } },
				shipping: true
			},
			// Stored out of date order: numbering follows the refunds' dates.
			refundRecords: [
				unit('l2', 1, 'r-late', day(22)),
				unit(null, 0, 'r-late', day(22)),
				unit('l1', 1, 'r-early', day(20))
			]
		});
		const notes = creditNotes({ order, displayNumber: 'A-1', settings });
		expect(notes.map((n) => [n.number, n.refundId, n.amount])).toEqual([
			['A-1-A1', 'r-early', 1250],
			['A-1-A2', 'r-late', 890 + 590]
		]);
		const [first, second] = (
			await pdfPages(await renderA4({ JsPdf: jsPDF, fonts, text: fr, documents: notes }))
		).map(plain);
		expect(first).toContain('Avoir n° A-1-A1');
		expect(first).toContain('facture n° A-1 du 18 nov. 2026');
		expect(first).toContain('Date : 20 nov. 2026');
		expect(first).toContain('MUG Tasse 1 20 % -12,50 €');
		expect(first).toContain('20 % -10,42 € -2,08 € -12,50 €');
		expect(first).toContain('Montant de l’avoir -12,50 €');
		expect(first).not.toContain('Miel');
		expect(first).not.toContain('5,5 %');
		expect(second).toContain('Avoir n° A-1-A2');
		expect(second).toContain('Date : 22 nov. 2026');
		expect(second).toContain('HONEY Miel 1 5,5 % -8,90 €');
		expect(second).toContain('-5,90 €');
		expect(second).toContain('5,5 % -8,44 € -0,46 € -8,90 €');
		expect(second).toContain('Montant de l’avoir -14,80 €');
		expect(second).not.toContain('Tasse');
	});

	it('prints a packing slip with SKUs and quantities but no prices', async () => {
		const data = packingSlipData({ order: accentedOrder(), displayNumber: 'A-1', settings });
		const [page] = await pdfPages(
			await renderA4({ JsPdf: jsPDF, fonts, text: fr, documents: [data] })
		);
		expect(page).toContain('Bon de livraison');
		expect(page).toContain('SOAP Savon ğ ő ß é 3');
		expect(page).toContain('Őrház utca 5');
		expect(page).not.toContain('€');
	});

	it('fits a receipt on 80 mm paper with the total', async () => {
		const data = invoiceData({ order: accentedOrder(), displayNumber: 'A-1', settings });
		const pdf = renderReceipt({ JsPdf: jsPDF, fonts, data, text: fr });
		const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
		const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf.slice(0)) }).promise;
		const [, , width] = (await doc.getPage(1)).view;
		expect(Math.round(((width ?? 0) * 25.4) / 72)).toBe(80);
		const [page] = (await pdfPages(pdf)).map(plain);
		expect(page).toContain('Total TTC 54,30 €');
		expect(page).toContain('Savon ğ ő ß é');
	});
});
