import { describe, expect, it } from 'vitest';
import { mergeActivity, type ActivityEntry } from './activity';
import { demoData } from './demo-data';
import { fulfilmentWhenPaid, isAbandoned } from './draft';
import { orderFixture } from './fixtures';
import { checkOrderContent } from './order-input';
import { fold, matchesQuery, words } from './search';
import type { VatRate } from './vat';

const entry = (id: string, at: number, deviceId: string): ActivityEntry => ({
	id,
	at,
	deviceId,
	kind: 'note',
	detail: {}
});

describe('activity log', () => {
	it('merges two devices’ logs in time order without duplicates', () => {
		const a = [entry('a1', 10, 'A'), entry('a2', 30, 'A')];
		const b = [entry('b1', 20, 'B'), entry('a1', 10, 'A'), entry('b2', 30, 'B')];
		expect(mergeActivity(a, b).map((e) => e.id)).toEqual(['a1', 'b1', 'a2', 'b2']);
		expect(mergeActivity(b, a)).toEqual(mergeActivity(a, b));
	});
});

describe('drafts and digital goods', () => {
	it('counts a draft untouched longer than the delay as abandoned', () => {
		const hour = 3_600_000;
		expect(isAbandoned({ order: { draft: true, updatedAt: 0 }, now: 25 * hour, hours: 24 })).toBe(
			true
		);
		expect(isAbandoned({ order: { draft: true, updatedAt: 0 }, now: 23 * hour, hours: 24 })).toBe(
			false
		);
		expect(isAbandoned({ order: { draft: false, updatedAt: 0 }, now: 99 * hour, hours: 24 })).toBe(
			false
		);
	});
	it('delivers an all-digital order once paid, not a mixed one', () => {
		const order = orderFixture();
		expect(fulfilmentWhenPaid(order)).toBe('awaiting_processing');
		order.lines.forEach((l) => (l.digital = true));
		expect(fulfilmentWhenPaid(order)).toBe('delivered');
	});
});

describe('search words', () => {
	it('folds accents and matches prefixes', () => {
		expect(fold('Élodie Lefèvre')).toBe('elodie lefevre');
		const w = words('Élodie lea.martin@exemple.fr SKU-0012');
		expect(w).toEqual(
			expect.arrayContaining(['elodie', 'lea.martin@exemple.fr', 'martin', 'sku-0012', '0012'])
		);
		expect(matchesQuery(w, 'élo mart')).toBe(true);
		expect(matchesQuery(w, 'dupont')).toBe(false);
	});
});

describe('demo data', () => {
	it('is the same for the same seed and every order is valid', () => {
		const a = demoData({ seed: 3, orders: 200 });
		expect(demoData({ seed: 3, orders: 200 })).toEqual(a);
		expect(demoData({ seed: 4, orders: 200 })).not.toEqual(a);
		let n = 0;
		for (const o of a.orders) {
			const r = checkOrderContent(o.input, {
				newId: () => `x${n++}`,
				defaultVatRate: 2000 as VatRate
			});
			expect(r.ok).toBe(true);
		}
		expect(new Set(a.products.map((p) => p.sku)).size).toBe(a.products.length);
	});
});
