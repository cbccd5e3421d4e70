/**
 * Issue 12's "Why", one two-device test per bullet: devices working offline, then merged, must
 * end up not only equal but right (money, stock and numbers add up).
 */
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { stockLevel } from '../crdt/stock-read';
import type { Store } from './store';
import { openTestStore, testClock } from './testing';

const stores: Store[] = [];
afterEach(async () => {
	await Promise.all(stores.splice(0).map((s) => s.destroy()));
});

async function sync(a: Store, b: Store) {
	Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)), 'peer');
	Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)), 'peer');
	await Promise.all([a.flush(), b.flush()]);
}

/** Two paired devices whose clocks disagree (B runs an hour behind), a jar product in stock. */
async function pair(stock = 10) {
	const clockA = testClock();
	const clockB = testClock(Date.UTC(2026, 10, 23, 8));
	const a = await openTestStore({
		deviceId: 'device-a',
		persistence: 'memory',
		clock: clockA,
		seed: 1
	});
	const b = await openTestStore({
		deviceId: 'device-b',
		persistence: 'memory',
		clock: clockB,
		seed: 2
	});
	stores.push(a, b);
	await a.actions.upsertProduct({ sku: 'JAR', name: 'Miel', price: 450, openingStock: stock });
	await sync(a, b);
	return { a, b, clockA, clockB };
}

/** An order of 3 jars at 4,50 €, no shipping, made on A and seen by B. */
async function jars(a: Store, b: Store, o: { paid?: boolean } = {}) {
	const r = await a.actions.createOrder({
		lines: [{ sku: 'JAR', name: 'Miel', quantity: 3, unitPrice: 450, vatRate: 550 }]
	});
	if (!r.ok) throw new Error(r.error.code);
	if (o.paid !== false) await a.actions.setPaymentStatus({ id: r.value.id, status: 'paid' });
	await sync(a, b);
	return r.value.id;
}

const oneJar = { lines: [{ sku: 'JAR', qty: 1, restock: true }] };

