/** Creating, drafting, placing and editing orders. */
import type * as Y from 'yjs';
import { fulfilmentWhenPaid } from '../../domain/draft';
import { invoiceContent, moneyKey, type InvoiceData } from '../../domain/invoice-content';
import { currentInvoice, isInvoiced } from '../../domain/issued-invoice';
import { formatCreditNoteNumber, formatOrderNumber } from '../../domain/numbering';
import { orderSchemaVersion, type Order, type OrderContent } from '../../domain/order';
import { checkOrderContent } from '../../domain/order-input';
import type { PaymentStatus } from '../../domain/order-status';
import type { Cents } from '../../domain/money';
import { computeTotals } from '../../domain/totals';
import { fail, ok, type Result } from '../../domain/result';
import { logActivity, runAction, runNumberingAction, type ActionContext } from '../crdt/context';
import { journal } from '../journal/append';
import { correctionEvent, saleEvent } from '../journal/events';
import type { CreatedRecord } from '../crdt/order-read';
import { freezeInvoiceNow, planCorrectInvoice } from '../crdt/invoice-write';
import { keepWhatWasReceived } from './paid-correction';
import { maps, orderKeys as k, placedNumberKey } from '../crdt/schema';
import { knownChannelIds, readSettings } from '../crdt/settings-read';
import {
	insertOrder,
	loadOrder,
	planNumber,
	writeContentChanges,
	writeCustomer
} from '../crdt/order-write';

/** What a new order or a placed draft is given. */
export interface Created {
	id: string;
	/** Null for a draft. */
	number: { series: string; n: number } | null;
}

function initialPayment(ctx: ActionContext, content: OrderContent): PaymentStatus {
	const settings = readSettings(ctx.doc);
	const total = computeTotals({ ...content, ...pricing(ctx) }).total;
	return total === 0 ? settings.orders.zeroTotalStatus : 'awaiting_payment';
}

function pricing(ctx: ActionContext) {
	const money = readSettings(ctx.doc).money;
	return { pricesIncludeVat: money.pricesIncludeVat, feeVatRate: money.defaultVatRate };
}

function create(ctx: ActionContext, input: unknown, draft: boolean) {
	// Placed orders take a number: tabs of one browser number one at a time (navigator.locks).
	const run = draft ? runAction<Created> : runNumberingAction<Created>;
	return run(ctx, () => planCreate(ctx, { input, draft }));
}

/**
 * Validates a new order or draft and returns its writes (for actions that write more in the
 * same transaction, such as a sale with its payments); `paid` starts it paid.
 */
export function planCreate(
	ctx: ActionContext,
	o: { input: unknown; draft: boolean; paid?: boolean }
): Result<{ value: Created; write: () => void; content: OrderContent; total: Cents }> {
	const { input, draft } = o;
	const settings = readSettings(ctx.doc);
	const checked = checkOrderContent(input, {
		newId: ctx.newId,
		defaultVatRate: settings.money.defaultVatRate,
		channels: knownChannelIds(ctx.doc)
	});
	if (!checked.ok) return checked;
	const content = checked.value;
	const id = ctx.newId();
	const numbering = draft ? null : planNumber(ctx);
	const paymentStatus = draft ? 'awaiting_payment' : o.paid ? 'paid' : initialPayment(ctx, content);
	const fulfilmentStatus =
		paymentStatus === 'paid'
			? fulfilmentWhenPaid({ lines: content.lines, fulfilmentStatus: 'awaiting_processing' })
			: 'awaiting_processing';
	const record: CreatedRecord = {
		...content,
		...pricing(ctx),
		schema: orderSchemaVersion,
		createdAt: ctx.now(),
		deviceId: ctx.deviceId,
		draft,
		number: numbering?.number ?? null,
		paymentStatus,
		fulfilmentStatus
	};
	return ok({
		value: { id, number: numbering?.number ?? null },
		content,
		total: computeTotals({ ...content, ...pricing(ctx) }).total,
		write: () => {
			numbering?.write();
			insertOrder(ctx.doc, { id, record });
			writeCustomer(ctx, content);
			// Paid from the start (a sale at the stall, a free order): invoiced from the start.
			if (paymentStatus === 'paid')
				freezeInvoiceNow(ctx, { map: maps(ctx.doc).orders.get(id)!, id });
			journal(ctx, draft ? null : saleEvent(ctx.now(), { ...record, id }));
		}
	});
}

