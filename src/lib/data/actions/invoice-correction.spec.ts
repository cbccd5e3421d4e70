/** Issued invoices never change: frozen when invoiced, corrected by a credit note and a new invoice. */
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { currentInvoice } from '../../domain/issued-invoice';
import { readEntry } from '../../domain/journal/chain';
import { paymentBalance } from '../../domain/payment';
import { paidAmount } from '../../domain/order-money';
import { refundableAmount } from '../../domain/refund';
import { computeTotals } from '../../domain/totals';
import { journalMap } from '../journal/layout';
import { defaultSettings } from '../../domain/settings';
import { creditNotes } from '../../paper/credit-note';
import { invoiceData, issuedInvoiceData } from '../../paper/documents';
import { replacedInvoices } from '../../paper/invoice-correction';
import { maps } from '../crdt/schema';
import type { Store } from '../store/store';
import { openTestStore, sampleOrder, testClock } from '../store/testing';

const stores: Store[] = [];
afterEach(async () => {
	await Promise.all(stores.splice(0).map((s) => s.destroy()));
});

async function open(deviceId = 'device-a', seed = 1) {
	const s = await openTestStore({ deviceId, seed, persistence: 'memory', clock: testClock() });
	stores.push(s);
	return s;
}

async function sync(a: Store, b: Store) {
	Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)), 'peer');
	Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)), 'peer');
	await Promise.all([a.flush(), b.flush()]);
}

async function paidOrder(store: Store): Promise<string> {
	const r = await store.actions.createOrder(sampleOrder());
	if (!r.ok) throw new Error(r.error.code);
	await store.actions.setPaymentStatus({ id: r.value.id, status: 'paid' });
	return r.value.id;
}

/** The order's edit input with its first line's quantity set to `qty`. */
function withQuantity(store: Store, id: string, qty: number) {
	const order = store.queries.getOrder(id)!.order;
	return { ...order, lines: order.lines.map((l, i) => (i === 0 ? { ...l, quantity: qty } : l)) };
}

const paper = (store: Store, id: string) => {
	const d = store.queries.getOrder(id)!;
	return { order: d.order, displayNumber: d.displayNumber, settings: defaultSettings };
};

