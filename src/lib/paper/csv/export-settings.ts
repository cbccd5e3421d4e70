/** The seller's CSV export choices, remembered on the device; damaged entries fall back to defaults. */
import { orderColumns } from '../order-columns';

/** Choices of the order CSV export. */
export interface ExportSettings {
	delimiter: 'semicolon' | 'comma' | 'tab';
	decimal: ',' | '.';
	perLine: boolean;
	bom: boolean;
	/** Chosen column ids (every column by default). */
	columns: string[];
}

/** Defaults: French spreadsheets expect `;` and a decimal comma, English ones `,` and `.`. */
export function defaultExportSettings(language: 'fr' | 'en'): ExportSettings {
	return {
		delimiter: language === 'fr' ? 'semicolon' : 'comma',
		decimal: language === 'fr' ? ',' : '.',
		perLine: false,
		bom: true,
		columns: orderColumns.map((c) => c.id)
	};
}

/** Keeps only values this version understands. */
export function sanitizeExportSettings(raw: unknown, language: 'fr' | 'en'): ExportSettings {
	const d = defaultExportSettings(language);
	if (typeof raw !== 'object' || raw === null) return d;
	const v = raw as Record<string, unknown>;
	const known = new Set(d.columns);
	const columns = Array.isArray(v.columns)
		? v.columns.filter((c): c is string => typeof c === 'string' && known.has(c))
		: d.columns;
	return {
		delimiter: ['semicolon', 'comma', 'tab'].includes(v.delimiter as string)
			? (v.delimiter as ExportSettings['delimiter'])
			: d.delimiter,
		decimal: v.decimal === ',' || v.decimal === '.' ? v.decimal : d.decimal,
		perLine: typeof v.perLine === 'boolean' ? v.perLine : d.perLine,
		bom: typeof v.bom === 'boolean' ? v.bom : d.bom,
		columns: columns.length ? columns : d.columns
	};
}
