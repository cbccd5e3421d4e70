import { describe, expect, it } from 'vitest';
import type { VatRate } from '../domain/vat';
import { csvText, parseCsv } from './csv/write';
import { productCsvRows, type ExportedProduct } from './product-export';
import { guessMapping, planImport } from './product-import';

const products: ExportedProduct[] = [
	{
		sku: 'MIEL-500',
		name: 'Miel de lavande',
		price: 450,
		vatRate: 550,
		level: 17,
		barcode: '4006381333931'
	},
	{
		sku: 'MUG-1',
		name: 'Tasse; en "grès"',
		price: 1800,
		vatRate: 2000,
		level: 0,
		barcode: '96385074'
	},
	{ sku: 'SAC', name: '=Sac en toile', price: 159000, vatRate: 2000, level: -2 },
	{ sku: 'OLD', name: 'Ancien', price: 100, vatRate: 2000, level: 3, barcode: '', archived: true }
];

function roundTrip(o: { language: 'fr' | 'en'; decimal: ',' | '.'; delimiter: string }) {
	const { header, rows } = productCsvRows({ products, ...o });
	const text = csvText({ header, rows, options: { delimiter: o.delimiter, bom: true } });
	const parsed = parseCsv(text);
	const mapping = guessMapping(parsed.rows[0]!);
	return {
		text,
		mapping,
		plan: planImport({ rows: parsed.rows, mapping, defaultVatRate: 2000 as VatRate })
	};
}

describe('product CSV export', () => {
	for (const o of [
		{ language: 'fr' as const, decimal: ',' as const, delimiter: ';' },
		{ language: 'en' as const, decimal: '.' as const, delimiter: ',' }
	]) {
		it(`is read back by the import with its barcodes (${o.language})`, () => {
			const { mapping, plan } = roundTrip(o);
			expect(mapping.barcode).toBe(5);
			expect(plan.rejected).toEqual([]);
			expect(plan.accepted.map((r) => r.input)).toEqual([
				{
					sku: 'MIEL-500',
					name: 'Miel de lavande',
					price: 450,
					vatRate: 550,
					openingStock: 17,
					barcode: '4006381333931'
				},
				{
					sku: 'MUG-1',
					name: 'Tasse; en "grès"',
					price: 1800,
					vatRate: 2000,
					openingStock: 0,
					barcode: '96385074'
				},
				// A formula-looking name is neutralised; an oversold level starts again at zero.
				{
					sku: 'SAC',
					name: "'=Sac en toile",
					price: 159000,
					vatRate: 2000,
					openingStock: 0,
					barcode: ''
				}
			]);
		});
	}

	it('has a barcode column under a header the import knows, archived products left out', () => {
		const fr = productCsvRows({ products, language: 'fr', decimal: ',' });
		expect(fr.header).toContain('Code-barres');
		expect(fr.rows.map((r) => r[5])).toEqual(['4006381333931', '96385074', '']);
		expect(productCsvRows({ products, language: 'en', decimal: '.' }).header).toContain('Barcode');
	});
});
