import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cents } from './money';
import { allocate, computeTotals, type PricedOrder } from './totals';
import type { VatRate } from './vat';

const c = (n: number) => n as Cents;
const r = (n: number) => n as VatRate;

describe('computeTotals', () => {
	it('adds lines, removes the discount, adds shipping and handling (prices with VAT)', () => {
		const t = computeTotals({
			lines: [
				{ id: 'a', quantity: 2, unitPrice: c(1250), vatRate: r(2000) },
				{ id: 'b', quantity: 1, unitPrice: c(890), vatRate: r(550) }
			],
			discount: { kind: 'percent', percent: 1000 },
			shippingFee: c(590),
			handlingFee: c(100),
			feeVatRate: r(2000),
			pricesIncludeVat: true
		});
		expect(t.subtotal).toBe(3390);
		expect(t.discount).toBe(339);
		expect(t.total).toBe(3390 - 339 + 590 + 100);
		expect(t.vat.map((v) => v.rate)).toEqual([550, 2000]);
		// 5.5 % line: 890 - its discount share 89 = 801 gross → VAT round(801*550/10550) = 42.
		expect(t.vat[0]).toEqual({ rate: 550, gross: 801, vat: 42, net: 759 });
	});

	it('adds VAT on top when prices exclude VAT', () => {
		const t = computeTotals({
			lines: [{ id: 'a', quantity: 3, unitPrice: c(1000), vatRate: r(2000) }],
			discount: null,
			shippingFee: c(0),
			handlingFee: c(0),
			feeVatRate: r(2000),
			pricesIncludeVat: false
		});
		expect(t.total).toBe(3600);
		expect(t.vatTotal).toBe(600);
	});

	it('caps an amount discount at the lines so the total never goes negative', () => {
		const t = computeTotals({
			lines: [{ id: 'a', quantity: 1, unitPrice: c(500), vatRate: r(2000) }],
			discount: { kind: 'amount', amount: c(10_000) },
			shippingFee: c(0),
			handlingFee: c(0),
			feeVatRate: r(2000),
			pricesIncludeVat: true
		});
		expect(t.discount).toBe(500);
		expect(t.total).toBe(0);
	});
});

const rate = fc.constantFrom(0, 210, 550, 1000, 2000).map(r);
const order: fc.Arbitrary<PricedOrder> = fc.record({
	lines: fc.array(
		fc.record({
			id: fc.uuid(),
			quantity: fc.integer({ min: 1, max: 1000 }),
			unitPrice: fc.integer({ min: 0, max: 10_000_000 }).map(c),
			vatRate: rate
		}),
		{ minLength: 1, maxLength: 8 }
	),
	discount: fc.oneof(
		fc.constant(null),
		fc.record({
			kind: fc.constant('amount' as const),
			amount: fc.integer({ min: 0, max: 10 ** 9 }).map(c)
		}),
		fc.record({
			kind: fc.constant('percent' as const),
			percent: fc.integer({ min: 0, max: 10000 })
		})
	),
	shippingFee: fc.integer({ min: 0, max: 100_000 }).map(c),
	handlingFee: fc.integer({ min: 0, max: 100_000 }).map(c),
	feeVatRate: rate,
	pricesIncludeVat: fc.boolean()
});

describe('totals properties', () => {
	it('always add up, per rate and overall, and never go negative', () => {
		fc.assert(
			fc.property(order, (o) => {
				const t = computeTotals(o);
				const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
				expect(sum(t.lines.map((l) => l.discount))).toBe(t.discount);
				expect(t.discount).toBeLessThanOrEqual(t.subtotal);
				for (const v of t.vat) {
					expect(v.net + v.vat).toBe(v.gross);
					expect(v.net).toBeGreaterThanOrEqual(0);
					expect(v.vat).toBeGreaterThanOrEqual(0);
				}
				expect(sum(t.vat.map((v) => v.gross))).toBe(t.total);
				expect(t.vatTotal).toBe(sum(t.vat.map((v) => v.vat)));
				const base = t.subtotal - t.discount + t.shipping + t.handling;
				expect(t.total).toBe(o.pricesIncludeVat ? base : base + t.vatTotal);
				expect(t.total).toBeGreaterThanOrEqual(0);
				for (const l of t.lines) expect(l.after).toBeGreaterThanOrEqual(0);
			})
		);
	});

	it('allocates exactly, in proportion, within one cent', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 10 ** 7 }), { minLength: 1, maxLength: 10 }),
				fc.integer({ min: 0, max: 10 ** 7 }),
				(weights, amount) => {
					const total = weights.reduce((a, b) => a + b, 0);
					const a = Math.min(amount, total);
					const shares = allocate(a, weights);
					// (a property returning anything falsy fails: assert, then return nothing)
					if (total === 0) {
						expect(shares.every((s) => s === 0)).toBe(true);
						return;
					}
					expect(shares.reduce((x, y) => x + y, 0)).toBe(a);
					shares.forEach((s, i) => expect(Math.abs(s - (a * weights[i]!) / total)).toBeLessThan(1));
				}
			)
		);
	});
});
