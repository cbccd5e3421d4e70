import { describe, expect, it } from 'vitest';
import { orderFixture } from './fixtures';
import { cancelRestock, countDelta, isOversold, levels, orderMovements } from './stock-movement';

const original = new Map([
	['l1', 2],
	['l2', 1]
]);

describe('stock ledger', () => {
	it('a placed order sells its lines; a draft moves nothing', () => {
		const m = orderMovements(orderFixture(), { original, removed: [] });
		expect(m.map((x) => [x.key, x.qty])).toEqual([
			['sale:o1:l1', -2],
			['sale:o1:l2', -1]
		]);
		expect(orderMovements(orderFixture({ draft: true }), { original, removed: [] })).toEqual([]);
	});
	it('an edit moves the difference, a removed line comes back', () => {
		const order = orderFixture();
		order.lines[0]!.quantity = 5;
		const removed = [order.lines.pop()!];
		const m = orderMovements(order, { original, removed });
		expect(levels(m)).toEqual(
			new Map([
				['MUG', -5],
				['HONEY', 0]
			])
		);
		expect(m.find((x) => x.key === 'edit:o1:l1')?.qty).toBe(-3);
	});
	it('refund restocks count once per refunded unit with restock', () => {
		const order = orderFixture({
			refunds: { lines: { l1: { qty: 2, restocked: 1 } }, shipping: false }
		});
		expect(levels(orderMovements(order, { original, removed: [] })).get('MUG')).toBe(-1);
	});
	it('cancelling returns what was not shipped nor restocked', () => {
		const order = orderFixture({
			refunds: { lines: { l1: { qty: 1, restocked: 1 } }, shipping: false }
		});
		expect(cancelRestock(order)).toEqual({ l1: 1, l2: 1 });
		expect(cancelRestock(orderFixture({ fulfilmentStatus: 'shipped' }))).toEqual({});
	});
	it('a count is stored as the difference from the expected level', () => {
		expect(countDelta({ counted: 7, expected: 10 })).toBe(-3);
		expect(isOversold(-1)).toBe(true);
		expect(isOversold(0)).toBe(false);
	});
});
