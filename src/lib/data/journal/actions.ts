/** Journal actions: closing periods and recording credit notes issued or printed again. */
import { numberKey } from '../../domain/issued-invoice';
import { closingsOf, coveredTo, planClosing, type ClosingInfo } from '../../domain/journal/closing';
import { periodOf, type ClosingLevel } from '../../domain/journal/period';
import { refundEvents } from '../../domain/refund-events';
import { fail, ok, type Result } from '../../domain/result';
import { runAction, type ActionContext } from '../crdt/context';
import { loadOrder } from '../crdt/order-write';
import { journal } from './append';
import { creditNoteIssued, journalDocument } from './documents';
import { chainViews } from './views';

const levels: readonly ClosingLevel[] = ['day', 'month', 'year'];

/**
 * Closes every open period of `level` that holds events, oldest first, up to the current one
 * (or `period`), each with its own closing record. Resolves with the closings made.
 */
export function closePeriods(
	ctx: ActionContext,
	o: { level: unknown; period?: unknown }
): Promise<Result<ClosingInfo[]>> {
	return runAction(ctx, () => {
		const level = o.level as ClosingLevel;
		if (!levels.includes(level)) return fail('closing.level');
		const now = ctx.now();
		const target = typeof o.period === 'string' ? o.period : periodOf(level, now);
		const views = chainViews(ctx.doc);
		const existing = closingsOf(views, level);
		if (existing.some((c) => c.info.period >= target))
			return fail('closing.alreadyClosed', { period: target });
		const covered = coveredTo(existing);
		const pending = new Set<string>();
		for (const v of views) {
			for (const r of v.records) {
				if (r.seq <= (covered.get(v.device) ?? 0) || r.kind === 'closing') continue;
				const p = periodOf(level, r.at);
				if (p < target) pending.add(p);
			}
		}
		const periods = [...[...pending].sort(), target];
		const made: ClosingInfo[] = [];
		return ok({
			value: made,
			write: () => {
				for (const period of periods) {
					const plan = planClosing({ level, period, at: now, chains: chainViews(ctx.doc) });
					if (!plan.ok) continue;
					journal(ctx, plan.event);
					made.push(plan.info);
				}
			}
		});
	});
}

/**
 * Records that a credit note is being printed or downloaded: its first copy (on any device) is
 * journalled as issued, every later one as a reprint. Resolves with `duplicate: true` for a copy.
 * An invoice cancelled by a correction only ever prints as a copy: a reprint under its number.
 * (Invoices in force are journalled by `issueInvoice`, which knows their first copy.)
 */
export function recordDocument(
	ctx: ActionContext,
	o:
		| { kind: 'credit-note'; orderId: string; refundId: string }
		| { kind: 'replaced-invoice'; orderId: string; invoiceId: string }
): Promise<Result<{ duplicate: boolean }>> {
	return runAction(ctx, () => {
		const loaded = loadOrder(ctx, o.orderId);
		if (!loaded.ok) return loaded;
		const order = loaded.value.state.order;
		if (o.kind === 'replaced-invoice') {
			const issued = order.issuedInvoices.find((i) => i.id === o.invoiceId);
			if (!issued) return fail('document.kind');
			return ok({
				value: { duplicate: true },
				write: () =>
					journalDocument(ctx, {
						order,
						document: { kind: 'invoice' },
						duplicate: true,
						number: numberKey(issued),
						total: issued.content.total
					})
			});
		}
		if (o.kind !== 'credit-note' || typeof o.refundId !== 'string') return fail('document.kind');
		if (!refundEvents(order).some((e) => e.id === o.refundId)) return fail('document.kind');
		const duplicate = creditNoteIssued(ctx, o);
		const document = { kind: 'credit-note' as const, refundId: o.refundId };
		return ok({
			value: { duplicate },
			write: () => journalDocument(ctx, { order, document, duplicate })
		});
	});
}
