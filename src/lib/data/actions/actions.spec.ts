import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../store/store';
import { openTestStore, sampleOrder, testClock } from '../store/testing';

const stores: Store[] = [];
afterEach(async () => {
	await Promise.all(stores.splice(0).map((s) => s.destroy()));
});

async function setup() {
	const clock = testClock();
	const store = await openTestStore({ clock });
	stores.push(store);
	await store.actions.upsertProduct({ sku: 'MUG', name: 'Tasse', price: 1250, openingStock: 10 });
	await store.actions.upsertProduct({ sku: 'EBOOK', name: 'Livre PDF', price: 900, digital: true });
	const created = await store.actions.createOrder(sampleOrder());
	if (!created.ok) throw new Error(created.error.code);
	return { store, clock, id: created.value.id, a: store.actions, q: store.queries };
}

/** Runs a refused action and checks the code and that neither the CRDT nor the index changed. */
async function expectRefused(store: Store, run: () => Promise<{ ok: boolean }>, code: string) {
	const before = Y.encodeStateAsUpdate(store.doc);
	const rows = await store.index.orders.toArray();
	const products = await store.index.products.toArray();
	const result = (await run()) as { ok: boolean; error?: { code: string } };
	expect(result.ok).toBe(false);
	expect(result.error?.code).toBe(code);
	expect(Y.encodeStateAsUpdate(store.doc)).toEqual(before);
	expect(await store.index.orders.toArray()).toEqual(rows);
	expect(await store.index.products.toArray()).toEqual(products);
}

const level = async (store: Store, sku: string) =>
	(await store.queries.listProducts()).find((p) => p.sku === sku)?.level;

describe('orders', () => {
	it('starts awaiting payment and awaiting processing, numbered in this device’s series', async () => {
		const { q, id, a } = await setup();
		const d = q.getOrder(id)!;
		expect(d.order.paymentStatus).toBe('awaiting_payment');
		expect(d.order.fulfilmentStatus).toBe('awaiting_processing');
		expect(d.order.number?.n).toBe(1);
		const second = await a.createOrder(sampleOrder());
		expect(second.ok && second.value.number?.n).toBe(2);
		expect(d.displayNumber).toBe(`${d.order.number?.series}-1`);
	});

	it('starts a zero-total order with the store’s default status', async () => {
		const { a, q } = await setup();
		const free = sampleOrder({ shippingFee: 0, discount: { kind: 'percent', percent: 10000 } });
		const r1 = await a.createOrder(free);
		expect(r1.ok && q.getOrder(r1.value.id)?.order.paymentStatus).toBe('paid');
		await a.updateSettings({ orders: { zeroTotalStatus: 'awaiting_payment' } });
		const r2 = await a.createOrder(free);
		expect(r2.ok && q.getOrder(r2.value.id)?.order.paymentStatus).toBe('awaiting_payment');
	});

	it('refuses bad input and changes nothing', async () => {
		const { store, a } = await setup();
		const bad = sampleOrder({
			lines: [{ sku: 'MUG', name: 'Tasse', quantity: -1, unitPrice: 1250 }]
		});
		await expectRefused(store, () => a.createOrder(bad), 'quantity.negative');
		await expectRefused(
			store,
			() => a.createOrder(sampleOrder({ customer: { email: 'pas-un-email' } })),
			'email.invalid'
		);
	});

	it('editing quantities adjusts stock; removing a line returns it', async () => {
		const { a, q, store, id } = await setup();
		expect(await level(store, 'MUG')).toBe(8);
		const line = q.getOrder(id)!.order.lines[0]!;
		const r = await a.editOrder({ id, input: sampleOrder({ lines: [{ ...line, quantity: 5 }] }) });
		expect(r.ok && r.value.changed).toEqual(['lines']);
		expect(await level(store, 'MUG')).toBe(5);
		const custom = { custom: true, name: 'Retouche', quantity: 1, unitPrice: 300 };
		await a.editOrder({ id, input: sampleOrder({ lines: [custom] }) });
		expect(await level(store, 'MUG')).toBe(10);
		expect(q.getOrder(id)!.activity.map((e) => e.kind)).toEqual(['created', 'edited', 'edited']);
	});

	it('keeps drafts out of stock and numbering until placed; old drafts are abandoned carts', async () => {
		const { a, q, store, clock } = await setup();
		const draft = await a.saveDraft({ input: sampleOrder() });
		expect(draft.ok && draft.value.number).toBe(null);
		expect(await level(store, 'MUG')).toBe(8);
		expect((await q.listOrders({ view: 'drafts' })).rows).toHaveLength(1);
		expect((await q.listOrders({ view: 'abandoned' })).rows).toHaveLength(0);
		clock.advance(25 * 3_600_000);
		expect((await q.listOrders({ view: 'abandoned' })).rows).toHaveLength(1);
		if (!draft.ok) return;
		const placed = await a.placeDraft(draft.value.id);
		expect(placed.ok && placed.value.number?.n).toBe(2);
		expect(await level(store, 'MUG')).toBe(6);
		await expectRefused(store, () => a.placeDraft(draft.value.id), 'order.notDraft');
	});
});