// A change of channel gets its own entry with both values: sellers look for where an order
// came from, and "edited: channel" alone would not say it.
function logEdit(
	ctx: ActionContext,
	o: { map: Y.Map<unknown>; fields: string[]; before: string | null; after: string | null }
): void {
	const others = o.fields.filter((f) => f !== k.channel);
	if (others.length) {
		logActivity(ctx, { map: o.map, kind: 'edited', detail: { fields: others.join(',') } });
	}
	if (o.fields.includes(k.channel)) {
		logActivity(ctx, {
			map: o.map,
			kind: 'channel',
			detail: { from: o.before ?? '', to: o.after ?? '' }
		});
	}
}

/** Creates an order with the next number of this device's series; resolves once on disk. */
export function createOrder(ctx: ActionContext, input: unknown): Promise<Result<Created>> {
	return create(ctx, input, false);
}

/** Saves an open cart: creates a draft (no number, no stock moved) or updates one. */
export function saveDraft(
	ctx: ActionContext,
	o: { id?: string; input: unknown }
): Promise<Result<Created>> {
	if (o.id === undefined) return create(ctx, o.input, true);
	return runAction(ctx, () => {
		const loaded = loadOrder(ctx, o.id);
		if (!loaded.ok) return loaded;
		const { map, state } = loaded.value;
		if (!state.order.draft) return fail('order.notDraft');
		const settings = readSettings(ctx.doc);
		const existing = new Map(state.order.lines.map((l) => [l.id, l]));
		const checked = checkOrderContent(o.input, {
			newId: ctx.newId,
			defaultVatRate: settings.money.defaultVatRate,
			existing,
			channels: knownChannelIds(ctx.doc),
			currentChannel: state.order.channel
		});
		if (!checked.ok) return checked;
		return ok({
			value: { id: state.order.id, number: null },
			write: () => {
				const fields = writeContentChanges({ map, before: state.order, after: checked.value });
				logEdit(ctx, { map, fields, before: state.order.channel, after: checked.value.channel });
			}
		});
	});
}

/** Turns a draft into an order: gives it a number and moves its stock. */
export function placeDraft(ctx: ActionContext, id: string): Promise<Result<Created>> {
	return runNumberingAction(ctx, () => {
		const loaded = loadOrder(ctx, id);
		if (!loaded.ok) return loaded;
		const { map, state } = loaded.value;
		if (!state.order.draft) return fail('order.notDraft');
		const numbering = planNumber(ctx);
		const payment = initialPayment(ctx, state.order);
		return ok({
			value: { id, number: numbering.number },
			write: () => {
				numbering.write();
				map.set(k.number, numbering.number);
				// Also under this device's own key: placed on two devices offline, the order keeps
				// one number and lists the other as voided (never reused: each device's counter moved).
				map.set(placedNumberKey(ctx.deviceId), numbering.number);
				map.set(k.placed, { at: ctx.now() });
				if (payment !== 'awaiting_payment') map.set(k.payment, { status: payment, at: ctx.now() });
				if (payment === 'paid') freezeInvoiceNow(ctx, { map, id });
				logActivity(ctx, { map, kind: 'placed', detail: { n: numbering.number.n } });
				journal(ctx, saleEvent(ctx.now(), { ...state.order, number: numbering.number }));
			}
		});
	});
}

/** A correction: the invoice cancelled, its credit note and the new invoice (numbers as printed). */
export interface Corrected {
	cancelled: string;
	creditNote: string;
	invoice: string;
}

