/**
 * The product form: text typed by the seller becomes the input of `upsertProduct`, or one
 * message per refused field. Checking every field here (not only the first refusal the data
 * layer returns) lets the seller fix the whole form at once.
 */
import { checkBarcode } from '$lib/domain/barcode';
import { parseMoney } from '$lib/domain/money';
import type { DomainError } from '$lib/domain/result';
import { checkSku, checkText } from '$lib/domain/validate';
import { parseTypedQuantity } from '$lib/domain/typed-quantity';
import { parseVatRate } from '$lib/domain/vat';
import type { FieldError } from './field-error';

/** What the form's fields hold. */
export interface ProductFormValues {
	sku: string;
	name: string;
	price: string;
	vatRate: string;
	openingStock: string;
	trackStock: boolean;
	digital: boolean;
	/** EAN/UPC or Code 128 text; absent in forms from before barcodes. */
	barcode?: string;
}

/** The fields that can carry a message. */
export type ProductField = 'sku' | 'name' | 'price' | 'vatRate' | 'openingStock' | 'barcode';

/** What `upsertProduct` receives. */
export interface ProductInput {
	sku: string;
	name: string;
	price: number;
	vatRate: number;
	trackStock: boolean;
	digital: boolean;
	barcode: string;
	openingStock?: number;
}

/** The checked input, or a message per refused field. */
export type ProductFormResult =
	| { ok: true; input: ProductInput }
	| { ok: false; errors: Partial<Record<ProductField, FieldError>> };

/** Checks the form; `skuTaken` says whether a new SKU already names a catalogue product. */
export function parseProductForm(
	values: ProductFormValues,
	o: { isNew: boolean; skuTaken: (sku: string) => boolean }
): ProductFormResult {
	const errors: Partial<Record<ProductField, FieldError>> = {};
	const sku = values.sku.trim();
	const skuChecked = checkSku(sku);
	if (sku === '') errors.sku = { key: 'catalogue.products.skuRequired' };
	else if (!skuChecked.ok) errors.sku = skuChecked.error;
	else if (o.isNew && o.skuTaken(sku))
		errors.sku = { key: 'catalogue.products.skuTaken', params: { sku } };
	const name = checkText(values.name, { field: 'product.name', max: 200, required: true });
	if (!name.ok) errors.name = name.error;
	const price = parseMoney(values.price.trim());
	if (!price.ok) errors.price = price.error;
	const vatRate = parseVatRate(values.vatRate);
	if (!vatRate.ok) errors.vatRate = vatRate.error;
	let openingStock = 0;
	if (o.isNew && values.trackStock && values.openingStock.trim() !== '') {
		const opening = parseTypedQuantity(values.openingStock);
		if (opening.ok) openingStock = opening.value;
		else errors.openingStock = opening.error;
	}
	const barcode = checkBarcode(values.barcode ?? '');
	if (!barcode.ok) errors.barcode = barcode.error;
	if (!name.ok || !price.ok || !vatRate.ok || !barcode.ok || Object.keys(errors).length > 0) {
		return { ok: false, errors };
	}
	const input: ProductInput = {
		sku,
		name: name.value,
		price: price.value,
		vatRate: vatRate.value,
		trackStock: values.trackStock,
		digital: values.digital,
		barcode: barcode.value
	};
	if (o.isNew) input.openingStock = openingStock;
	return { ok: true, input };
}

/** The field a refusal from the data layer belongs to, or null for a form-wide message. */
export function productFieldOf(error: DomainError): ProductField | null {
	if (error.code === 'sku.invalid') return 'sku';
	if (error.code.startsWith('money.')) return 'price';
	if (error.code === 'vat.invalid') return 'vatRate';
	if (error.code.startsWith('barcode.')) return 'barcode';
	if (error.code.startsWith('quantity.')) return 'openingStock';
	if (error.params?.field === 'product.name') return 'name';
	return null;
}
