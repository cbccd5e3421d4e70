/**
 * Documents in the journal: the first copy of an invoice or a credit note is its issue, every
 * later copy (on any device) a reprint, marked "Duplicata" on paper. An invoice's first copy is
 * known from the order (`invoiceIssued`); a credit note's from the journal itself, which every
 * device copies.
 */
import type { Order } from '../../domain/order';
import { refundEvents } from '../../domain/refund-events';
import { computeTotals } from '../../domain/totals';
import type { ActionContext } from '../crdt/context';
import { journal } from './append';
import { documentEvent } from './events';
import { journalMap } from './layout';

/** Which document: an invoice, or the credit note of one refund. */
export type IssuedDocument = { kind: 'invoice' } | { kind: 'credit-note'; refundId: string };

const numberOf = (order: Order) => (order.number ? `${order.number.series}-${order.number.n}` : '');

/** True when a credit note of this refund is already in the journal (on any device). */
export function creditNoteIssued(ctx: ActionContext, o: { orderId: string; refundId: string }) {
	const ref = JSON.stringify(o.orderId);
	const refund = JSON.stringify(o.refundId);
	for (const line of journalMap(ctx.doc).values()) {
		// A cheap text test first: parsing every entry at each print would cost more.
		if (typeof line !== 'string' || !line.includes(`"refund":${refund}`)) continue;
		if (line.includes(`"ref":${ref}`) && /"kind":"(credit-note|reprint)"/.test(line)) return true;
	}
	return false;
}

/** Appends the issue (or, for a copy, the reprint) of an order's document; call inside a write. */
export function journalDocument(
	ctx: ActionContext,
	o: {
		order: Order;
		document: IssuedDocument;
		duplicate: boolean;
		number?: string;
		total?: number;
	}
): void {
	const { order, document } = o;
	const refund =
		document.kind === 'credit-note'
			? refundEvents(order).find((e) => e.id === document.refundId)
			: undefined;
	const total =
		o.total ?? (document.kind === 'invoice' ? computeTotals(order).total : -(refund?.amount ?? 0));
	const event = documentEvent(ctx.now(), {
		kind: o.duplicate ? 'reprint' : document.kind,
		document: document.kind,
		orderId: order.id,
		number: o.number ?? numberOf(order),
		refund: document.kind === 'credit-note' ? document.refundId : '',
		total
	});
	journal(ctx, event);
}