describe('statuses, refunds and cancellation', () => {
	it('refunds partially then fully; a refunded order cannot be marked paid again', async () => {
		const { a, q, store, id } = await setup();
		await expectRefused(
			store,
			() => a.refundLines({ id, request: { whole: true } }),
			'refund.notPaid'
		);
		expect((await a.setPaymentStatus({ id, status: 'paid' })).ok).toBe(true);
		const part = await a.refundLines({ id, request: { lines: [{ sku: 'MUG', qty: 1 }] } });
		expect(part).toMatchObject({ ok: true, value: { amount: 1250 } });
		expect(q.getOrder(id)!.order.paymentStatus).toBe('partially_refunded');
		expect(await level(store, 'MUG')).toBe(9);
		await expectRefused(
			store,
			() => a.refundLines({ id, request: { lines: [{ sku: 'MUG', qty: 2 }] } }),
			'refund.abovePaid'
		);
		await expectRefused(
			store,
			() => a.refundLines({ id, request: { lines: [{ sku: 'NOPE', qty: 1 }] } }),
			'refund.unknownLine'
		);
		const rest = await a.refundLines({
			id,
			request: { lines: [{ sku: 'MUG', qty: 1, restock: false }], shipping: true }
		});
		expect(rest).toMatchObject({ ok: true, value: { amount: 1250 + 590 } });
		const d = q.getOrder(id)!;
		expect(d.order.paymentStatus).toBe('refunded');
		expect(d.refunded).toBe(d.totals.total);
		expect(await level(store, 'MUG')).toBe(9);
		await expectRefused(
			store,
			() => a.setPaymentStatus({ id, status: 'paid' }),
			'status.refundedLocked'
		);
		expect(d.nextFulfilment).toContain('will_not_deliver');
	});

	it('cancelling returns unshipped stock; paid orders are refunded instead', async () => {
		const { a, q, store, id } = await setup();
		expect((await a.cancelOrder(id)).ok).toBe(true);
		expect(q.getOrder(id)!.order.paymentStatus).toBe('cancelled');
		expect(await level(store, 'MUG')).toBe(10);
		await expectRefused(store, () => a.cancelOrder(id), 'cancel.notAllowed');
		expect((await a.setFulfilmentStatus({ id, status: 'will_not_deliver' })).ok).toBe(true);
	});

	it('delivers digital-only orders once paid', async () => {
		const { a, q } = await setup();
		const r = await a.createOrder(
			sampleOrder({
				lines: [{ sku: 'EBOOK', name: 'Livre', quantity: 1, unitPrice: 900, digital: true }]
			})
		);
		if (!r.ok) throw new Error();
		await a.setPaymentStatus({ id: r.value.id, status: 'paid' });
		expect(q.getOrder(r.value.id)!.order.fulfilmentStatus).toBe('delivered');
	});

	it('refuses "will not deliver" for a paid order and unknown statuses', async () => {
		const { a, store, id } = await setup();
		await a.setPaymentStatus({ id, status: 'paid' });
		await expectRefused(
			store,
			() => a.setFulfilmentStatus({ id, status: 'will_not_deliver' }),
			'status.willNotDeliverNeedsCancel'
		);
		await expectRefused(
			store,
			() => a.setFulfilmentStatus({ id, status: 'teleported' }),
			'status.unknown'
		);
		await expectRefused(
			store,
			() => a.setPaymentStatus({ id: 'nope', status: 'paid' }),
			'order.unknown'
		);
	});
});

