/** The product record: unique SKU, name, price, VAT rate, stock tracking and digital flag. */
import { maxStockMove, readBool, readCents, readInt, readObject, readText } from './bounds';
import { checkCents, type Cents } from './money';
import { fail, ok, type Result } from './result';
import { checkBarcode } from './barcode';
import { checkVatRate, type VatRate } from './vat';
import { checkSku, checkText, isRecord } from './validate';

/** Version of the product shape this code writes. */
export const productSchemaVersion = 1;

/** A product of the catalogue, keyed by SKU. */
export interface Product {
	sku: string;
	name: string;
	/** Price in cents, in the store's price basis (with VAT by default). */
	price: Cents;
	vatRate: VatRate;
	trackStock: boolean;
	digital: boolean;
	archived: boolean;
	/** Barcode printed on the product (EAN-13, EAN-8, UPC or any Code 128 text); '' when none. */
	barcode: string;
	schema: number;
}

/** Checks untrusted product input; `openingStock` (whole number) is only used on creation. */
export function checkProduct(
	value: unknown,
	defaults: { vatRate: VatRate }
): Result<{ product: Product; openingStock: number }> {
	if (!isRecord(value)) return fail('input.notObject');
	const sku = checkSku(value.sku);
	if (!sku.ok) return sku;
	const name = checkText(value.name, { field: 'product.name', max: 200, required: true });
	if (!name.ok) return name;
	const price = checkCents(value.price);
	if (!price.ok) return price;
	const vatRate = value.vatRate === undefined ? ok(defaults.vatRate) : checkVatRate(value.vatRate);
	if (!vatRate.ok) return vatRate;
	const opening = value.openingStock ?? 0;
	if (typeof opening !== 'number' || !Number.isInteger(opening)) return fail('quantity.notInteger');
	if (opening < 0) return fail('quantity.negative');
	if (opening > maxStockMove) return fail('quantity.tooLarge');
	const digital = value.digital === true;
	const barcode = checkBarcode(value.barcode ?? '');
	if (!barcode.ok) return barcode;
	return ok({
		product: {
			sku: sku.value,
			name: name.value,
			price: price.value,
			vatRate: vatRate.value,
			trackStock: value.trackStock === undefined ? !digital : value.trackStock === true,
			digital,
			archived: value.archived === true,
			barcode: barcode.value,
			schema: productSchemaVersion
		},
		openingStock: opening
	});
}

/** Fills fields an older peer did not send. */
export function migrateProduct(raw: Record<string, unknown>): Product {
	return {
		trackStock: true,
		digital: false,
		archived: false,
		barcode: '',
		schema: 0,
		...raw
	} as Product;
}

/**
 * Reads a product record from the CRDT, whoever wrote it (bounds in bounds.ts); throws
 * Unreadable with what is wrong. Missing flags get their defaults (older peers).
 */
export function readProduct(value: unknown, sku: string): Product {
	const v = readObject(value, 'the product');
	const digital = readBool(v.digital, 'digital', false);
	return {
		sku,
		name: readText(v.name, { what: 'name', fallback: sku }),
		price: readCents(v.price, 'price') as Cents,
		vatRate: readInt(v.vatRate, { what: 'vatRate', min: 0, max: 10_000, fallback: 0 }) as VatRate,
		trackStock: readBool(v.trackStock, 'trackStock', !digital),
		digital,
		archived: readBool(v.archived, 'archived', false),
		// A barcode a peer wrote wrong is dropped alone: the product stays readable.
		barcode: readBarcode(v.barcode),
		schema: readInt(v.schema, { what: 'schema', min: 0, max: 1e6, fallback: 0 })
	};
}

function readBarcode(value: unknown): string {
	if (typeof value !== 'string' || value.length > 64) return '';
	const checked = checkBarcode(value);
	return checked.ok ? checked.value : '';
}

/** One imported row: what a file can say about a product (absent fields: the file does not say). */
export interface ImportedProduct {
	sku: string;
	name: string;
	/** Price in cents. */
	price: number;
	vatRate?: number;
	/** Opening stock, applied to new products only. */
	openingStock?: number;
	/** Only when the file has a barcode column ('' clears it); absent keeps the one set. */
	barcode?: string;
}

/** What importing a row does to the catalogue. */
export type ImportOutcome = 'new' | 'updated' | 'unchanged';

/**
 * The product an imported row makes: a new one, or the existing one with what the file says
 * (name, price, VAT when given) and everything else kept (archived, digital, stock tracking).
 */
export function importedProduct(
	row: ImportedProduct,
	o: { existing: Product | undefined; defaultVatRate: VatRate }
): Result<{ product: Product; openingStock: number; outcome: ImportOutcome }> {
	const e = o.existing;
	const checked = checkProduct(
		{
			sku: row.sku,
			name: row.name,
			price: row.price,
			vatRate: row.vatRate ?? e?.vatRate,
			openingStock: e ? 0 : (row.openingStock ?? 0),
			digital: e?.digital,
			trackStock: e?.trackStock,
			archived: e?.archived,
			barcode: row.barcode ?? e?.barcode
		},
		{ vatRate: o.defaultVatRate }
	);
	if (!checked.ok) return checked;
	const { product, openingStock } = checked.value;
	const same =
		e !== undefined &&
		(['name', 'price', 'vatRate', 'trackStock', 'digital', 'archived', 'barcode'] as const).every(
			(k) => e[k] === product[k]
		);
	const outcome: ImportOutcome = !e ? 'new' : same ? 'unchanged' : 'updated';
	return ok({ product: same ? e : product, openingStock, outcome });
}
