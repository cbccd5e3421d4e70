import { describe, expect, it } from 'vitest';
import { parseProductForm, productFieldOf } from './product-form';

const base = {
	sku: 'JAM-01',
	name: 'Confiture de fraises',
	price: '6,50',
	vatRate: '5,5',
	openingStock: '12',
	trackStock: true,
	digital: false
};
const free = { isNew: true, skuTaken: () => false };

describe('parseProductForm', () => {
	it('turns the typed text into cents, basis points and a whole opening stock', () => {
		expect(parseProductForm(base, free)).toEqual({
			ok: true,
			input: {
				sku: 'JAM-01',
				name: 'Confiture de fraises',
				price: 650,
				vatRate: 550,
				trackStock: true,
				digital: false,
				barcode: '',
				openingStock: 12
			}
		});
	});

	it('keeps a valid barcode and refuses a mistyped EAN on its field', () => {
		const good = parseProductForm({ ...base, barcode: ' 4006381333931 ' }, free);
		expect(good.ok && good.input.barcode).toBe('4006381333931');
		const bad = parseProductForm({ ...base, barcode: '4006381333932' }, free);
		expect(bad.ok).toBe(false);
		if (!bad.ok) expect(bad.errors.barcode).toMatchObject({ code: 'barcode.checkDigit' });
	});

	it('reports every refused field at once', () => {
		const r = parseProductForm({ ...base, sku: '', name: ' ', price: 'abc', vatRate: '120' }, free);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors.sku).toEqual({ key: 'catalogue.products.skuRequired' });
		expect(r.errors.name).toMatchObject({ code: 'text.required' });
		expect(r.errors.price).toMatchObject({ code: 'money.invalid' });
		expect(r.errors.vatRate).toMatchObject({ code: 'vat.invalid' });
	});

	it('refuses a SKU already in the catalogue when creating, not when editing', () => {
		const taken = { skuTaken: (s: string) => s === 'JAM-01' };
		const r = parseProductForm(base, { ...taken, isNew: true });
		expect(r).toMatchObject({ ok: false, errors: { sku: { key: 'catalogue.products.skuTaken' } } });
		expect(parseProductForm(base, { ...taken, isNew: false }).ok).toBe(true);
	});

	it('ignores the opening stock when editing or when stock is not tracked', () => {
		const r = parseProductForm({ ...base, openingStock: 'x', trackStock: false }, free);
		expect(r).toMatchObject({ ok: true, input: { openingStock: 0 } });
		const edit = parseProductForm({ ...base, openingStock: 'x' }, { ...free, isNew: false });
		expect(edit.ok && 'openingStock' in edit.input).toBe(false);
	});

	it('refuses a negative opening stock', () => {
		const r = parseProductForm({ ...base, openingStock: '-2' }, free);
		expect(r).toMatchObject({ ok: false, errors: { openingStock: { code: 'quantity.negative' } } });
	});
});

describe('helpers', () => {
	it('maps data-layer refusals to fields', () => {
		expect(productFieldOf({ code: 'sku.invalid' })).toBe('sku');
		expect(productFieldOf({ code: 'money.negative' })).toBe('price');
		expect(productFieldOf({ code: 'text.required', params: { field: 'product.name' } })).toBe(
			'name'
		);
		expect(productFieldOf({ code: 'input.notObject' })).toBeNull();
	});
});
