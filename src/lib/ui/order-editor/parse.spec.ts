import { describe, expect, it } from 'vitest';
import { checkOrderContent } from '$lib/domain/order-input';
import type { VatRate } from '$lib/domain/vat';
import { customLine, emptyForm, lineFromProduct, type OrderForm } from './form';
import { parseDiscount, parseOrderForm, previewTotals } from './parse';

const soap = { sku: 'SKU-1', name: 'Savon', price: 650, vatRate: 2000, digital: false };
const pricing = { pricesIncludeVat: true, feeVatRate: 2000 as VatRate };

function form(patch: Partial<OrderForm> = {}): OrderForm {
	return {
		...emptyForm(),
		lines: [lineFromProduct(soap, { key: 'a', decimal: ',' })],
		...patch
	};
}

describe('parseDiscount', () => {
	it('reads French and English percentages and amounts', () => {
		expect(parseDiscount({ discount: '12,5', discountKind: 'percent' })).toEqual({
			ok: true,
			value: { kind: 'percent', percent: 1250 }
		});
		expect(parseDiscount({ discount: '10 %', discountKind: 'percent' })).toMatchObject({
			value: { percent: 1000 }
		});
		expect(parseDiscount({ discount: '5.20', discountKind: 'amount' })).toMatchObject({
			value: { kind: 'amount', amount: 520 }
		});
		expect(parseDiscount({ discount: '', discountKind: 'amount' })).toEqual({
			ok: true,
			value: null
		});
		expect(parseDiscount({ discount: '120', discountKind: 'percent' }).ok).toBe(false);
	});
});

describe('parseOrderForm', () => {
	it('gives an input the action accepts, with billing defaulting to shipping', () => {
		const f = form({ email: ' Lea@Exemple.FR ', shippingFee: '5,90', discount: '10' });
		f.channel = 'email';
		f.shippingAddress = { ...f.shippingAddress, name: 'Léa', city: 'Lyon' };
		const parsed = parseOrderForm(f);
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
		const input = parsed.value.input;
		expect(input.shippingFee).toBe(590);
		expect(input.billingAddress).toEqual(input.shippingAddress);
		const checked = checkOrderContent(input, { newId: () => 'x', defaultVatRate: 2000 as VatRate });
		expect(checked).toMatchObject({
			ok: true,
			value: {
				customer: { email: 'lea@exemple.fr' },
				discount: { percent: 1000 },
				channel: 'email'
			}
		});
		const none = parseOrderForm({ ...f, channel: '' });
		expect(none.ok && none.value.input.channel).toBeNull();
	});

	it('puts every refusal beside its field', () => {
		const bad = customLine({ key: 'b', decimal: ',', vatRate: 2000 });
		bad.unitPrice = 'abc';
		bad.quantity = '-2';
		const parsed = parseOrderForm(form({ email: 'not-an-email', lines: [bad], handlingFee: 'x' }));
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(Object.keys(parsed.errors).sort()).toEqual([
			'email',
			'handlingFee',
			'lines.b.name',
			'lines.b.quantity',
			'lines.b.unitPrice'
		]);
	});

	it('refuses an order without lines and tracking details without a number', () => {
		const parsed = parseOrderForm(form({ lines: [], trackingCarrier: 'La Poste' }));
		expect(parsed).toMatchObject({
			ok: false,
			errors: { lines: { code: 'order.noLines' }, trackingNumber: { code: 'text.required' } }
		});
	});

	it('keeps the ids of saved lines so the action edits them in place', () => {
		const line = { ...lineFromProduct(soap, { key: 'l1', decimal: '.' }), id: 'l1' };
		const parsed = parseOrderForm(form({ lines: [line] }));
		expect(parsed.ok && parsed.value.input.lines).toEqual([expect.objectContaining({ id: 'l1' })]);
	});
});

describe('previewTotals', () => {
	it('follows what is typed and counts unreadable fields as zero', () => {
		const second = customLine({ key: 'c', decimal: ',', vatRate: 550 });
		second.unitPrice = '10,00';
		second.quantity = '2';
		const totals = previewTotals(
			form({ lines: [form().lines[0]!, second], discount: '10', shippingFee: 'oops' }),
			pricing
		);
		expect(totals.subtotal).toBe(650 + 2000);
		expect(totals.discount).toBe(265);
		expect(totals.shipping).toBe(0);
		expect(totals.total).toBe(2650 - 265);
		expect(totals.vat.map((v) => v.rate)).toEqual([550, 2000]);
	});
});
