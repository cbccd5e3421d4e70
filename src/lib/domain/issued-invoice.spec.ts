import { describe, expect, it } from 'vitest';
import { orderFixture } from './fixtures';
import { invoiceContent } from './invoice-content';
import {
	currentInvoice,
	invoiceConflicts,
	isInvoiced,
	liveInvoices,
	readIssuedInvoice,
	type IssuedInvoice
} from './issued-invoice';
import type { Order } from './order';
import { defaultSettings } from './settings';

const base = orderFixture({
	number: { series: 'K7QMP', n: 1, deviceId: 'a' },
	basePaymentStatus: 'awaiting_payment'
});

function issued(o: { id: string; order?: Order; n?: number; replaces?: string; at?: number }) {
	const n = o.n ?? 1;
	const order = o.order ?? base;
	return readIssuedInvoice(o.id, {
		number: { series: 'K7QMP', n, deviceId: 'a' },
		at: o.at ?? n,
		deviceId: 'a',
		replaces: o.replaces ?? null,
		creditNote: o.replaces ? { series: 'K7QMP', n: 1, deviceId: 'a' } : null,
		content: invoiceContent({ order, settings: defaultSettings, number: `K7QMP-${n}` })
	})!;
}

const withInvoices = (list: IssuedInvoice[], over: Partial<Order> = {}): Order => ({
	...base,
	...over,
	issuedInvoices: list
});

describe('issued invoices', () => {
	it('reads what any peer wrote without throwing; junk is no invoice', () => {
		for (const junk of [null, 3, 'x', {}, { number: { series: 'A', n: 0 }, content: {} }])
			expect(readIssuedInvoice('x', junk)).toBe(null);
		expect(issued({ id: 'i1' }).content.number).toBe('K7QMP-1');
	});

	it('a paid or printed order is invoiced; a draft or an unpaid, unprinted order is not', () => {
		expect(isInvoiced(base)).toBe(false);
		expect(isInvoiced({ ...base, basePaymentStatus: 'paid', paymentStatus: 'paid' })).toBe(true);
		expect(isInvoiced({ ...base, invoiceIssuedAt: 5 })).toBe(true);
		expect(isInvoiced({ ...base, draft: true, invoiceIssuedAt: 5 })).toBe(false);
	});

	it('the current invoice is the one no correction replaced', () => {
		const first = issued({ id: 'i1' });
		const second = issued({ id: 'i2', n: 2, replaces: 'i1' });
		const order = withInvoices([first, second]);
		expect(currentInvoice(order)!.id).toBe('i2');
		expect(invoiceConflicts(order)).toEqual([]);
	});

	it('flags one invoice corrected twice, one number frozen twice differently, and lines changed after', () => {
		const first = issued({ id: 'i1' });
		const twice = withInvoices([
			first,
			issued({ id: 'i2', n: 2, replaces: 'i1' }),
			issued({ id: 'i3', n: 3, replaces: 'i1' })
		]);
		expect(liveInvoices(twice).map((i) => i.id)).toEqual(['i2', 'i3']);
		expect(invoiceConflicts(twice).map((c) => c.kind)).toEqual(['invoiceCorrectedTwice']);

		const edited = { ...base, lines: base.lines.map((l) => ({ ...l, quantity: l.quantity + 1 })) };
		const other = issued({ id: 'i0', order: edited, at: 9 });
		const diverged = withInvoices([first, other]);
		expect(currentInvoice(diverged)!.id).toBe('i1');
		expect(invoiceConflicts(diverged).map((c) => c.kind)).toEqual(['invoiceDiverged']);

		const after = withInvoices([first], { lines: edited.lines });
		expect(invoiceConflicts(after)).toEqual([{ kind: 'editedAfterInvoice', numbers: ['K7QMP-1'] }]);
	});
});
