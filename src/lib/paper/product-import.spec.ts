import { describe, expect, it, vi } from 'vitest';
import { ok } from '../domain/result';
import type { VatRate } from '../domain/vat';
import { parseCsv } from './csv/write';
import { fileProblem, guessMapping, importProducts, planImport } from './product-import';

const vat = 2000 as VatRate;
const file = [
	'Référence;Nom;Prix TTC;TVA;Stock',
	'MUG-1;Tasse en grès;18,00;20;12',
	';Sans référence;5,00;20;1',
	'HONEY;Miel de lavande;abc;5,5;3',
	'MUG-1;Tasse en double;19,00;20;1',
	'TEA;Thé vert;7,50;5,5;',
	'SOAP;Savon;6,50;99,999;2',
	'CANDLE;Bougie;24,90;20;-4',
	'NONAME;;3,00;20;1',
	'OIL;Huile d’olive;1 590,00;;7'
].join('\r\n');

describe('product import', () => {
	it('guesses the columns from French or English headers', () => {
		expect(guessMapping(['Référence', 'Nom', 'Prix TTC', 'TVA', 'Stock'])).toEqual({
			sku: 0,
			name: 1,
			price: 2,
			vatRate: 3,
			stock: 4,
			barcode: -1
		});
		expect(guessMapping(['name', 'SKU', 'price'])).toEqual({
			sku: 1,
			name: 0,
			price: 2,
			vatRate: -1,
			stock: -1,
			barcode: -1
		});
	});

	it('reads a barcode column ("Code-barres" is not the SKU) and refuses a mistyped EAN', () => {
		const { rows } = parseCsv(
			'Code-barres;Référence;Nom;Prix\n4006381333931;JAR;Miel;4,50\n4006381333932;TEA;Thé;7,50\n'
		);
		const mapping = guessMapping(rows[0]!);
		expect(mapping).toMatchObject({ sku: 1, barcode: 0 });
		const plan = planImport({ rows, mapping, defaultVatRate: vat });
		expect(plan.accepted.map((r) => r.input.barcode)).toEqual(['4006381333931']);
		expect(plan.rejected).toEqual([
			{ line: 3, reason: 'invalid', params: { code: 'barcode.checkDigit' } }
		]);
	});

	it('reports every bad row with its line and reason, and keeps the good ones', () => {
		const { rows } = parseCsv(file);
		const plan = planImport({ rows, mapping: guessMapping(rows[0]!), defaultVatRate: vat });
		expect(plan.rejected).toEqual([
			{ line: 3, reason: 'missingSku', params: {} },
			{ line: 4, reason: 'badPrice', params: { value: 'abc' } },
			{ line: 5, reason: 'duplicateSku', params: { sku: 'MUG-1', first: 2 } },
			{ line: 7, reason: 'badVat', params: { value: '99,999' } },
			{ line: 8, reason: 'badStock', params: { value: '-4' } },
			{ line: 9, reason: 'missingName', params: {} }
		]);
		expect(plan.accepted.map((a) => [a.line, a.input])).toEqual([
			[2, { sku: 'MUG-1', name: 'Tasse en grès', price: 1800, vatRate: 2000, openingStock: 12 }],
			[6, { sku: 'TEA', name: 'Thé vert', price: 750, vatRate: 550, openingStock: 0 }],
			// No VAT in the file: the store's default for a new product, its own for an existing one.
			[10, { sku: 'OIL', name: 'Huile d’olive', price: 159000, openingStock: 7 }]
		]);
	});

	it('writes nothing while planning, then the accepted rows in batches', async () => {
		const writeBatch = vi.fn(async (inputs: unknown[]) =>
			ok({ created: inputs.length, updated: 0, unchanged: 0, refused: [] })
		);
		const { rows } = parseCsv(file);
		const plan = planImport({ rows, mapping: guessMapping(rows[0]!), defaultVatRate: vat });
		expect(writeBatch).not.toHaveBeenCalled();
		const progress: number[] = [];
		const report = await importProducts({
			plan,
			writeBatch,
			batchSize: 2,
			onProgress: (n) => progress.push(n)
		});
		expect(report).toMatchObject({ done: 3, created: 3, failed: [], cancelled: false });
		expect(writeBatch.mock.calls.map((c) => c[0])).toEqual([
			plan.accepted.slice(0, 2).map((a) => a.input),
			plan.accepted.slice(2).map((a) => a.input)
		]);
		expect(progress).toEqual([2, 3]);
	});

	it('stops between batches when cancelled, and resumes from where it stopped', async () => {
		const { rows } = parseCsv(file);
		const plan = planImport({ rows, mapping: guessMapping(rows[0]!), defaultVatRate: vat });
		const written: unknown[] = [];
		const writeBatch = async (inputs: unknown[]) => {
			written.push(...inputs);
			return ok({ created: inputs.length, updated: 0, unchanged: 0, refused: [] });
		};
		let stop = false;
		const first = await importProducts({
			plan,
			writeBatch,
			batchSize: 1,
			onProgress: (n) => (stop = n === 2),
			cancelled: () => stop
		});
		expect(first).toMatchObject({ done: 2, cancelled: true });
		const rest = await importProducts({ plan, writeBatch, batchSize: 1, from: first.done });
		expect(rest).toMatchObject({ done: 3, created: 1, cancelled: false });
		expect(written).toEqual(plan.accepted.map((a) => a.input));
	});

	it('refuses a malformed file, an empty one or one without the needed columns as a whole', () => {
		const broken = parseCsv('sku;name;price\r\nA;"Tasse;12\r\nB;Miel;5');
		expect(fileProblem({ ...broken, mapping: guessMapping(broken.rows[0]!) })).toBe('malformed');
		const empty = parseCsv('sku;name;price\r\n');
		expect(fileProblem({ ...empty, mapping: guessMapping(empty.rows[0]!) })).toBe('empty');
		const other = parseCsv('a;b\r\n1;2');
		expect(fileProblem({ ...other, mapping: guessMapping(other.rows[0]!) })).toBe('columns');
		const good = parseCsv(file);
		expect(fileProblem({ ...good, mapping: guessMapping(good.rows[0]!) })).toBe('');
	});
});
