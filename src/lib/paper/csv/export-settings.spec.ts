import { describe, expect, it } from 'vitest';
import { orderColumns } from '../order-columns';
import { defaultExportSettings, sanitizeExportSettings } from './export-settings';

describe('CSV export settings', () => {
	it('defaults to semicolon and decimal comma in French, comma and dot in English, all columns', () => {
		expect(defaultExportSettings('fr')).toMatchObject({
			delimiter: 'semicolon',
			decimal: ',',
			bom: true
		});
		expect(defaultExportSettings('en')).toMatchObject({ delimiter: 'comma', decimal: '.' });
		expect(defaultExportSettings('fr').columns).toHaveLength(orderColumns.length);
	});

	it('keeps remembered choices and drops what it does not know', () => {
		const s = sanitizeExportSettings(
			{ delimiter: 'tab', decimal: '.', perLine: true, bom: false, columns: ['total', 'nope', 3] },
			'fr'
		);
		expect(s).toEqual({
			delimiter: 'tab',
			decimal: '.',
			perLine: true,
			bom: false,
			columns: ['total']
		});
		expect(sanitizeExportSettings({ delimiter: '|', columns: [] }, 'en')).toEqual(
			defaultExportSettings('en')
		);
		expect(sanitizeExportSettings('garbage', 'fr')).toEqual(defaultExportSettings('fr'));
	});
});
