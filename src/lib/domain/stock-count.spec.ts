import { describe, expect, it } from 'vitest';
import { latestCount, newCount, settleCounts } from './stock-count';
import { levels, type StockMovement } from './stock-movement';

const move = (key: string, qty: number): StockMovement => ({
	key,
	sku: 'JAR',
	qty,
	kind: 'adjustment',
	at: 0,
	deviceId: 'd'
});
const count = (o: {
	key: string;
	counted: number;
	level: number;
	at: number;
	latest?: ReturnType<typeof newCount>;
}) => newCount({ sku: 'JAR', deviceId: 'd', latest: o.latest ?? null, ...o });

describe('stock counts as observations', () => {
	it('the level is the latest count plus the movements it had not seen', () => {
		const ledger = [move('opening', 8)];
		const c = count({ key: 'count:a', counted: 10, level: 8, at: 5 });
		expect(levels([...ledger, c]).get('JAR')).toBe(10);
		expect(levels([...ledger, c, move('sale', -3)]).get('JAR')).toBe(7);
	});
	it('two counts of the same shelf give its number, not the sum of two corrections', () => {
		const ledger = [move('opening', 8)];
		const a = count({ key: 'count:a', counted: 10, level: 8, at: 5 });
		const b = count({ key: 'count:b', counted: 10, level: 8, at: 6 });
		expect(levels([...ledger, a, b]).get('JAR')).toBe(10);
		// Older peers add the stored differences: 12. The observation rule does not.
		expect(ledger[0]!.qty + a.qty + b.qty).toBe(12);
	});
	it('a count that saw another one holds, whatever the dates say', () => {
		const first = count({ key: 'count:z', counted: 10, level: 8, at: 100 });
		const later = count({ key: 'count:a', counted: 4, level: 10, at: 1, latest: first });
		expect(latestCount([first, later])?.key).toBe('count:a');
		expect(levels([move('opening', 8), first, later]).get('JAR')).toBe(4);
		expect(settleCounts([first, later]).map((m) => m.qty)).toEqual([0, 4 - 8]);
	});
	it('between counts made at the same time, the later date wins, then the larger key', () => {
		const a = count({ key: 'count:a', counted: 3, level: 0, at: 5 });
		const b = count({ key: 'count:b', counted: 4, level: 0, at: 5 });
		expect(latestCount([a, b])?.key).toBe('count:b');
		expect(latestCount([b, a])?.key).toBe('count:b');
	});
});
