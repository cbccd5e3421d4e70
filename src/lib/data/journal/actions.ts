/** Journal actions: closing periods and recording documents issued. */
import { closingsOf, coveredTo, planClosing, type ClosingInfo } from '../../domain/journal/closing';
import { periodOf, type ClosingLevel } from '../../domain/journal/period';
import { computeTotals } from '../../domain/totals';
import { fail, ok, type Result } from '../../domain/result';
import { runAction, type ActionContext } from '../crdt/context';
import { loadOrder } from '../crdt/order-write';
import { journal } from './append';
import { documentEvent } from './events';
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

/** Records that a document was issued or printed again for an order. */
export function recordDocument(
	ctx: ActionContext,
	o: { kind: 'invoice' | 'credit-note' | 'reprint'; orderId: string }
): Promise<Result<void>> {
	return runAction(ctx, () => {
		const loaded = loadOrder(ctx, o.orderId);
		if (!loaded.ok) return loaded;
		const order = loaded.value.state.order;
		if (!['invoice', 'credit-note', 'reprint'].includes(o.kind)) return fail('document.kind');
		const number = order.number ? `${order.number.series}-${order.number.n}` : '';
		const total = computeTotals(order).total;
		const event = documentEvent(ctx.now(), { kind: o.kind, orderId: order.id, number, total });
		return ok({ value: undefined, write: () => void journal(ctx, event) });
	});
}
