import { describe, expect, it } from 'vitest';
import type { Cents } from './money';
import { changeDue, checkPayments, paymentBalance, readPayment, type Payment } from './payment';
import { isBuiltInPaymentMethod, paymentMethodId } from './payment-method';

const c = (n: number) => n as Cents;
const pay = (amount: number, method = 'cash'): Payment => ({
	id: `p${amount}`,
	method,
	amount: c(amount),
	at: 0,
	deviceId: 'd'
});

describe('payment methods', () => {
	it('maps the words older devices stored, in either language, to one id', () => {
		for (const w of ['Espèces', 'especes', 'Cash', ' CASH ', 'Liquide'])
			expect(paymentMethodId(w)).toBe('cash');
		for (const w of ['Carte', 'Card', 'CB', 'Carte bancaire'])
			expect(paymentMethodId(w)).toBe('card');
		expect(paymentMethodId('Chèque')).toBe('cheque');
		expect(paymentMethodId('Virement')).toBe('transfer');
		expect(paymentMethodId('Autre')).toBe('other');
	});

	it("keeps a store's own method as typed and an empty one empty", () => {
		expect(paymentMethodId(' Lydia ')).toBe('Lydia');
		expect(isBuiltInPaymentMethod('Lydia')).toBe(false);
		expect(paymentMethodId('')).toBe('');
		expect(paymentMethodId(undefined)).toBe('');
	});
});

describe('payments', () => {
	it('derives paid in full, partly paid and due from the payments', () => {
		const total = c(1350);
		expect(paymentBalance({ total, payments: [], markedPaid: false })).toEqual({
			paid: 0,
			due: 1350,
			progress: 'due'
		});
		expect(paymentBalance({ total, payments: [pay(500)], markedPaid: false })).toEqual({
			paid: 500,
			due: 850,
			progress: 'partly_paid'
		});
		const both = [pay(500), pay(850, 'card')];
		expect(paymentBalance({ total, payments: both, markedPaid: false }).progress).toBe('paid');
	});

	it('reads an order marked paid before payments existed as paid in full', () => {
		expect(paymentBalance({ total: c(990), payments: [], markedPaid: true })).toEqual({
			paid: 990,
			due: 0,
			progress: 'paid'
		});
	});

	it('gives change: 20 € for 13,50 € is 6,50 €, never negative', () => {
		expect(changeDue({ tendered: c(2000), due: c(1350) })).toBe(650);
		expect(changeDue({ tendered: c(1000), due: c(1350) })).toBe(0);
	});

	it('refuses empty, zero, negative and excessive payments with a clear code', () => {
		const due = c(1000);
		const code = (v: unknown) => {
			const r = checkPayments(v, due);
			return r.ok ? 'ok' : r.error.code;
		};
		expect(code([{ method: 'cash', amount: 1000 }])).toBe('ok');
		expect(code([{ method: '', amount: 100 }])).toBe('payment.methodRequired');
		expect(code([{ method: 'cash', amount: 0 }])).toBe('payment.amountZero');
		expect(code([{ method: 'cash', amount: -5 }])).toBe('money.negative');
		expect(code([{ method: 'cash', amount: 1.5 }])).toBe('money.invalid');
		expect(
			code([
				{ method: 'cash', amount: 600 },
				{ method: 'card', amount: 401 }
			])
		).toBe('payment.tooMuch');
		expect(code('cash')).toBe('input.notObject');
	});

	it('ignores stored payments that are not payments', () => {
		expect(readPayment('x', { method: 'cash', amount: -1 })).toBeNull();
		expect(readPayment('x', 'cash')).toBeNull();
		expect(readPayment('x', { method: 'Espèces', amount: 100, at: 5, deviceId: 'd' })).toEqual({
			id: 'x',
			method: 'cash',
			amount: 100,
			at: 5,
			deviceId: 'd'
		});
	});
});
