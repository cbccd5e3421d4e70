/** Journal reads of an open store: the integrity report, the closings, an archive file. */
import type * as Y from 'yjs';
import type { Json } from '../../domain/journal/canonical';
import { writeArchive } from '../../domain/journal/archive';
import { closingsOf, type FoundClosing } from '../../domain/journal/closing';
import type { ClosingLevel } from '../../domain/journal/period';
import { shopPeriods, type ShopPeriod } from '../../domain/journal/shop-period';
import { computeTotals } from '../../domain/totals';
import { fail, ok, type Result } from '../../domain/result';
import { readOrder } from '../crdt/order-read';
import { readSettings } from '../crdt/settings-read';
import { journalSnapshot, verifyStoreJournal } from './read';
import { demoFills, type DemoFill } from './demo';
import { chainViews } from './views';

/** A closing as screens list it. */
export type ClosingRow = FoundClosing['info'] & { id: string; at: number; device: string };

/** The journal queries of a store. */
export function journalQueries(o: { doc: Y.Doc; now: () => number }) {
	const { doc } = o;
	return {
		/** Verifies every chain, remembered head and closing. */
		verify: () => verifyStoreJournal(doc),
		/** Closings of a level (every level when omitted), oldest first. */
		closings: (level?: ClosingLevel): ClosingRow[] =>
			closingsOf(chainViews(doc), level).map((c) => ({
				...c.info,
				id: `${c.record.device}:${c.record.seq}`,
				at: c.record.at,
				device: c.record.device
			})),
		/** Fills with demo data (kept out of the journal), oldest first. */
		demoFills: (): DemoFill[] => demoFills(doc),
		/** The shop's closed periods of a level, each device's entries counted once, oldest first. */
		shopPeriods: (level: ClosingLevel): ShopPeriod[] => shopPeriods(chainViews(doc), level),
		/** The archive of a closing (`device:seq`): its journals and documents, as one file. */
		archive: (closingId: string): Result<{ name: string; text: string }> =>
			buildArchive({ doc, closingId, now: o.now() })
	};
}

function buildArchive(o: { doc: Y.Doc; closingId: string; now: number }) {
	const views = chainViews(o.doc);
	const found = closingsOf(views).find((c) => `${c.record.device}:${c.record.seq}` === o.closingId);
	if (!found) return fail('closing.unknown');
	const snap = journalSnapshot(o.doc);
	// Each chain up to the closing's range (and the closing device's chain up to the closing).
	const upTo = new Map(found.info.ranges.map((r) => [r.device, r.to]));
	// And up to what its grand total counts, so the archive checks that too.
	for (const t of found.info.through ?? [])
		upTo.set(t.device, Math.max(upTo.get(t.device) ?? 0, t.seq));
	upTo.set(found.record.device, Math.max(upTo.get(found.record.device) ?? 0, found.record.seq));
	const entries = new Map(
		[...snap.entries].map(([d, list]) => [
			d,
			[...list].sort((a, b) => a.seq - b.seq).filter((e) => e.seq <= (upTo.get(d) ?? 0))
		])
	);
	const heads = found.info.ranges.map((r) => ({
		device: r.device,
		by: o.closingId,
		seq: r.to,
		hash: r.hash
	}));
	const refs = new Set<string>();
	for (const r of found.info.ranges) {
		const view = views.find((v) => v.device === r.device);
		for (const rec of view?.records ?? []) {
			if (rec.seq >= r.from && rec.seq <= r.to && rec.kind !== 'closing') refs.add(rec.ref);
		}
	}
	const documents: Json[] = [];
	for (const id of [...refs].sort()) {
		const state = readOrder(o.doc, id);
		if (state) documents.push(orderDocument(state.order));
	}
	const settings = readSettings(o.doc);
	const text = writeArchive({
		header: {
			store: settings.identity.name,
			level: found.info.level,
			period: found.info.period,
			closing: o.closingId,
			createdAt: o.now,
			heads,
			counts: [...entries].map(([device, list]) => ({ device, entries: list.length }))
		},
		entries,
		documents
	});
	return ok({ name: `comptoir-archive-${found.info.level}-${found.info.period}.txt`, text });
}

type OrderOf = NonNullable<ReturnType<typeof readOrder>>['order'];

/** What an archive keeps of an order: enough to print its invoice again. */
function orderDocument(order: OrderOf): Json {
	const totals = computeTotals(order);
	return {
		id: order.id,
		number: order.number ? `${order.number.series}-${order.number.n}` : '',
		createdAt: order.createdAt,
		customer: order.customer.name,
		billingAddress: JSON.parse(JSON.stringify(order.billingAddress)) as Json,
		pricesIncludeVat: order.pricesIncludeVat,
		lines: order.lines.map((l) => ({
			sku: l.sku,
			name: l.name,
			qty: l.quantity,
			unit: l.unitPrice,
			rate: l.vatRate
		})),
		shippingFee: order.shippingFee,
		handlingFee: order.handlingFee,
		vat: totals.vat.map((v) => ({ rate: v.rate, net: v.net, vat: v.vat, gross: v.gross })),
		total: totals.total,
		paymentMethod: order.paymentMethod,
		paymentStatus: order.paymentStatus
	};
}
