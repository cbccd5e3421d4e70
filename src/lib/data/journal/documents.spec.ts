/** Documents in the journal: an invoice or credit note issued once, then reprints, on any device. */
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { readEntry } from '../../domain/journal/chain';
import type { JournalRecord } from '../../domain/journal/record';
import type { Store } from '../store/store';
import { openTestStore, sampleOrder } from '../store/testing';
import { journalMap } from './layout';
import { verifyStoreJournal } from './read';

const stores: Store[] = [];
afterEach(async () => {
	await Promise.all(stores.splice(0).map((s) => s.destroy()));
});

async function open(deviceId: string) {
	const s = await openTestStore({ deviceId, persistence: 'memory' });
	stores.push(s);
	return s;
}

function records(store: Store): JournalRecord[] {
	return [...journalMap(store.doc).values()]
		.map((line) => readEntry(line)!.record)
		.sort((a, b) => a.device.localeCompare(b.device) || a.seq - b.seq);
}

const documents = (store: Store) =>
	records(store)
		.filter((r) => ['invoice', 'credit-note', 'reprint'].includes(r.kind))
		.map((r) => ({ kind: r.kind, ref: r.ref, ...r.info }) as Record<string, unknown>);

async function paidOrder(store: Store) {
	const r = await store.actions.createOrder(sampleOrder({ paymentMethod: 'Carte' }));
	if (!r.ok) throw new Error(r.error.code);
	await store.actions.setPaymentStatus({ id: r.value.id, status: 'paid' });
	return r.value;
}

describe('documents in the journal', () => {
	it('journals the first invoice as issued and every later copy as a reprint', async () => {
		const a = await open('till-a');
		const { id, number } = await paidOrder(a);
		const total = a.queries.getOrder(id)!.totals.total;
		expect(documents(a)).toEqual([]);

		const first = await a.actions.issueInvoice(id);
		expect(first.ok && first.value.duplicate).toBe(false);
		const n = `${number!.series}-${number!.n}`;
		const issued = { document: 'invoice', number: n, ref: id, refund: '', total };
		expect(documents(a)).toEqual([{ kind: 'invoice', ...issued }]);

		const again = await a.actions.issueInvoice(id);
		expect(again.ok && again.value.duplicate).toBe(true);
		expect(documents(a)).toEqual([
			{ kind: 'invoice', ...issued },
			{ kind: 'reprint', ...issued }
		]);

		// Another device that holds the order prints a copy: a reprint in its own chain.
		const b = await open('till-b');
		Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc), 'peer');
		await b.flush();
		const onB = await b.actions.issueInvoice(id);
		expect(onB.ok && onB.value.duplicate).toBe(true);
		const mine = records(b).filter((r) => r.device === 'till-b');
		expect(mine.map((r) => r.kind)).toEqual(['reprint']);
		expect(verifyStoreJournal(b.doc).problems).toEqual([]);
	});

	it('issues the invoices of a batch PDF in one action: originals, reprints, drafts left out', async () => {
		const a = await open('till-a');
		const printed = await paidOrder(a);
		const fresh = await paidOrder(a);
		const draft = await a.actions.saveDraft({ input: sampleOrder() });
		if (!draft.ok) throw new Error(draft.error.code);
		await a.actions.issueInvoice(printed.id);
		const batch = await a.actions.issueInvoices([printed.id, fresh.id, draft.value.id]);
		expect(batch.ok && batch.value).toEqual({
			issued: [printed.id, fresh.id],
			duplicates: [printed.id]
		});
		expect(documents(a).map((d) => [d.kind, d.ref])).toEqual([
			['invoice', printed.id],
			['reprint', printed.id],
			['invoice', fresh.id]
		]);
		// Each invoice is frozen as printed, and a second batch gives only copies.
		expect(a.queries.getOrder(fresh.id)!.order.issuedInvoices).toHaveLength(1);
		const again = await a.actions.issueInvoices([fresh.id]);
		expect(again.ok && again.value.duplicates).toEqual([fresh.id]);
		expect(verifyStoreJournal(a.doc).problems).toEqual([]);
	});

	it('journals a copy of an invoice cancelled by a correction as a reprint under its own number', async () => {
		const a = await open('till-a');
		const { id, number } = await paidOrder(a);
		const old = a.queries.getOrder(id)!.order.issuedInvoices[0]!;
		const order = a.queries.getOrder(id)!.order;
		const lines = order.lines.map((l, i) => (i === 0 ? { ...l, quantity: l.quantity + 1 } : l));
		const fixed = await a.actions.editOrder({
			id,
			input: { ...order, lines },
			correctInvoice: true
		});
		if (!fixed.ok) throw new Error(fixed.error.code);
		const copy = await a.actions.recordDocument({
			kind: 'replaced-invoice',
			orderId: id,
			invoiceId: old.id
		});
		expect(copy.ok && copy.value.duplicate).toBe(true);
		const reprints = documents(a).filter((d) => d.kind === 'reprint');
		expect(reprints).toEqual([
			{
				kind: 'reprint',
				document: 'invoice',
				ref: id,
				number: `${number!.series}-${number!.n}`,
				refund: '',
				total: old.content.total
			}
		]);
		const unknown = await a.actions.recordDocument({
			kind: 'replaced-invoice',
			orderId: id,
			invoiceId: 'nope'
		});
		expect(unknown.ok).toBe(false);
	});

	it('journals a credit note once, then its copies as reprints; a refund unknown is refused', async () => {
		const a = await open('till-a');
		const { id } = await paidOrder(a);
		const refund = await a.actions.refundLines({
			id,
			request: { lines: [{ sku: 'MUG', qty: 1 }] }
		});
		if (!refund.ok) throw new Error(refund.error.code);
		const { refundId, amount } = refund.value;
		const note = { kind: 'credit-note' as const, orderId: id, refundId };

		const first = await a.actions.recordDocument(note);
		expect(first.ok && first.value.duplicate).toBe(false);
		const second = await a.actions.recordDocument(note);
		expect(second.ok && second.value.duplicate).toBe(true);
		const entries = documents(a);
		expect(entries.map((e) => [e.kind, e.document, e.refund, e.total])).toEqual([
			['credit-note', 'credit-note', refundId, -amount],
			['reprint', 'credit-note', refundId, -amount]
		]);

		const unknown = await a.actions.recordDocument({ ...note, refundId: 'nope' });
		expect(unknown.ok).toBe(false);
		expect(documents(a)).toHaveLength(2);
		expect(verifyStoreJournal(a.doc).problems).toEqual([]);
	});
});
