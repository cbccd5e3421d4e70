import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { orderFixture } from '../../domain/fixtures';
import type { Order } from '../../domain/order';
import { defaultSettings, type Settings } from '../../domain/settings';
import { labelCell, labelSheet, type Box } from '../label-sheet';
import { planLabel, splitPlans, type LabelData, type LabelFormat } from '../labels';
import { paperText } from '../text';
import { renderLabels } from './labels';
import { Cancelled } from './render';
import { nodeFonts, pdfTextItems, type PdfTextItem } from './testing';

const fonts = nodeFonts();
const fr = paperText({ language: 'fr', currency: 'EUR' });
const settings: Settings = {
	...defaultSettings,
	identity: {
		...defaultSettings.identity,
		name: 'Atelier Łódź & Søn',
		address: {
			name: '',
			line1: '3 rue des Écoles',
			line2: '',
			postcode: '75005',
			city: 'Paris',
			country: 'France'
		}
	}
};

const names = [
	'Jiří Dvořák',
	'Łucja Gökçe',
	'Zoltán Őrsi',
	'Jürgen Weiß',
	'Ana Ibáñez',
	'Søren Ærø',
	'Chloé Lefèvre',
	'Ahmet Yılmaz',
	'Tomasz Żółć',
	'Émile Ñúñez'
];

function order(i: number, over: Partial<Order> = {}): Order {
	return orderFixture({
		id: `o${i}`,
		number: { series: 'A', n: i + 1, deviceId: 'd1' },
		shippingAddress: {
			name: names[i % names.length]!,
			line1: `${i + 1} rue de l’Église`,
			line2: '',
			postcode: `7500${i % 10}`,
			city: 'Paris',
			country: 'France'
		},
		tracking: { number: `6A${1000 + i}`, carrier: 'Colissimo', url: '' },
		...over
	});
}

function plansOf(orders: Order[]) {
	return splitPlans(
		orders.map((o) => planLabel({ order: o, displayNumber: `A-${o.number!.n}`, settings }))
	);
}

const labelsOf = (orders: Order[]): LabelData[] => plansOf(orders).labels;

async function render(labels: LabelData[], format: LabelFormat) {
	const made = await renderLabels({ JsPdf: jsPDF, fonts, text: fr, format, labels });
	if (!made) throw new Error('no PDF');
	return { ...made, pages: await pdfTextItems(made.pdf) };
}

const inside = (item: PdfTextItem, box: Box) =>
	item.x >= box.x &&
	item.x + item.width <= box.x + box.width + 0.01 &&
	item.y - item.height >= box.y &&
	item.y <= box.y + box.height;

/** The items of a page whose text contains `needle`. */
const find = (items: PdfTextItem[], needle: string) => items.filter((i) => i.str.includes(needle));