describe('organising orders', () => {
	it('archives, tags, notes, messages and tracking, each logged', async () => {
		const { a, q, store, id } = await setup();
		await expectRefused(
			store,
			() => a.tagOrders({ ids: [id], tagId: 'vip', on: true }),
			'tag.unknown'
		);
		await a.upsertTag({ id: 'vip', name: 'VIP', colour: '#b8860b' });
		await a.tagOrders({ ids: [id], tagId: 'vip', on: true });
		await a.addNote({ id, text: 'Client fidèle' });
		await a.addMessage({ id, text: 'Merci !', from: 'customer' });
		await expectRefused(
			store,
			() => a.setTracking({ id, tracking: { number: '6A123', url: 'ftp://x' } }),
			'url.invalid'
		);
		await a.setTracking({
			id,
			tracking: { number: '6A123', carrier: 'La Poste', url: 'https://laposte.fr/6A123' }
		});
		await expectRefused(store, () => a.archiveOrders([id, 'missing']), 'order.unknown');
		await a.archiveOrders([id]);
		const d = q.getOrder(id)!;
		expect(d.order.tags).toEqual(['vip']);
		expect(d.order.notes[0]?.text).toBe('Client fidèle');
		expect(d.order.messages[0]?.from).toBe('customer');
		expect(d.activity.map((e) => e.kind)).toEqual([
			'created',
			'tagged',
			'note',
			'message',
			'tracking',
			'archived'
		]);
		expect((await q.listOrders()).rows).toHaveLength(0);
		expect((await q.listOrders({ view: 'archived', tag: 'vip' })).rows.map((r) => r.id)).toEqual([
			id
		]);
		expect((await q.listOrders({ view: 'archived', search: 'fidele' })).rows).toHaveLength(1);
		await a.unarchiveOrders([id]);
		expect((await q.listOrders()).rows).toHaveLength(1);
	});
});

describe('stock, catalogue and settings', () => {
	it('adjusts and counts stock; a count is stored as the difference', async () => {
		const { a, q, store } = await setup();
		await expectRefused(store, () => a.adjustStock({ sku: 'NOPE', delta: 3 }), 'product.unknown');
		await expectRefused(
			store,
			() => a.adjustStock({ sku: 'MUG', delta: 0 }),
			'stock.zeroAdjustment'
		);
		await expectRefused(
			store,
			() => a.countStock({ sku: 'MUG', counted: -2 }),
			'quantity.negative'
		);
		await a.adjustStock({ sku: 'MUG', delta: 5, note: 'Livraison' });
		expect(await level(store, 'MUG')).toBe(13);
		const counted = await a.countStock({ sku: 'MUG', counted: 11 });
		expect(counted.ok && counted.value.qty).toBe(-2);
		expect(await level(store, 'MUG')).toBe(11);
		const ledger = await q.stockMovements('MUG');
		expect(ledger.map((m) => m.kind)).toEqual(['opening', 'sale', 'adjustment', 'count']);
		expect(ledger.reduce((s, m) => s + m.qty, 0)).toBe(11);
	});

	it('flags a product sold below zero as oversold', async () => {
		const { a, q } = await setup();
		await a.createOrder(
			sampleOrder({ lines: [{ sku: 'MUG', name: 'Tasse', quantity: 9, unitPrice: 1250 }] })
		);
		expect((await q.listProducts({ oversold: true })).map((p) => [p.sku, p.level])).toEqual([
			['MUG', -1]
		]);
	});

	it('only raises the next order number', async () => {
		const { a, store } = await setup();
		expect((await a.raiseNextNumber(1006)).ok).toBe(true);
		await expectRefused(store, () => a.raiseNextNumber(1000), 'numbering.lower');
		const r = await a.createOrder(sampleOrder());
		expect(r.ok && r.value.number?.n).toBe(1006);
	});

	it('remembers customers from orders and validates customer input', async () => {
		const { a, q, store } = await setup();
		expect(q.getCustomer('LEA@exemple.fr')).toMatchObject({ name: 'Léa Martin' });
		await expectRefused(store, () => a.upsertCustomer({ email: 'x@' }), 'email.invalid');
		await expectRefused(
			store,
			() => a.updateSettings({ money: { currency: 'euro' } }),
			'currency.invalid'
		);
	});
});
