/**
 * What a shipping label says, as data: the store's return address, the recipient and the parcel's
 * references. Orders that cannot get a label are listed with a reason instead of printing blank.
 */
import type { Settings } from '../domain/settings';
import { addressLines, type PaperOrder } from './documents';

/** Paper of a label PDF: one 100 × 150 mm label per page, or A4 sheets of 2 × 4 labels. */
export type LabelFormat = 'thermal' | 'a4';

/** Every label format, the default first. */
export const labelFormats: readonly LabelFormat[] = ['thermal', 'a4'];

/** The content of one shipping label. */
export interface LabelData {
	orderId: string;
	/** Formatted order number. */
	number: string;
	/** Return address: store name then address lines (may be empty). */
	from: string[];
	/** Recipient name (first) and the shipping address lines. */
	to: string[];
	shippingMethod: string;
	tracking: { number: string; carrier: string } | null;
}

/** Why an order gets no label. */
export type SkipReason = 'no-address' | 'draft' | 'cancelled' | 'missing';

/** An order left out of a label PDF. */
export interface SkippedOrder {
	orderId: string;
	/** Formatted order number ('' when the order is a draft or gone). */
	number: string;
	reason: SkipReason;
}

/** The label of an order, or why it has none. */
export type LabelPlan = { label: LabelData } | { skipped: SkippedOrder };

/** Recipient block: the address's name, else the customer's, then the other address lines. */
function recipient(o: PaperOrder): string[] | null {
	const address = o.order.shippingAddress;
	const lines = addressLines(address ? { ...address, name: '' } : null);
	if (!lines || lines.length === 0) return null;
	const name = (address?.name.trim() || o.order.customer.name).trim();
	return name ? [name, ...lines] : lines;
}

/** The label of one order, or the reason it is skipped. */
export function planLabel(o: PaperOrder & { settings: Settings }): LabelPlan {
	const { order } = o;
	const skip = (reason: SkipReason): LabelPlan => ({
		skipped: { orderId: order.id, number: o.displayNumber, reason }
	});
	if (order.draft || !o.displayNumber) return skip('draft');
	if (order.cancelled) return skip('cancelled');
	const to = recipient(o);
	if (!to) return skip('no-address');
	const identity = o.settings.identity;
	const from = [identity.name, ...(addressLines(identity.address) ?? [])].filter(
		(l) => l.trim() !== ''
	);
	const tracking = order.tracking?.number.trim()
		? { number: order.tracking.number.trim(), carrier: order.tracking.carrier.trim() }
		: null;
	return {
		label: {
			orderId: order.id,
			number: o.displayNumber,
			from,
			to,
			shippingMethod: order.shippingMethod.trim(),
			tracking
		}
	};
}

/** The plan of an order deleted since it was selected. */
export function missingOrder(id: string): LabelPlan {
	return { skipped: { orderId: id, number: '', reason: 'missing' } };
}

/** The remembered format if it is one this version knows, else the default. */
export function labelFormatOf(value: unknown): LabelFormat {
	return labelFormats.includes(value as LabelFormat) ? (value as LabelFormat) : labelFormats[0]!;
}

/** Splits plans into the labels to print, in order, and the skipped orders. */
export function splitPlans(plans: Iterable<LabelPlan>): {
	labels: LabelData[];
	skipped: SkippedOrder[];
} {
	const labels: LabelData[] = [];
	const skipped: SkippedOrder[] = [];
	for (const p of plans) {
		if ('label' in p) labels.push(p.label);
		else skipped.push(p.skipped);
	}
	return { labels, skipped };
}
