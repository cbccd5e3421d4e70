/** A stall sale with its payments in one action; payments taken apart merge into one balance. */
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { paymentBalance } from '../../domain/payment';
import { orderTotals } from '../../domain/order-money';
import { ReportBuilder } from '../../paper/report';
import type { Store } from '../store/store';
import { openTestStore, testClock } from '../store/testing';

const stores: Store[] = [];
afterEach(async () => {
	await Promise.all(stores.splice(0).map((s) => s.destroy()));
});

async function open(deviceId: string, seed = 1): Promise<Store> {
	const s = await openTestStore({ deviceId, seed, persistence: 'memory', clock: testClock() });
	stores.push(s);
	return s;
}

async function sync(a: Store, b: Store) {
	Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)), 'peer');
	Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)), 'peer');
	await Promise.all([a.flush(), b.flush()]);
}

// 3 jars at 4,50 € (VAT included), no fee: 13,50 €.
const jars = {
	lines: [{ sku: 'JAR', name: 'Miel', quantity: 3, unitPrice: 450, vatRate: 550 }],
	channel: 'stall'
};

describe('recordSale', () => {
	it('records a cash + card sale paid in full, in one transaction', async () => {
		const a = await open('device-a');
		let transactions = 0;
		a.doc.on('afterTransaction', () => transactions++);
		const r = await a.actions.recordSale({
			input: jars,
			payments: [
				{ method: 'cash', amount: 1000 },
				{ method: 'card', amount: 350 }
			]
		});
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(transactions).toBe(1);
		const { order } = a.queries.getOrder(r.value.id)!;
		expect(order.paymentStatus).toBe('paid');
		expect(order.payments?.map((p) => [p.method, p.amount])).toEqual([
			['cash', 1000],
			['card', 350]
		]);
		const total = orderTotals(order).total;
		expect(paymentBalance({ total, payments: order.payments!, markedPaid: true })).toEqual({
			paid: 1350,
			due: 0,
			progress: 'paid'
		});
	});

	it('refuses payments that do not cover the total or exceed it, and writes nothing', async () => {
		const a = await open('device-a');
		const short = await a.actions.recordSale({
			input: jars,
			payments: [{ method: 'cash', amount: 1000 }]
		});
		expect(short).toMatchObject({ ok: false, error: { code: 'payment.notCovered' } });
		const over = await a.actions.recordSale({
			input: jars,
			payments: [{ method: 'cash', amount: 2000 }]
		});
		expect(over).toMatchObject({ ok: false, error: { code: 'payment.tooMuch' } });
		const noMethod = await a.actions.recordSale({
			input: jars,
			payments: [{ method: ' ', amount: 1350 }]
		});
		expect(noMethod).toMatchObject({ ok: false, error: { code: 'payment.methodRequired' } });
		expect((await a.queries.listOrders({ view: 'all' })).rows).toHaveLength(0);
		expect(a.queries.nextNumber('device-a')).toBe(1);
	});
});

describe('addPayment', () => {
	it('a deposit and a balance taken on two devices apart make the order paid', async () => {
		const a = await open('device-a', 1);
		const b = await open('device-b', 2);
		const created = await a.actions.createOrder({ ...jars, paymentMethod: 'transfer' });
		if (!created.ok) throw new Error(created.error.code);
		await sync(a, b);
		const id = created.value.id;
		const deposit = await a.actions.addPayment({
			id,
			payment: { method: 'transfer', amount: 500 }
		});
		expect(deposit).toMatchObject({ ok: true, value: { paid: 500, due: 850 } });
		expect(a.queries.getOrder(id)!.order.paymentStatus).toBe('awaiting_payment');
		const balance = await b.actions.addPayment({ id, payment: { method: 'cash', amount: 850 } });
		expect(balance.ok).toBe(true);
		await sync(a, b);
		for (const s of [a, b]) {
			const { order } = s.queries.getOrder(id)!;
			expect(order.paymentStatus).toBe('paid');
			expect(order.payments?.map((p) => p.amount).sort()).toEqual([500, 850]);
		}
		const more = await a.actions.addPayment({ id, payment: { method: 'cash', amount: 1 } });
		expect(more).toMatchObject({ ok: false, error: { code: 'payment.orderClosed' } });
	});

	it('refuses more than the balance due', async () => {
		const a = await open('device-a');
		const created = await a.actions.createOrder(jars);
		if (!created.ok) throw new Error(created.error.code);
		const r = await a.actions.addPayment({
			id: created.value.id,
			payment: { method: 'card', amount: 1351 }
		});
		expect(r).toMatchObject({ ok: false, error: { code: 'payment.tooMuch' } });
		expect(a.queries.getOrder(created.value.id)!.order.payments).toEqual([]);
	});
});

describe('payment methods are ids', () => {
	it('a French and an English device record cash: the cash report shows one row', async () => {
		const fr = await open('device-fr', 1);
		const en = await open('device-en', 2);
		// Before ids, each device stored the word of its language; now the stall stores the id.
		const old = await fr.actions.createOrder({ ...jars, paymentMethod: 'Espèces' });
		const oldEn = await en.actions.createOrder({ ...jars, paymentMethod: 'Cash' });
		const sale = await en.actions.recordSale({
			input: jars,
			payments: [{ method: 'cash', amount: 1350 }]
		});
		if (!old.ok || !oldEn.ok || !sale.ok) throw new Error();
		await fr.actions.setPaymentStatus({ id: old.value.id, status: 'paid' });
		await en.actions.setPaymentStatus({ id: oldEn.value.id, status: 'paid' });
		await sync(fr, en);
		const rows = (await fr.queries.listOrders({ view: 'all' })).rows;
		expect(rows.map((r) => r.paymentMethod)).toEqual(['cash', 'cash', 'cash']);
		expect((await fr.queries.listOrders({ paymentMethod: 'cash' })).rows).toHaveLength(3);
		const report = new ReportBuilder({ from: 0, to: Date.UTC(2100, 0, 1) });
		for (const r of rows) report.add(fr.queries.getOrder(r.id)!.order);
		expect(report.result().byPaymentMethod).toEqual([
			{ method: 'cash', orders: 3, amount: 3 * 1350 }
		]);
	});

	it('a split sale counts in the cash row and in the card row', async () => {
		const a = await open('device-a');
		const sale = await a.actions.recordSale({
			input: jars,
			payments: [
				{ method: 'Espèces', amount: 1000 },
				{ method: 'card', amount: 350 }
			]
		});
		if (!sale.ok) throw new Error(sale.error.code);
		const report = new ReportBuilder({ from: 0, to: Date.UTC(2100, 0, 1) });
		report.add(a.queries.getOrder(sale.value.id)!.order);
		const r = report.result();
		expect(r.byPaymentMethod).toEqual([
			{ method: 'cash', orders: 1, amount: 1000 },
			{ method: 'card', orders: 1, amount: 350 }
		]);
		expect(r.takings).toBe(1350);
	});
});