describe('money that adds up after two devices merge', () => {
	it('keeps both refunds when each device refunds one unit of the same line', async () => {
		const { a, b } = await pair();
		const id = await jars(a, b);
		expect(stockLevel(a.doc, 'JAR')).toBe(7);
		const onA = await a.actions.refundLines({ id, request: oneJar });
		const onB = await b.actions.refundLines({ id, request: oneJar });
		expect(onA.ok && onB.ok).toBe(true);
		await sync(a, b);
		for (const s of [a, b]) {
			const d = s.queries.getOrder(id)!;
			expect(d.refunded).toBe(900);
			expect(d.order.refunds.lines[d.order.lines[0]!.id]).toEqual({ qty: 2, restocked: 2 });
			expect(d.refunds).toHaveLength(2);
			expect(d.conflicts).toEqual([]);
			expect(stockLevel(s.doc, 'JAR')).toBe(9);
			const products = await s.queries.listProducts({ search: 'JAR' });
			expect(products[0]!.level).toBe(9);
		}
		// Two credit notes, numbered when each refund was made, in each device's series.
		const numbers = a.queries.getOrder(id)!.refunds.map((e) => e.number);
		expect(numbers).toContainEqual(onA.ok && onA.value.number);
		expect(numbers).toContainEqual(onB.ok && onB.value.number);
		expect(new Set(numbers.map((n) => `${n!.series}-${n!.n}`)).size).toBe(2);
	});

	it('flags, never drops, refunds that together exceed what was sold', async () => {
		const { a, b } = await pair();
		const id = await jars(a, b);
		await a.actions.refundLines({ id, request: { lines: [{ sku: 'JAR', qty: 2 }] } });
		await b.actions.refundLines({ id, request: { lines: [{ sku: 'JAR', qty: 2 }] } });
		await sync(a, b);
		const d = b.queries.getOrder(id)!;
		expect(d.refunded).toBe(1800);
		expect(d.refunds.map((e) => e.amount)).toEqual([900, 900]);
		expect(d.conflicts.map((c) => c.kind)).toEqual(['overRefunded', 'abovePaid']);
		expect(d.conflicts[0]).toMatchObject({ refunded: 4, sold: 3 });
		expect(d.conflicts[0]!.refunds).toHaveLength(2);
		// Restocks never exceed the units sold: 3 back, not 4.
		expect(stockLevel(a.doc, 'JAR')).toBe(10);
	});

	it('never shrinks a refund when another device lowers the quantity or removes the line', async () => {
		const { a, b } = await pair();
		const id = await jars(a, b);
		const order = a.queries.getOrder(id)!.order;
		const lowered = order.lines.map((l) => ({ ...l, quantity: 1 }));
		// The order is paid, so invoiced: the seller confirms the correction of its invoice.
		const edit = { id, input: { ...order, lines: lowered }, correctInvoice: true };
		expect((await a.actions.editOrder(edit)).ok).toBe(true);
		const refund = await b.actions.refundLines({
			id,
			request: { lines: [{ sku: 'JAR', qty: 2 }] }
		});
		expect(refund.ok && refund.value.amount).toBe(900);
		await sync(a, b);
		const d = a.queries.getOrder(id)!;
		expect(d.refunded).toBe(900);
		expect(d.refunds[0]!.lines[0]).toMatchObject({ qty: 2, amount: 900, name: 'Miel' });
		expect(d.conflicts.map((c) => c.kind)).toContain('aboveQuantity');
		// Sold 1 after the edit: at most 1 unit goes back, so stock is 10 − 1 + 1.
		expect(stockLevel(a.doc, 'JAR')).toBe(10);

		const id2 = await jars(a, b);
		const o2 = a.queries.getOrder(id2)!.order;
		const withExtra = [...o2.lines, { sku: 'JAR', name: 'Miel offert', quantity: 1, unitPrice: 0 }];
		await a.actions.editOrder({
			id: id2,
			input: { ...o2, lines: withExtra },
			correctInvoice: true
		});
		await sync(a, b);
		const o2b = b.queries.getOrder(id2)!.order;
		const extra = o2b.lines.find((l) => l.name === 'Miel')!;
		await b.actions.refundLines({ id: id2, request: { lines: [{ lineId: extra.id, qty: 1 }] } });
		await a.actions.editOrder({
			id: id2,
			input: { ...o2b, lines: o2b.lines.filter((l) => l.id !== extra.id) },
			correctInvoice: true
		});
		await sync(a, b);
		const d2 = b.queries.getOrder(id2)!;
		expect(d2.refunded).toBe(450);
		expect(d2.refunds[0]!.lines[0]).toMatchObject({ name: 'Miel', qty: 1, amount: 450 });
		expect(d2.conflicts.map((c) => c.kind)).toContain('aboveQuantity');
	});

	it('flags a cancellation merged with a refund, and restocks each unit once', async () => {
		const { a, b } = await pair();
		const id = await jars(a, b, { paid: false });
		expect((await a.actions.cancelOrder(id)).ok).toBe(true);
		await b.actions.setPaymentStatus({ id, status: 'paid' });
		await b.actions.refundLines({ id, request: { lines: [{ sku: 'JAR', qty: 2 }] } });
		await sync(a, b);
		const d = a.queries.getOrder(id)!;
		expect(d.conflicts.map((c) => c.kind)).toEqual(['cancelledAndRefunded']);
		expect(d.refunded).toBe(900);
		// Sold 3, back 3 (2 by the refund, 1 by the cancellation): never 5.
		expect(stockLevel(a.doc, 'JAR')).toBe(10);
		expect(stockLevel(b.doc, 'JAR')).toBe(10);
	});

	it('keeps a payment merged with a cancellation paid, counted and refundable', async () => {
		const { a, b } = await pair();
		const id = await jars(a, b, { paid: false });
		await a.actions.cancelOrder(id);
		await b.actions.setPaymentStatus({ id, status: 'paid' });
		await sync(a, b);
		const d = a.queries.getOrder(id)!;
		expect(d.order.paymentStatus).toBe('paid');
		expect(d.paid).toBe(1350);
		expect(d.conflicts.map((c) => c.kind)).toEqual(['cancelledButPaid']);
		const rows = await a.queries.listOrders({ paymentStatus: ['paid'] });
		expect(rows.rows.map((r) => r.id)).toContain(id);
		// The cancellation put the jars back: a refund cannot restock them a second time.
		const refund = await a.actions.refundLines({ id, request: { whole: true } });
		expect(refund.ok && refund.value.amount).toBe(1350);
		expect(stockLevel(a.doc, 'JAR')).toBe(10);
	});

	it('keeps credit-note numbers where they were when a late refund with an earlier clock arrives', async () => {
		const { a, b } = await pair();
		const id = await jars(a, b);
		const first = await a.actions.refundLines({ id, request: oneJar });
		const before = a.queries.getOrder(id)!.refunds.map((e) => e.number);
		// B's clock is an hour behind: its refund is dated before A's.
		const late = await b.actions.refundLines({ id, request: oneJar });
		await sync(a, b);
		const after = a.queries.getOrder(id)!.refunds;
		expect(after[0]!.id).toBe(late.ok && late.value.refundId);
		expect(after.find((e) => e.id === (first.ok && first.value.refundId))!.number).toEqual(
			before[0]
		);
	});

	it('refunds a free amount beside units, records the method, and refuses more than was paid', async () => {
		const { a, b } = await pair();
		const id = await jars(a, b);
		const r = await a.actions.refundLines({
			id,
			request: { free: 200, reason: 'Pot fêlé', method: 'Espèces' }
		});
		expect(r.ok && r.value.amount).toBe(200);
		const d = a.queries.getOrder(id)!;
		expect(d.refunded).toBe(200);
		expect(d.order.paymentStatus).toBe('partially_refunded');
		expect(d.refunds[0]).toMatchObject({ free: 200, method: 'Espèces', reason: 'Pot fêlé' });
		expect(d.refunds[0]!.vat.reduce((n, v) => n + v.gross, 0)).toBe(200);
		const tooMuch = await a.actions.refundLines({ id, request: { whole: true, free: 1 } });
		expect(tooMuch).toEqual({
			ok: false,
			error: { code: 'refund.aboveRemaining', params: { refundable: '11.50' } }
		});
		expect(a.queries.getOrder(id)!.refunded).toBe(200);
	});

	it('two offline counts of one shelf give the shelf’s number, not the sum', async () => {
		const { a, b } = await pair(8);
		expect((await a.actions.countStock({ sku: 'JAR', counted: 10 })).ok).toBe(true);
		expect((await b.actions.countStock({ sku: 'JAR', counted: 10 })).ok).toBe(true);
		await sync(a, b);
		for (const s of [a, b]) {
			expect(stockLevel(s.doc, 'JAR')).toBe(10);
			expect((await s.queries.listProducts({ search: 'JAR' }))[0]!.level).toBe(10);
			const ledger = await s.queries.stockMovements('JAR');
			expect(ledger.reduce((n, m) => n + m.qty, 0)).toBe(10);
		}
	});

	it('a count plus the movements it had not seen: a sale made elsewhere still counts once', async () => {
		const { a, b } = await pair(8);
		// B sells 3 jars offline; A counts 10 on the shelf without having seen that sale.
		await jars(b, b);
		await a.actions.countStock({ sku: 'JAR', counted: 10 });
		await sync(a, b);
		expect(stockLevel(a.doc, 'JAR')).toBe(7);
		// A later count that saw everything holds: 6, whatever came before.
		await b.actions.countStock({ sku: 'JAR', counted: 6 });
		await sync(a, b);
		expect(stockLevel(a.doc, 'JAR')).toBe(6);
		expect((await a.queries.listProducts({ search: 'JAR' }))[0]!.level).toBe(6);
	});

	it('flags a (series, n) two devices gave offline before anything is printed', async () => {
		const { a, b } = await pair();
		// Series drawn by default differ; two sellers picking "A" offline do not.
		expect(a.queries.device('device-a').series).not.toBe(b.queries.device('device-b').series);
		expect((await a.actions.registerDevice({ series: 'A' })).ok).toBe(true);
		expect((await b.actions.registerDevice({ series: 'A' })).ok).toBe(true);
		const x = await jars(a, a);
		const y = await jars(b, b);
		expect(a.queries.getOrder(x)!.conflicts).toEqual([]);
		await sync(a, b);
		for (const id of [x, y]) {
			const d = a.queries.getOrder(id)!;
			expect(d.displayNumber).toBe('A-1');
			expect(d.conflicts.map((c) => c.kind)).toEqual(['duplicateNumber']);
		}
	});

	it('a draft placed on two devices keeps one number and lists the other as voided', async () => {
		const { a, b } = await pair();
		const draft = await a.actions.saveDraft({
			input: { lines: [{ sku: 'JAR', name: 'Miel', quantity: 1, unitPrice: 450 }] }
		});
		if (!draft.ok) throw new Error(draft.error.code);
		await sync(a, b);
		const onA = await a.actions.placeDraft(draft.value.id);
		const onB = await b.actions.placeDraft(draft.value.id);
		await sync(a, b);
		const given = [onA, onB].map((r) =>
			r.ok ? `${r.value.number!.series}-${r.value.number!.n}` : ''
		);
		for (const s of [a, b]) {
			const { order } = s.queries.getOrder(draft.value.id)!;
			const kept = `${order.number!.series}-${order.number!.n}`;
			const voided = order.voidedNumbers.map((n) => `${n.series}-${n.n}`);
			expect([kept, ...voided].sort()).toEqual([...given].sort());
		}
		// Neither number is given again: each device's next order takes the next one.
		const next = await a.actions.createOrder({
			lines: [{ sku: 'JAR', name: 'Miel', quantity: 1, unitPrice: 450 }]
		});
		expect(next.ok && next.value.number?.n).toBe(2);
	});

	it('the invoice is issued once: every later copy, on any device, is a duplicate', async () => {
		const { a, b } = await pair();
		const id = await jars(a, b);
		expect(await a.actions.issueInvoice(id)).toEqual({ ok: true, value: { duplicate: false } });
		expect(await a.actions.issueInvoice(id)).toEqual({ ok: true, value: { duplicate: true } });
		await sync(a, b);
		expect(await b.actions.issueInvoice(id)).toEqual({ ok: true, value: { duplicate: true } });
		expect(b.queries.getOrder(id)!.order.invoiceIssuedAt).toBeGreaterThan(0);
	});
});
