/**
 * Demo data and the journal. Demo orders are not sales: nothing was sold and no money moved.
 * They stay out of the journal, and so does anything done to them later (a payment, a refund,
 * an invoice printed), so closings and the perpetual grand total count real sales only. Each
 * fill is remembered in the `demoFills` map (`<device>:<first number>` → the range of numbers
 * it gave, widened as each batch is written), which is how a demo order is known and how the Conformité page can
 * say that the store holds some.
 */
import type * as Y from 'yjs';
import { maps, orderKeys } from '../crdt/schema';

/** One fill with demo data: the order numbers it gave (inclusive) and when, in ms. */
export interface DemoFill {
	deviceId: string;
	series: string;
	from: number;
	to: number;
	at: number;
}

/** The map of demo fills. */
export const demoFillsMap = (doc: Y.Doc) => doc.getMap<DemoFill>('demoFills');

/** Remembers a fill; call inside its last write. */
export function rememberDemoFill(doc: Y.Doc, fill: DemoFill): void {
	if (fill.to < fill.from) return;
	demoFillsMap(doc).set(`${fill.deviceId}:${fill.from}`, fill);
}

/** Every fill with demo data, oldest first. */
export function demoFills(doc: Y.Doc): DemoFill[] {
	return [...demoFillsMap(doc).values()]
		.filter((f) => f && typeof f.from === 'number' && typeof f.to === 'number')
		.sort((a, b) => a.at - b.at);
}

/** True when `orderId` names an order a demo fill wrote. */
export function isDemoOrder(doc: Y.Doc, orderId: string): boolean {
	const fills = demoFillsMap(doc);
	if (fills.size === 0) return false;
	const order = maps(doc).orders.get(orderId) as Y.Map<unknown> | undefined;
	const created = parseCreated(order?.get?.(orderKeys.created));
	const number = created?.number;
	if (!number || typeof number.n !== 'number') return false;
	for (const f of fills.values()) {
		if (f.deviceId === number.deviceId && f.series === number.series) {
			if (number.n >= f.from && number.n <= f.to) return true;
		}
	}
	return false;
}

type Created = { number?: { series?: unknown; n?: unknown; deviceId?: unknown } | null };

// The creation record is stored as JSON text (crdt/order-write.ts); a malformed one is no demo.
function parseCreated(v: unknown): Created | null {
	if (typeof v !== 'string') return null;
	try {
		const parsed: unknown = JSON.parse(v);
		return typeof parsed === 'object' && parsed !== null ? (parsed as Created) : null;
	} catch {
		return null;
	}
}
