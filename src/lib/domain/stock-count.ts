/**
 * Stock counts are observations, not movements (docs/decisions/0004). A count stores the level
 * the seller counted and what the counting device had seen of the ledger: the sum of the SKU's
 * movements it held (`seenSum`, counts aside) and the latest count it knew (`after`). The level
 * is then the latest count plus what moved since it was taken:
 *
 *     level = counted + (sum of the movements now − seenSum)
 *
 * so a sale made elsewhere before the count merged still counts once, and two counts of the
 * same shelf made offline on two devices give the shelf's number, not the sum of two
 * corrections. The latest count is the one no other count saw ("after" it); between counts made
 * at the same time the later date wins, then the larger key, the same on every device.
 *
 * In the ledger, the latest count appears as one movement of `counted − seenSum`, every other
 * count as 0, so the level stays the sum of the ledger. Counts written before this rule carry
 * only their difference (`qty`) and stay plain movements.
 */
import type { StockMovement } from './stock-movement';

/** A count as stored: a movement (its `qty` is the difference older peers add) plus what it saw. */
export interface StockCount extends StockMovement {
	kind: 'count';
	/** Units the seller counted on the shelf. */
	counted: number;
	/** Sum of the SKU's movements (counts aside) the counting device held. */
	seenSum: number;
	/** Key of the latest count the device knew of, or null. */
	after: string | null;
}

/** True for a count stored as an observation (not a difference from an older peer). */
export function isObservation(m: StockMovement): m is StockCount {
	const c = m as Partial<StockCount>;
	return m.kind === 'count' && typeof c.counted === 'number' && typeof c.seenSum === 'number';
}

/** The latest of a SKU's counts: the one no other count came after; ties by date, then key. */
export function latestCount(counts: readonly StockCount[]): StockCount | null {
	const seen = new Set(counts.map((c) => c.after).filter((k): k is string => k !== null));
	let best: StockCount | null = null;
	for (const c of counts) {
		if (seen.has(c.key)) continue;
		if (!best || c.at > best.at || (c.at === best.at && c.key > best.key)) best = c;
	}
	return best;
}

/** What a count adds to the ledger: `counted − seenSum` for the latest count, 0 for the others. */
export function settleCounts<M extends StockMovement>(movements: readonly M[]): M[] {
	const bySku = new Map<string, StockCount[]>();
	for (const m of movements) {
		if (!isObservation(m)) continue;
		const list = bySku.get(m.sku);
		if (list) list.push(m);
		else bySku.set(m.sku, [m]);
	}
	if (bySku.size === 0) return [...movements];
	const heads = new Set([...bySku.values()].map((list) => latestCount(list)?.key));
	return movements.map((m) =>
		isObservation(m) ? { ...m, qty: heads.has(m.key) ? m.counted - m.seenSum : 0 } : m
	);
}

/**
 * A new count: `level` is the level the device shows now and `latest` its latest count (if any),
 * from which the sum of the movements it saw follows (level − what the latest count adds).
 */
export function newCount(o: {
	key: string;
	sku: string;
	counted: number;
	level: number;
	latest: StockCount | null;
	at: number;
	deviceId: string;
}): StockCount {
	const seenSum = o.level - (o.latest ? o.latest.counted - o.latest.seenSum : 0);
	return {
		key: o.key,
		sku: o.sku,
		kind: 'count',
		qty: o.counted - o.level,
		counted: o.counted,
		seenSum,
		after: o.latest?.key ?? null,
		at: o.at,
		deviceId: o.deviceId,
		note: `${o.level}→${o.counted}`
	};
}
