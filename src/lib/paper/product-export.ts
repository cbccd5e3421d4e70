/**
 * The catalogue as a CSV file that the product import reads back as it is: SKU, name, price,
 * VAT rate, stock level and barcode, under French or English headers the import recognises.
 * Amounts in cents inside, text with the chosen decimal separator only here.
 */
import { centsText, type DecimalSeparator } from '../domain/money';
import { vatRateText } from '../domain/vat';
import { neutralise } from './neutralise';

/** A product as the export reads it (a row of `listProducts`). */
export interface ExportedProduct {
	sku: string;
	name: string;
	/** Price in cents. */
	price: number;
	/** VAT rate in basis points. */
	vatRate: number;
	/** Stock level in units. */
	level: number;
	/** '' or absent when the product has none. */
	barcode?: string;
	archived?: boolean;
}

const headers = {
	fr: ['Référence', 'Nom', 'Prix', 'TVA', 'Stock', 'Code-barres'],
	en: ['SKU', 'Name', 'Price', 'VAT', 'Stock', 'Barcode']
} as const;

/** Header and rows of the catalogue (archived products left out), one row per product. */
export function productCsvRows(o: {
	products: readonly ExportedProduct[];
	decimal: DecimalSeparator;
	language: 'fr' | 'en';
}): { header: string[]; rows: string[][] } {
	const rows = o.products
		.filter((p) => !p.archived)
		.map((p) => [
			neutralise(p.sku),
			neutralise(p.name),
			centsText(p.price, { decimal: o.decimal }),
			vatRateText(p.vatRate, o.decimal),
			// The import takes no negative stock: an oversold product starts again at zero.
			String(Math.max(0, p.level)),
			p.barcode ?? ''
		]);
	return { header: [...headers[o.language]], rows };
}
