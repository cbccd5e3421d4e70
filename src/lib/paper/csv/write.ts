/**
 * CSV text from rows with PapaParse, in chunks so a large export reports progress and leaves the
 * page responsive. Cells are already neutralised by the row builders (see neutralise.ts): Papa's
 * own `escapeFormulae` is left off because it misses multi-line cells and would also prefix
 * negative amounts.
 */
import Papa from 'papaparse';

/** Delimiters offered to the seller. */
export const delimiters = { semicolon: ';', comma: ',', tab: '\t' } as const;

/** Options of a CSV file. */
export interface CsvOptions {
	delimiter: string;
	/** Start the file with a UTF-8 byte-order mark (Excel then reads accents correctly). */
	bom: boolean;
}

/** One chunk of rows as CSV text, each row ending with CRLF. */
export function csvChunk(rows: readonly (readonly string[])[], delimiter: string): string {
	if (rows.length === 0) return '';
	return `${Papa.unparse(rows as string[][], { delimiter, newline: '\r\n', quotes: false })}\r\n`;
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
export function parseCsv(text: string): { rows: string[][]; errors: string[] } {
	const result = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), {
		skipEmptyLines: 'greedy'
	});
	return {
		rows: result.data,
		errors: result.errors.map((e) => `${e.row !== undefined ? e.row + 1 : '?'}: ${e.message}`)
	};
}
