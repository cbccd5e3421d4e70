/** Reading a stock movement from the CRDT, whoever wrote it (bounds in bounds.ts). */
import { maxId, maxStockMove, readInt, readObject, readOneOf, readText, readTime } from './bounds';
import type { MovementKind, StockMovement } from './stock-movement';

const kinds: readonly MovementKind[] = [
	'opening',
	'sale',
	'edit',
	'refund_restock',
	'cancel_restock',
	'adjustment',
	'count'
];

/** Reads a manual movement stored under `key`; throws Unreadable with what is wrong. */
export function readStockMovement(value: unknown, key: string): StockMovement {
	const v = readObject(value, 'the movement');
	const m: StockMovement = {
		key,
		sku: readText(v.sku, { what: 'sku', max: maxId }),
		qty: readInt(v.qty, { what: 'qty', min: -maxStockMove, max: maxStockMove }),
		kind: readOneOf(v.kind, { what: 'kind', allowed: kinds, fallback: 'adjustment' }),
		at: readTime(v.at, 'at', 0),
		deviceId: readText(v.deviceId, { what: 'deviceId', max: maxId, fallback: '' })
	};
	if (typeof v.orderId === 'string') m.orderId = v.orderId.slice(0, maxId);
	if (typeof v.note === 'string') m.note = v.note.slice(0, 1000);
	// A count stored as an observation (stock-count.ts): kept only when both numbers are sound,
	// otherwise it reads as the plain difference older peers add.
	if (m.kind === 'count' && Number.isSafeInteger(v.counted) && Number.isSafeInteger(v.seenSum)) {
		const bound = { min: -maxStockMove, max: maxStockMove };
		Object.assign(m, {
			counted: readInt(v.counted, { what: 'counted', ...bound }),
			seenSum: readInt(v.seenSum, { what: 'seenSum', ...bound }),
			after: typeof v.after === 'string' ? v.after.slice(0, maxId) : null
		});
	}
	return m;
}
