/**
 * Product import from CSV: guess which column holds what, check every row, and report the
 * rejected ones with their reason before anything is written. Writing happens only in
 * `importProducts`, which the screen calls after the seller confirms.
 */
import { parseMoney } from '../domain/money';
import { checkProduct } from '../domain/product';
import type { Result } from '../domain/result';
import { parseVatRate, type VatRate } from '../domain/vat';

/** Fields a product CSV can fill. */
export const importFields = ['sku', 'name', 'price', 'vatRate', 'stock', 'barcode'] as const;
/** A field of the import. */
export type ImportField = (typeof importFields)[number];
/** Column index per field (-1: not in the file). */
export type ColumnMapping = Record<ImportField, number>;

const synonyms: Record<ImportField, string[]> = {
	sku: ['sku', 'ref', 'reference', 'code', 'article'],
	name: ['name', 'nom', 'designation', 'libelle', 'produit', 'product', 'title', 'titre'],
	price: ['price', 'prix', 'prixttc', 'tarif', 'amount', 'montant'],
	vatRate: ['vat', 'tva', 'vatrate', 'tauxtva', 'taux', 'tax'],
	stock: ['stock', 'quantity', 'quantite', 'qty', 'qte', 'inventory'],
	barcode: ['barcode', 'codebarre', 'codesbarre', 'ean', 'gtin', 'upc']
};

const fold = (s: string) =>
	s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z]/g, '');

/** Guesses the mapping from the header row (French and English names). */
export function guessMapping(header: readonly string[]): ColumnMapping {
	const folded = header.map(fold);
	const out = {} as ColumnMapping;
	const matches = (h: string, field: ImportField) =>
		synonyms[field].some((s) => h === s || h.startsWith(s));
	for (const field of importFields) {
		// "Code-barres" starts like "code" (a SKU synonym) but is the barcode.
		out[field] = folded.findIndex(
			(h) => matches(h, field) && (field === 'barcode' || !matches(h, 'barcode'))
		);
	}
	return out;
}

/** Why a whole file is refused ('' when it can be planned): empty, or no SKU, name or price column. */
export function fileProblem(o: {
	rows: readonly (readonly string[])[];
	mapping: ColumnMapping;
	malformed: boolean;
}): '' | 'malformed' | 'empty' | 'columns' {
	if (o.malformed) return 'malformed';
	if (o.rows.length < 2) return 'empty';
	if (o.mapping.sku < 0 || o.mapping.name < 0 || o.mapping.price < 0) return 'columns';
	return '';
}

/** A row that passed every check: what the import batch receives. */
export interface AcceptedRow {
	/** 1-based line number in the file (the header is line 1). */
	line: number;
	input: {
		sku: string;
		name: string;
		price: number;
		/** Absent when the file does not say (an existing product keeps its own). */
		vatRate?: VatRate;
		openingStock: number;
		/** Only when the file has a barcode column: a file without one keeps barcodes set. */
		barcode?: string;
	};
}

/** A refused row: its line and why (a message key of paper.import.reason.* and its values). */
export interface RejectedRow {
	line: number;
	reason: string;
	params: Record<string, string | number>;
}

/** What an import would do. */
export interface ImportPlan {
	accepted: AcceptedRow[];
	rejected: RejectedRow[];
}

/** Checks every data row (the first row is the header); writes nothing. */
export function planImport(o: {
	rows: readonly (readonly string[])[];
	mapping: ColumnMapping;
	defaultVatRate: VatRate;
}): ImportPlan {
	const accepted: AcceptedRow[] = [];
	const rejected: RejectedRow[] = [];
	const seen = new Map<string, number>();
	const cell = (row: readonly string[], field: ImportField) =>
		o.mapping[field] >= 0 ? (row[o.mapping[field]] ?? '').trim() : '';
	o.rows.slice(1).forEach((row, i) => {
		const line = i + 2;
		const refuse = (reason: string, params: Record<string, string | number> = {}) =>
			rejected.push({ line, reason, params });
		const sku = cell(row, 'sku');
		if (!sku) return refuse('missingSku');
		const name = cell(row, 'name');
		if (!name) return refuse('missingName');
		const price = parseMoney(cell(row, 'price'));
		if (!price.ok) return refuse('badPrice', { value: cell(row, 'price') });
		const vatText = cell(row, 'vatRate');
		const vat: Result<VatRate | undefined> = vatText
			? parseVatRate(vatText)
			: { ok: true, value: undefined };
		if (!vat.ok) return refuse('badVat', { value: vatText });
		const stockText = cell(row, 'stock');
		if (stockText && !/^\d{1,9}$/.test(stockText)) return refuse('badStock', { value: stockText });
		const first = seen.get(sku.toLowerCase());
		if (first !== undefined) return refuse('duplicateSku', { sku, first });
		const input: AcceptedRow['input'] = {
			sku,
			name,
			price: price.value,
			openingStock: stockText ? Number(stockText) : 0
		};
		if (vat.value !== undefined) input.vatRate = vat.value;
		if (o.mapping.barcode >= 0) input.barcode = cell(row, 'barcode');
		const checked = checkProduct(input, { vatRate: o.defaultVatRate });
		if (!checked.ok) return refuse('invalid', { code: checked.error.code });
		seen.set(sku.toLowerCase(), line);
		accepted.push({ line, input });
	});
	return { accepted, rejected };
}

/** What one batch did, as the store's import action answers. */
export interface BatchResult {
	created: number;
	updated: number;
	unchanged: number;
	/** Refused rows: their index in the batch and the refusal code. */
	refused: { index: number; code: string }[];
}

/** What an import did; `done` rows were written (all of them unless cancelled or failed). */
export interface ImportReport {
	done: number;
	created: number;
	updated: number;
	unchanged: number;
	failed: RejectedRow[];
	/** True when stopped by the seller before the end. */
	cancelled: boolean;
}

/**
 * Writes the accepted rows in batches (one transaction each), from row `from` on; checks
 * `cancelled` between batches. A batch that throws (disk full) stops the import and rejects:
 * the rows before it are written, and importing the file again finishes it.
 */
export async function importProducts(o: {
	plan: ImportPlan;
	writeBatch: (inputs: AcceptedRow['input'][]) => Promise<Result<BatchResult>>;
	batchSize?: number;
	from?: number;
	onProgress?: (done: number) => void;
	cancelled?: () => boolean;
}): Promise<ImportReport> {
	const size = o.batchSize ?? 500;
	const rows = o.plan.accepted;
	const report: ImportReport = {
		done: o.from ?? 0,
		created: 0,
		updated: 0,
		unchanged: 0,
		failed: [],
		cancelled: false
	};
	while (report.done < rows.length) {
		if (o.cancelled?.()) {
			report.cancelled = true;
			break;
		}
		const batch = rows.slice(report.done, report.done + size);
		const r = await o.writeBatch(batch.map((row) => row.input));
		if (!r.ok) {
			for (const row of batch)
				report.failed.push({ line: row.line, reason: 'invalid', params: { code: r.error.code } });
		} else {
			report.created += r.value.created;
			report.updated += r.value.updated;
			report.unchanged += r.value.unchanged;
			for (const f of r.value.refused)
				report.failed.push({
					line: batch[f.index]?.line ?? 0,
					reason: 'invalid',
					params: { code: f.code }
				});
		}
		report.done += batch.length;
		o.onProgress?.(report.done);
	}
	return report;
}