describe('shipping label PDF', () => {
	it('prints 10 orders as 10 thermal pages of 100 × 150 mm, each with its own order', async () => {
		const made = await render(labelsOf(Array.from({ length: 10 }, (_, i) => order(i))), 'thermal');
		expect(made.labels).toBe(10);
		expect(made.pages).toHaveLength(10);
		const full = { x: 0, y: 0, width: 100, height: 150 };
		made.pages.forEach((items, i) => {
			const text = items.map((x) => x.str).join(' ');
			expect(text).toContain(`Commande n° A-${i + 1}`);
			expect(text).toContain(names[i]!);
			expect(text).toContain(`${i + 1} rue de l’Église`);
			expect(text).toContain(`Suivi Colissimo : 6A${1000 + i}`);
			expect(text).toContain('De : Atelier Łódź & Søn, 3 rue des Écoles, 75005 Paris, France');
			for (const item of items) expect(inside(item, full)).toBe(true);
		});
		// The recipient is in large type, the return address small.
		const [first] = made.pages;
		expect(find(first!, names[0]!)[0]!.height).toBeGreaterThanOrEqual(
			2 * find(first!, 'Atelier')[0]!.height
		);
	});

	it('fills A4 sheets with 8 labels, the last sheet partly, each text inside its own cell', async () => {
		const made = await render(labelsOf(Array.from({ length: 10 }, (_, i) => order(i))), 'a4');
		expect(made.labels).toBe(10);
		expect(made.pages).toHaveLength(2);
		const sheet = labelSheet('a4');
		const counts = made.pages.map((items) => find(items, 'Commande n°').length);
		expect(counts).toEqual([8, 2]);
		for (let i = 0; i < 10; i++) {
			const { page, box } = labelCell(sheet, i);
			const items = made.pages[page]!;
			for (const needle of [
				`Commande n° A-${i + 1}`,
				names[i]!,
				`${i + 1} rue de l’Église`,
				`6A${1000 + i}`
			]) {
				const found = find(items, needle);
				expect(found, needle).toHaveLength(1);
				expect(inside(found[0]!, box), `${needle} in cell ${i}`).toBe(true);
			}
		}
	});

	it('keeps a very long name and address inside the label, in smaller type', async () => {
		const long = 'Wolfeschlegelsteinhausenbergerdorff-Łukasiewicz-Øvergård';
		const [label] = labelsOf([
			order(0, {
				shippingAddress: {
					name: `Maximilianus ${long}`,
					line1: 'Résidence des Érables, bâtiment Ğ, escalier ő, appartement 1234, 5e étage',
					line2: 'Lieu-dit « Le Moulin de la Côte-Saint-André » chez Mme Françoise Düringer',
					postcode: '38260',
					city: 'La Côte-Saint-André-sur-Bièvre-et-Liers',
					country: 'France'
				}
			})
		]);
		for (const format of ['a4', 'thermal'] as const) {
			const made = await render(
				Array.from({ length: 2 }, () => label!),
				format
			);
			const sheet = labelSheet(format);
			for (const index of [0, 1]) {
				const { page, box } = labelCell(sheet, index);
				const items = made.pages[page]!.filter((x) => inside(x, box) || overlaps(x, box));
				expect(items.length).toBeGreaterThan(4);
				for (const item of items) expect(inside(item, box), item.str).toBe(true);
			}
			const text = made.pages[0]!.map((x) => x.str).join('');
			expect(text).toContain('Commande n° A-1');
			expect(text).toContain('Wolfeschlegel');
		}
	});

	it('leaves an order without an address out of the PDF and reports it as skipped', async () => {
		const orders = Array.from({ length: 11 }, (_, i) =>
			order(i, i === 4 ? { shippingAddress: null } : {})
		);
		const { labels, skipped } = plansOf(orders);
		expect(skipped).toEqual([{ orderId: 'o4', number: 'A-5', reason: 'no-address' }]);
		const made = await render(labels, 'a4');
		expect(made.labels).toBe(10);
		const text = made.pages.flat().map((x) => x.str);
		expect(text.filter((s) => s.startsWith('Commande n°'))).toHaveLength(10);
		expect(text).not.toContain('Commande n° A-5');
		expect(text).toContain('Commande n° A-11');
	});

	it('leaves out the "From:" line when the store has no name or address yet', async () => {
		const [label] = labelsOf([order(0)]);
		const made = await render([{ ...label!, from: [] }], 'thermal');
		const text = made.pages[0]!.map((x) => x.str).join(' ');
		expect(text).not.toContain('De :');
		expect(text).toContain('À : Jiří Dvořák');
	});

	it('writes the label in English when the documents are in English', async () => {
		const en = paperText({ language: 'en', currency: 'EUR' });
		const made = await renderLabels({
			JsPdf: jsPDF,
			fonts,
			text: en,
			format: 'thermal',
			labels: labelsOf([order(2)])
		});
		const text = (await pdfTextItems(made!.pdf))[0]!.map((x) => x.str).join(' ');
		expect(text).toContain('From: Atelier Łódź & Søn');
		expect(text).toContain('To: Zoltán Őrsi');
		expect(text).toContain('Order no. A-3');
		expect(text).toContain('Tracking Colissimo: 6A1002');
	});

	it('writes nothing when no label is given, and stops when cancelled', async () => {
		expect(await renderLabels({ JsPdf: jsPDF, fonts, text: fr, format: 'a4', labels: [] })).toBe(
			null
		);
		const controller = new AbortController();
		const labels = labelsOf(Array.from({ length: 30 }, (_, i) => order(i)));
		const run = renderLabels({
			JsPdf: jsPDF,
			fonts,
			text: fr,
			format: 'thermal',
			labels,
			yieldEvery: 1,
			onProgress: (n) => n === 3 && controller.abort(),
			signal: controller.signal
		});
		await expect(run).rejects.toBeInstanceOf(Cancelled);
	});
});

function overlaps(item: PdfTextItem, box: Box): boolean {
	return (
		item.x < box.x + box.width &&
		item.x + item.width > box.x &&
		item.y > box.y &&
		item.y - item.height < box.y + box.height
	);
}
