import { describe, expect, it } from 'vitest';
import { checkOrderContent } from './order-input';
import type { VatRate } from './vat';

let n = 0;
const options = { newId: () => `id${n++}`, defaultVatRate: 2000 as VatRate };
const line = { sku: 'MUG', name: 'Tasse', quantity: 1, unitPrice: 1250 };

describe('checkOrderContent', () => {
	it('accepts a valid order and fills defaults', () => {
		const r = checkOrderContent(
			{ lines: [line], customer: { email: ' Lea@Exemple.FR ' } },
			options
		);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.value.customer.email).toBe('lea@exemple.fr');
		expect(r.value.lines[0]?.vatRate).toBe(2000);
		expect(r.value.shippingFee).toBe(0);
	});
	it.each([
		[{ lines: [] }, 'order.noLines'],
		[{ lines: [{ ...line, quantity: -1 }] }, 'quantity.negative'],
		[{ lines: [{ ...line, quantity: 0 }] }, 'quantity.notPositive'],
		[{ lines: [{ ...line, quantity: 1.5 }] }, 'quantity.notInteger'],
		[{ lines: [{ ...line, unitPrice: -5 }] }, 'money.negative'],
		[{ lines: [{ ...line, unitPrice: 12.5 }] }, 'money.invalid'],
		[{ lines: [{ ...line, sku: 'a b' }] }, 'sku.invalid'],
		[{ lines: [{ ...line, vatRate: 20000 }] }, 'vat.invalid'],
		[{ lines: [line], customer: { email: 'lea@exemple' } }, 'email.invalid'],
		[{ lines: [line], customer: { email: 'lea exemple.fr' } }, 'email.invalid'],
		[{ lines: [line], discount: { kind: 'percent', percent: 12000 } }, 'percent.invalid'],
		[{ lines: [line], shippingFee: -1 }, 'money.negative'],
		['not an order', 'input.notObject']
	])('refuses %j with %s', (input, code) => {
		const r = checkOrderContent(input, options);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error.code).toBe(code);
	});
	it('accepts a custom line without SKU', () => {
		const r = checkOrderContent(
			{ lines: [{ custom: true, name: 'Retouche', quantity: 1, unitPrice: 500 }] },
			options
		);
		expect(r.ok && r.value.lines[0]?.sku).toBe('');
	});
});
