import { describe, expect, it } from 'vitest';
import { orderFixture } from '../domain/fixtures';
import type { Order } from '../domain/order';
import { defaultSettings } from '../domain/settings';
import { fitParagraphs, lineHeight, wrap, type Measure } from './label-fit';
import { labelCell, labelSheet } from './label-sheet';
import { labelFormatOf, missingOrder, planLabel } from './labels';

const address = {
	name: 'Łucja Gökçe',
	line1: 'Őrház utca 5',
	line2: '',
	postcode: '1011',
	city: 'Budapest',
	country: 'Hongrie'
};
const settings = {
	...defaultSettings,
	identity: { ...defaultSettings.identity, name: 'Atelier', address: { ...address, name: '' } }
};
const plan = (over: Partial<Order>, displayNumber = 'A-7') =>
	planLabel({ order: orderFixture(over), displayNumber, settings });

// Every character is 2 mm wide at 10 pt, in proportion to the size.
const measure: Measure = (text, o) => [...text].length * 0.2 * o.size;

describe('label content', () => {
	it('puts the recipient, the return address, the method and the tracking on the label', () => {
		const p = plan({
			shippingAddress: address,
			tracking: { number: ' 6A123 ', carrier: 'La Poste', url: '' }
		});
		expect(p).toEqual({
			label: {
				orderId: 'o1',
				number: 'A-7',
				from: ['Atelier', 'Őrház utca 5', '1011 Budapest', 'Hongrie'],
				to: ['Łucja Gökçe', 'Őrház utca 5', '1011 Budapest', 'Hongrie'],
				shippingMethod: 'Colissimo',
				tracking: { number: '6A123', carrier: 'La Poste' }
			}
		});
	});

	it('addresses the parcel to the customer when the address has no name, without tracking', () => {
		const p = plan({ shippingAddress: { ...address, name: '' }, tracking: null });
		expect('label' in p && p.label.to[0]).toBe('Léa');
		expect('label' in p && p.label.tracking).toBe(null);
	});

	it('skips orders with no address, drafts, cancelled and deleted orders, with the reason', () => {
		expect(plan({ shippingAddress: null })).toEqual({
			skipped: { orderId: 'o1', number: 'A-7', reason: 'no-address' }
		});
		const blank = { ...address, name: 'Léa', line1: '', city: '', postcode: '', country: '' };
		expect(plan({ shippingAddress: blank })).toMatchObject({ skipped: { reason: 'no-address' } });
		expect(plan({ shippingAddress: address, draft: true }, '')).toMatchObject({
			skipped: { reason: 'draft' }
		});
		const cancelled = { at: 1, deviceId: 'd1', restock: {} };
		expect(plan({ shippingAddress: address, cancelled })).toMatchObject({
			skipped: { reason: 'cancelled' }
		});
		expect(missingOrder('gone')).toEqual({
			skipped: { orderId: 'gone', number: '', reason: 'missing' }
		});
	});

	it('remembers only formats it knows', () => {
		expect(labelFormatOf('a4')).toBe('a4');
		expect(labelFormatOf('letter')).toBe('thermal');
		expect(labelFormatOf(null)).toBe('thermal');
	});
});

describe('label text fitting', () => {
	it('wraps at spaces, then after hyphens, then between letters', () => {
		const o = { width: 20, size: 10, bold: false, measure };
		expect(wrap('rue des Lilas', o)).toEqual(['rue des', 'Lilas']);
		expect(wrap('Saint-Jean-de-Luz', o)).toEqual(['Saint-', 'Jean-de-', 'Luz']);
		expect(wrap('Wolfeschlegelsteinhausen', o)).toEqual(['Wolfeschle', 'gelsteinha', 'usen']);
	});

	it('shrinks to the largest size that fits, then truncates at the floor', () => {
		const paragraphs = [{ text: 'Jean Dupont', bold: true }, { text: '12 rue des Lilas' }];
		const roomy = fitParagraphs({ paragraphs, width: 50, height: 30, max: 16, min: 8, measure });
		expect(roomy.size).toBe(16);
		const tight = fitParagraphs({ paragraphs, width: 30, height: 12, max: 16, min: 8, measure });
		expect(tight.size).toBeLessThan(16);
		expect(tight.height).toBeLessThanOrEqual(12);
		expect(tight.truncated).toBe(false);
		const long = [{ text: 'mot '.repeat(60) }];
		const cut = fitParagraphs({
			paragraphs: long,
			width: 30,
			height: 10,
			max: 16,
			min: 8,
			measure
		});
		expect(cut.size).toBe(8);
		expect(cut.lines).toHaveLength(Math.floor(10 / lineHeight(8)));
		expect(cut.lines.at(-1)!.text.endsWith('…')).toBe(true);
		for (const line of cut.lines)
			expect(measure(line.text, { size: 8, bold: false })).toBeLessThanOrEqual(30);
	});
});

describe('label sheets', () => {
	it('places 8 cells per A4 page, row by row, inside the printable margins', () => {
		const a4 = labelSheet('a4');
		const cells = Array.from({ length: 10 }, (_, i) => labelCell(a4, i));
		expect(cells.map((c) => c.page)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 1]);
		expect(cells[1]!.box.x).toBeGreaterThan(cells[0]!.box.x);
		expect(cells[2]!.box.y).toBeGreaterThan(cells[0]!.box.y);
		expect(cells[8]!.box).toEqual(cells[0]!.box);
		for (const { box } of cells) {
			expect(box.x).toBeGreaterThanOrEqual(5);
			expect(box.y).toBeGreaterThanOrEqual(5);
			expect(box.x + box.width).toBeLessThanOrEqual(205);
			expect(box.y + box.height).toBeLessThanOrEqual(292);
		}
		expect(labelCell(labelSheet('thermal'), 3)).toEqual({
			page: 3,
			box: { x: 0, y: 0, width: 100, height: 150 }
		});
	});
});
