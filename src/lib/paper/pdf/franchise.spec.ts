/** Invoices under the VAT franchise and the legal mentions of a French invoice, read back. */
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { orderFixture } from '../../domain/fixtures';
import { checkSettingsGroup, defaultSettings, type Settings } from '../../domain/settings';
import { invoiceData } from '../documents';
import { paperText } from '../text';
import { renderA4 } from './render';
import { nodeFonts, pdfPages } from './testing';

const fonts = nodeFonts();
const fr = paperText({ language: 'fr', currency: 'EUR' });
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

function settings(regime: 'standard' | 'franchise'): Settings {
	return {
		...defaultSettings,
		identity: {
			name: 'Miel de Léa',
			address: null,
			vatNumber: 'FR12345678901',
			legalLines: ['EI Léa Martin'],
			siret: '12345678900012',
			paymentTerms:
				'Paiement à 30 jours. Pénalités de retard : 3 fois le taux légal ; indemnité forfaitaire 40 €.'
		},
		money: { ...defaultSettings.money, vatRegime: regime }
	};
}

async function invoiceText(regime: 'standard' | 'franchise') {
	const order = orderFixture();
	const data = invoiceData({ order, displayNumber: 'A-7', settings: settings(regime) });
	const [page, ...rest] = await pdfPages(
		await renderA4({ JsPdf: jsPDF, fonts, text: fr, documents: [data] })
	);
	expect(rest).toEqual([]);
	return { text: plain(page!), total: data.total };
}

describe('invoice under the VAT franchise', () => {
	it('carries the art. 293 B mention and no VAT at all', async () => {
		const { text, total } = await invoiceText('franchise');
		expect(text).toContain('TVA non applicable, art. 293 B du CGI');
		expect(text).toContain(`Total ${plain(fr.money(total))}`);
		expect(text).not.toMatch(/TVA \d|Total TVA|TTC|HT|\d+ %|FR12345678901/);
		expect(text).toContain('SIRET : 12345678900012');
		expect(text).toContain('Pénalités de retard');
	});

	it('keeps VAT by rate, the VAT number and the SIRET for a VAT-registered seller', async () => {
		const { text } = await invoiceText('standard');
		expect(text).not.toContain('293 B');
		expect(text).toContain('Total TVA');
		expect(text).toContain('N° TVA : FR12345678901');
		expect(text).toContain('SIRET : 12345678900012');
	});

	it('gives each line its unit price excluding VAT and its rate, though the prices include VAT', async () => {
		const order = orderFixture();
		expect(order.pricesIncludeVat).toBe(true);
		const { text } = await invoiceText('standard');
		expect(text).toContain('Prix unit. HT');
		expect(text).not.toContain('Prix unit. TTC');
		expect(text).toContain('Total TTC');
		for (const l of order.lines) {
			// The unit price less the VAT it holds (decision 0003's rounding), then the line's rate.
			const net = l.unitPrice - Math.round((l.unitPrice * l.vatRate) / (10000 + l.vatRate));
			const row = new RegExp(
				`${l.name} ${l.quantity} ${plain(fr.money(net))} ${plain(fr.rate(l.vatRate))} ${plain(fr.money(l.quantity * l.unitPrice))}`
			);
			expect(text).toMatch(row);
			expect(text).not.toContain(` ${plain(fr.money(l.unitPrice))} ${plain(fr.rate(l.vatRate))}`);
		}
	});

	it('refuses a SIRET of the wrong length and an unknown regime', () => {
		const identity = checkSettingsGroup({
			group: 'identity',
			value: { siret: '1234' },
			current: defaultSettings.identity
		});
		expect(identity).toEqual({ ok: false, error: { code: 'settings.siret' } });
		const money = checkSettingsGroup({
			group: 'money',
			value: { vatRegime: 'exempt' },
			current: defaultSettings.money
		});
		expect(money).toEqual({ ok: false, error: { code: 'settings.vatRegime' } });
		const good = checkSettingsGroup({
			group: 'identity',
			value: { siret: '123 456 789' },
			current: defaultSettings.identity
		});
		expect(good.ok && good.value.siret).toBe('123456789');
	});
});