describe('issued invoices', () => {
	it('freezes the invoice when the order is paid; other edits leave it as printed', async () => {
		const a = await open();
		const id = await paidOrder(a);
		const frozen = currentInvoice(a.queries.getOrder(id)!.order)!;
		expect(frozen.content.number).toBe(a.queries.getOrder(id)!.displayNumber);
		expect(frozen.content.total).toBe(2 * 1250 + 590);
		const order = a.queries.getOrder(id)!.order;
		const edited = await a.actions.editOrder({
			id,
			input: {
				...order,
				customer: { ...order.customer, name: 'Léa Dupont' },
				customerComments: 'x'
			}
		});
		expect(edited.ok && edited.value.corrected).toBe(null);
		const after = a.queries.getOrder(id)!.order;
		expect(after.customer.name).toBe('Léa Dupont');
		expect(after.issuedInvoices).toHaveLength(1);
		expect(invoiceData(paper(a, id)).customer.name).toBe('Léa Martin');
		expect(invoiceData(paper(a, id))).toEqual(frozen.content);
	});

	it('refuses to change the lines of an invoiced order without the seller confirming', async () => {
		const a = await open();
		const id = await paidOrder(a);
		const before = Y.encodeStateVector(a.doc);
		const r = await a.actions.editOrder({ id, input: withQuantity(a, id, 3) });
		expect(r.ok ? null : r.error).toEqual({
			code: 'order.invoiced',
			params: { number: a.queries.getOrder(id)!.displayNumber }
		});
		expect(Y.encodeStateVector(a.doc)).toEqual(before);
		expect(a.queries.getOrder(id)!.order.lines[0]!.quantity).toBe(2);
	});

	it('a confirmed change issues a credit note for the old invoice and a new invoice, in one action', async () => {
		const a = await open();
		const id = await paidOrder(a);
		const old = currentInvoice(a.queries.getOrder(id)!.order)!;
		const r = await a.actions.editOrder({
			id,
			input: withQuantity(a, id, 3),
			correctInvoice: true
		});
		if (!r.ok) throw new Error(r.error.code);
		const detail = a.queries.getOrder(id)!;
		const series = old.number.series;
		expect(r.value.corrected).toEqual({
			cancelled: `${series}-1`,
			creditNote: `${series}-A1`,
			invoice: `${series}-2`
		});
		const now = currentInvoice(detail.order)!;
		expect(now.replaces).toBe(old.id);
		expect(now.content.lines[0]!.quantity).toBe(3);
		expect(now.content.total).toBe(3 * 1250 + 590);
		// The new invoice's first copy is an original, the next ones duplicates.
		const printed = [await a.actions.issueInvoice(id), await a.actions.issueInvoice(id)];
		expect(printed.map((p) => p.ok && p.value.duplicate)).toEqual([false, true]);
		// The old invoice is as it was issued.
		expect(issuedInvoiceData(detail.order, old.id)).toEqual(old.content);
		const notes = creditNotes(paper(a, id));
		expect(notes.map((n) => [n.number, n.invoiceNumber, n.amount])).toEqual([
			[`${series}-A1`, `${series}-1`, 2 * 1250 + 590]
		]);
		expect(replacedInvoices(paper(a, id)).map((i) => [i.number, i.creditNote])).toEqual([
			[`${series}-1`, `${series}-A1`]
		]);
		// The next order and the next refund continue both series.
		const next = await a.actions.createOrder(sampleOrder());
		expect(next.ok && next.value.number?.n).toBe(3);
		// The third mug is a balance due; once paid, a refund continues the credit-note series.
		await a.actions.addPayment({ id, payment: { method: 'cash', amount: 1250 } });
		const refund = await a.actions.refundLines({
			id,
			request: { lines: [{ sku: 'MUG', qty: 1 }] }
		});
		expect(refund.ok && refund.value.number.n).toBe(2);
		expect(creditNotes(paper(a, id)).at(-1)!.invoiceNumber).toBe(`${series}-2`);
	});

	it('freezes an order invoiced before invoices were frozen from its content the first time it is needed', async () => {
		const a = await open();
		const id = await paidOrder(a);
		const map = maps(a.doc).orders.get(id)!;
		// As an older version left it: paid and printed, no frozen invoice.
		a.doc.transact(() => {
			for (const key of [...map.keys()]) if (key.startsWith('isn:')) map.delete(key);
			map.set('inv', { at: 1, deviceId: 'old' });
		});
		expect(a.queries.getOrder(id)!.order.issuedInvoices).toEqual([]);
		expect((await a.actions.editOrder({ id, input: withQuantity(a, id, 5) })).ok).toBe(false);
		const r = await a.actions.editOrder({
			id,
			input: withQuantity(a, id, 5),
			correctInvoice: true
		});
		expect(r.ok).toBe(true);
		const [first, second] = a.queries.getOrder(id)!.order.issuedInvoices;
		expect(first!.content.lines[0]!.quantity).toBe(2);
		expect(second!.content.lines[0]!.quantity).toBe(5);
	});

	it('two devices correcting one invoice offline give distinct numbers and a flag, never one number twice', async () => {
		const a = await open('device-a', 1);
		const b = await open('device-b', 2);
		const id = await paidOrder(a);
		await sync(a, b);
		const ra = await a.actions.editOrder({
			id,
			input: withQuantity(a, id, 3),
			correctInvoice: true
		});
		const rb = await b.actions.editOrder({
			id,
			input: withQuantity(b, id, 4),
			correctInvoice: true
		});
		if (!ra.ok || !rb.ok) throw new Error();
		await sync(a, b);
		expect(ra.value.corrected!.invoice).not.toBe(rb.value.corrected!.invoice);
		expect(ra.value.corrected!.creditNote).not.toBe(rb.value.corrected!.creditNote);
		const order = a.queries.getOrder(id)!.order;
		expect(b.queries.getOrder(id)!.order.issuedInvoices).toEqual(order.issuedInvoices);
		const numbers = order.issuedInvoices.map((i) => i.content.number);
		expect(new Set(numbers).size).toBe(3);
		const kinds = a.queries.getOrder(id)!.conflicts.map((c) => c.kind);
		expect(kinds).toContain('invoiceCorrectedTwice');
	});

	it('lines changed on a device that had not seen the payment are flagged; the invoice stays as paid', async () => {
		const a = await open('device-a', 1);
		const b = await open('device-b', 2);
		const created = await a.actions.createOrder(sampleOrder());
		if (!created.ok) throw new Error();
		const { id } = created.value;
		await sync(a, b);
		await a.actions.setPaymentStatus({ id, status: 'paid' });
		const edit = await b.actions.editOrder({ id, input: withQuantity(b, id, 7) });
		expect(edit.ok).toBe(true);
		await sync(a, b);
		const detail = a.queries.getOrder(id)!;
		expect(detail.order.lines[0]!.quantity).toBe(7);
		expect(currentInvoice(detail.order)!.content.lines[0]!.quantity).toBe(2);
		expect(detail.conflicts.map((c) => c.kind)).toContain('editedAfterInvoice');
		// Saving it in the editor with the seller's confirmation settles it.
		const settle = await a.actions.editOrder({
			id,
			input: withQuantity(a, id, 7),
			correctInvoice: true
		});
		expect(settle.ok).toBe(true);
		expect(a.queries.getOrder(id)!.conflicts.map((c) => c.kind)).not.toContain(
			'editedAfterInvoice'
		);
	});

	it('a correction never makes the new total paid: a higher total leaves a balance due, a lower one a refundable difference', async () => {
		const a = await open();
		// Marked paid by hand: 2 × 12,50 € + 5,90 € shipping = 30,90 € received.
		const id = await paidOrder(a);
		const up = await a.actions.editOrder({
			id,
			input: withQuantity(a, id, 3),
			correctInvoice: true
		});
		if (!up.ok) throw new Error(up.error.code);
		let order = a.queries.getOrder(id)!.order;
		expect(computeTotals(order).total).toBe(3 * 1250 + 590);
		expect(order.paymentStatus).toBe('awaiting_payment');
		const balance = paymentBalance({
			total: computeTotals(order).total,
			payments: order.payments ?? [],
			markedPaid: false
		});
		expect(balance).toEqual({ paid: 2 * 1250 + 590, due: 1250, progress: 'partly_paid' });
		// The balance is taken like any payment; the journal holds what was received, once.
		const rest = await a.actions.addPayment({ id, payment: { method: 'card', amount: 1250 } });
		expect(rest.ok && rest.value).toEqual({ paid: 3 * 1250 + 590, due: 0 });
		order = a.queries.getOrder(id)!.order;
		expect(order.paymentStatus).toBe('paid');
		const received = [...journalMap(a.doc).values()]
			.map((line) => readEntry(line)!.record)
			.filter((r) => r.kind === 'payment' && r.ref === id)
			.flatMap((r) => r.pay.map((p) => p.amount));
		expect(received.reduce((x, y) => x + y, 0)).toBe(3 * 1250 + 590);

		// Back down to one mug: the customer paid 43,40 €, the invoice now says 18,40 €.
		const down = await a.actions.editOrder({
			id,
			input: withQuantity(a, id, 1),
			correctInvoice: true
		});
		if (!down.ok) throw new Error(down.error.code);
		order = a.queries.getOrder(id)!.order;
		expect(computeTotals(order).total).toBe(1250 + 590);
		expect(order.paymentStatus).toBe('paid');
		expect(paidAmount(order)).toBe(3 * 1250 + 590);
		expect(refundableAmount(order)).toBe(3 * 1250 + 590);
	});
});
