import { describe, expect, it } from 'vitest';
import { checkOrderContent } from '$lib/domain/order-input';
import type { VatRate } from '$lib/domain/vat';
import {
	cartTotals,
	dayProducts,
	parsePinned,
	searchProducts,
	stallOrderInput,
	stepCart,
	type StallProduct
} from './stall';

const product = (sku: string, name: string, price: number, archived = false): StallProduct => ({
	sku,
	name,
	price,
	vatRate: 2000,
	digital: false,
	archived,
	level: 10,
	trackStock: true
});
const soap = product('SKU-1', 'Savon au lait', 650);
const honey = product('SKU-2', 'Miel de lavande', 890);
const old = product('SKU-3', 'Ancien', 100, true);
const all = [soap, honey, old];

describe('the day’s products', () => {
	it('are the pinned ones, or every product on sale when none is pinned', () => {
		expect(dayProducts(all, [])).toEqual([soap, honey]);
		expect(dayProducts(all, ['SKU-2'])).toEqual([honey]);
		// Pins of products deleted since then must not leave an empty stall.
		expect(dayProducts(all, ['GONE'])).toEqual([soap, honey]);
	});

	it('read pins from storage defensively', () => {
		expect(parsePinned(null)).toEqual([]);
		expect(parsePinned('not json')).toEqual([]);
		expect(parsePinned('["SKU-1", 3]')).toEqual(['SKU-1']);
	});

	it('can be searched by name or SKU without accents', () => {
		expect(searchProducts(all, 'MIEL')).toEqual([honey]);
		expect(searchProducts(all, 'sku-1')).toEqual([soap]);
		expect(searchProducts(all, ' ')).toEqual(all);
	});
});

describe('the cart', () => {
	it('steps units and drops lines at zero', () => {
		let cart = stepCart({}, { sku: 'SKU-1', delta: 1 });
		cart = stepCart(cart, { sku: 'SKU-1', delta: 1 });
		expect(cart).toEqual({ 'SKU-1': 2 });
		expect(stepCart(cart, { sku: 'SKU-1', delta: -5 })).toEqual({});
	});

	it('totals and becomes an order the action accepts', () => {
		const cart = { 'SKU-1': 2, 'SKU-2': 1 };
		const pricing = { products: all, pricesIncludeVat: true, feeVatRate: 2000 as VatRate };
		expect(cartTotals(cart, pricing).total).toBe(2 * 650 + 890);
		const input = stallOrderInput(cart, { products: all, paymentMethod: 'Espèces' }); // read as the id 'cash';
		const checked = checkOrderContent(input, {
			newId: () => 'id',
			defaultVatRate: 2000 as VatRate
		});
		expect(checked).toMatchObject({
			ok: true,
			value: {
				paymentMethod: 'cash',
				channel: 'stall',
				lines: [{ sku: 'SKU-1', quantity: 2 }, { sku: 'SKU-2' }]
			}
		});
	});
});
