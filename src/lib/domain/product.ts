/** The product record: unique SKU, name, price, VAT rate, stock tracking and digital flag. */
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
