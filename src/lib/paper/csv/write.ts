/**
 * CSV text from rows, in chunks so a large export reports progress and leaves the page
 * responsive; CSV files are read with PapaParse. Cells are already neutralised by the row builders (see neutralise.ts): Papa's
 * own `escapeFormulae` is left off because it misses multi-line cells and would also prefix
 * negative amounts.
 */
import Papa from 'papaparse';
import { cellQuoter } from './quote';

/** Delimiters offered to the seller. */
export const delimiters = { semicolon: ';', comma: ',', tab: '\t' } as const;

/** Options of a CSV file. */
export interface CsvOptions {
	delimiter: string;
	/** Start the file with a UTF-8 byte-order mark (Excel then reads accents correctly). */
	bom: boolean;
}

/**
 * One chunk of rows as CSV text (RFC 4180), each row ending with CRLF. Written by hand rather
 * than with Papa.unparse: on the same 100k rows of 37 cells, Papa.unparse gave the same text in
 * 2.0-2.4 s against 0.4-0.6 s here (bench/paper.js figures, 2026-11), and the rule is small:
 * quote a cell holding the delimiter, a quote, a line break or edge spaces, and double its
 * quotes. PapaParse reads it back in tests.
 */
export function csvChunk(rows: Iterable<readonly string[]>, delimiter: string): string {
	const quote = cellQuoter(delimiter);
	// Array.join builds flat strings; `+=` would build ropes of millions of small strings that
	// the garbage collector then has to walk while the export's parts are kept (profiled: ~40 %
	// of an export's time went to GC).
	const lines: string[] = [];
	const cells: string[] = [];
	for (const row of rows) {
		cells.length = row.length;
		for (let i = 0; i < row.length; i++) cells[i] = quote(row[i]!);
		lines.push(cells.join(delimiter));
	}
	lines.push('');
	return lines.join('\r\n');
}

/** A whole CSV file from a header and rows, as one string (BOM included when asked). */
export function csvText(o: {
	header: readonly string[];
	rows: readonly (readonly string[])[];
	options: CsvOptions;
}): string {
	const bom = o.options.bom ? '\ufeff' : '';
	return bom + csvChunk([o.header, ...o.rows], o.options.delimiter);
}

/** Parses CSV text (BOM and delimiter detected) into rows of strings. */
export function parseCsv(text: string): { rows: string[][]; errors: string[]; malformed: boolean } {
	const result = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), {
		skipEmptyLines: 'greedy'
	});
	return {
		rows: result.data,
		errors: result.errors.map((e) => `${e.row !== undefined ? e.row + 1 : '?'}: ${e.message}`),
		// Unbalanced quotes swallow the rest of the file: no row after them can be trusted.
		malformed: result.errors.some((e) => e.type === 'Quotes') || text.includes('\u0000')
	};
}
