import { describe, expect, it } from 'vitest';
import { orderFixture } from '$lib/domain/fixtures';
import { emptyRefundForm, parseQty, previewRefund, refundableQty } from './refund-form';

const withQty = (qty: Record<string, string>, shipping = false) => {
	const order = orderFixture();
	const form = emptyRefundForm(order);
	form.lines = form.lines.map((l) => ({ ...l, qty: qty[l.lineId] ?? '' }));
	form.shipping = shipping;
	return { order, form };
};

describe('previewRefund', () => {
	it('refunds one of two mugs: half the line, nothing else', () => {
		const { order, form } = withQty({ l1: '1' });
		const preview = previewRefund(order, form);
		expect(preview).toMatchObject({ ok: true, amount: 1250 });
		if (preview.ok)
			expect(preview.request.lines).toEqual([{ lineId: 'l1', qty: 1, restock: true }]);
	});

	it('adds the shipping fee when asked', () => {
		const { order, form } = withQty({ l2: '1' }, true);
		expect(previewRefund(order, form)).toMatchObject({ ok: true, amount: 890 + 590 });
	});

	it('refunds the whole total for the whole order', () => {
		const order = orderFixture();
		const form = { ...emptyRefundForm(order), whole: true };
		expect(previewRefund(order, form)).toMatchObject({ ok: true, amount: 2 * 1250 + 890 + 590 });
	});

	it('refuses more units than were paid, on that line', () => {
		const { order, form } = withQty({ l1: '3' });
		const preview = previewRefund(order, form);
		expect(preview).toMatchObject({
			ok: false,
			problem: { lineId: 'l1', error: { code: 'refund.abovePaid' } }
		});
	});

	it('refuses units already refunded', () => {
		const order = orderFixture({
			refunds: { lines: { l1: { qty: 2, restocked: 2 } }, shipping: false }
		});
		const form = emptyRefundForm(order);
		form.lines[0]!.qty = '1';
		expect(refundableQty(order, 'l1')).toBe(0);
		expect(previewRefund(order, form)).toMatchObject({ ok: false, problem: { lineId: 'l1' } });
	});

	it('refuses an empty refund and a quantity that is not a number', () => {
		const empty = withQty({});
		expect(previewRefund(empty.order, empty.form)).toMatchObject({
			ok: false,
			problem: { lineId: '', error: { code: 'refund.empty' } }
		});
		const abc = withQty({ l2: 'abc' });
		expect(previewRefund(abc.order, abc.form)).toMatchObject({
			ok: false,
			problem: { lineId: 'l2', error: { code: 'quantity.notInteger' } }
		});
	});
});

describe('parseQty', () => {
	it('reads whole numbers and treats empty as zero', () => {
		expect(parseQty(' 2 ')).toEqual({ ok: true, value: 2 });
		expect(parseQty('')).toEqual({ ok: true, value: 0 });
		expect(parseQty('1.5').ok).toBe(false);
		expect(parseQty('-1')).toMatchObject({ ok: false, error: { code: 'quantity.negative' } });
	});
});

describe('free amounts and the refund method', () => {
	it('refunds a typed free amount beside units, with the method as typed', () => {
		const { order, form } = withQty({ l1: '1' });
		form.free = '2,50';
		form.method = 'Espèces';
		const preview = previewRefund(order, form);
		expect(preview).toMatchObject({ ok: true, amount: 1250 + 250 });
		if (preview.ok) expect(preview.request).toMatchObject({ free: 250, method: 'Espèces' });
	});
	it('points at the free amount when it is not an amount', () => {
		const { order, form } = withQty({});
		form.free = 'deux euros';
		expect(previewRefund(order, form)).toMatchObject({
			ok: false,
			problem: { lineId: 'refund-free', error: { code: 'money.invalid' } }
		});
	});
	it('starts with the order’s payment method', () => {
		expect(emptyRefundForm(orderFixture()).method).toBe('Carte');
	});
});