/**
 * Edits an order's content; quantities changed here move stock. Refunded units stay. Lines or
 * amounts of an invoiced order change only with `correctInvoice: true` (the seller confirmed):
 * its invoice is then cancelled by a credit note and a new invoice issued, in this one
 * transaction; without it the edit is refused with `order.invoiced`. Other edits (customer,
 * notes, channel) leave the issued invoice as printed.
 */
export function editOrder(
	ctx: ActionContext,
	o: { id: string; input: unknown; correctInvoice?: boolean }
): Promise<Result<{ changed: string[]; corrected: Corrected | null }>> {
	// A correction takes two numbers: tabs of one browser number one at a time.
	const run = o.correctInvoice
		? runNumberingAction<{ changed: string[]; corrected: Corrected | null }>
		: runAction<{ changed: string[]; corrected: Corrected | null }>;
	return run(ctx, () => {
		const loaded = loadOrder(ctx, o.id);
		if (!loaded.ok) return loaded;
		const { map, state } = loaded.value;
		const status = state.order.paymentStatus;
		if (status === 'cancelled' || status === 'refunded') return fail('order.locked');
		const existing = new Map(state.order.lines.map((l) => [l.id, l]));
		const checked = checkOrderContent(o.input, {
			newId: ctx.newId,
			defaultVatRate: readSettings(ctx.doc).money.defaultVatRate,
			existing,
			channels: knownChannelIds(ctx.doc),
			currentChannel: state.order.channel
		});
		if (!checked.ok) return checked;
		for (const [lineId, r] of Object.entries(state.order.refunds.lines)) {
			const after = checked.value.lines.find((l) => l.id === lineId)?.quantity ?? 0;
			if (r.qty > 0 && after < r.qty) return fail('order.belowRefunded', { refunded: r.qty });
		}
		const after: Order = { ...state.order, ...checked.value };
		const billed = invoiceBilled(ctx, state.order);
		const rebill = billed !== null && moneyKey(billed) !== moneyKey(invoiceOf(ctx, after));
		if (rebill && !o.correctInvoice) return fail('order.invoiced', { number: billed.number });
		const correction = rebill ? planCorrectInvoice(ctx, { map, before: state.order, after }) : null;
		const changed: string[] = [];
		const numbering = readSettings(ctx.doc).numbering;
		const corrected = correction && {
			cancelled: correction.value.cancelled,
			creditNote: formatCreditNoteNumber(correction.value.creditNote, numbering),
			invoice: correction.value.invoice.content.number
		};
		return ok({
			value: { changed, corrected },
			write: () => {
				changed.push(...writeContentChanges({ map, before: state.order, after: checked.value }));
				correction?.write();
				if (correction && billed) {
					keepWhatWasReceived(ctx, {
						map,
						before: state.order,
						billedTotal: billed.total,
						newTotal: computeTotals(after).total
					});
				}
				journal(
					ctx,
					correctionEvent(ctx.now(), {
						before: state.order,
						after,
						placed: !state.order.draft
					})
				);
				if (changed.length) {
					logEdit(ctx, {
						map,
						fields: changed,
						before: state.order.channel,
						after: checked.value.channel
					});
					writeCustomer(ctx, checked.value);
				}
			}
		});
	});
}

function invoiceOf(ctx: ActionContext, order: Order): InvoiceData {
	return invoiceContent({ order, settings: readSettings(ctx.doc), number: '' });
}

// What the order's invoice bills: as frozen, or (invoiced before invoices were frozen) what its
// current content makes; null while it is not invoiced.
function invoiceBilled(ctx: ActionContext, order: Order): InvoiceData | null {
	if (!isInvoiced(order)) return null;
	const frozen = currentInvoice(order);
	if (frozen) return frozen.content;
	const settings = readSettings(ctx.doc);
	const number = order.number ? formatOrderNumber(order.number, settings.numbering) : '';
	return invoiceContent({ order, settings, number });
}
