import { describe, expect, it } from 'vitest';
import { channelList } from '../../domain/channel';
import { orderFixture } from '../../domain/fixtures';
import { channelNamer } from '../../i18n/channel-label';
import { paperText } from '../text';
import type { Cents } from '../../domain/money';
import type { Order } from '../../domain/order';
import { computeTotals } from '../../domain/totals';
import { availableColumns, localDateTime, orderColumns } from '../order-columns';
import { exportOrders, pagesOf } from './export';
import { parseCsv } from './write';

const injections = ['=1+1', '+33 6 12 34', '-2+3', '@SUM(A1)', '\t=cmd', '\r=cmd'];

function orders(): Order[] {
	return [
		orderFixture({
			id: 'a',
			createdAt: Date.UTC(2026, 10, 20, 10, 30),
			customer: { email: 'lea@exemple.fr', name: 'Łucja Gökçe; "la Ő"', phone: '+33 6 12' },
			shippingAddress: {
				name: 'Łucja',
				line1: '1 rue de l’Été',
				line2: 'Bât. B',
				postcode: '75011',
				city: 'Paris',
				country: 'FR'
			},
			customerComments: 'Merci\n=HYPERLINK("http://evil")\r\n@x',
			discount: { kind: 'amount', amount: 300 as Cents }
		}),
		...injections.map((name, i) =>
			orderFixture({
				id: `i${i}`,
				createdAt: Date.UTC(2026, 10, 21, i),
				customer: { email: '', name, phone: '' }
			})
		)
	];
}

const sources = () => orders().map((order, i) => ({ order, number: `A-${i + 1}` }));

async function run(o: { perLine: boolean; delimiter: string; decimal: ',' | '.'; bom: boolean }) {
	const columns = availableColumns(o.perLine);
	const parts = await exportOrders({
		pages: pagesOf(sources(), 3),
		columns,
		header: columns.map((c) => c.id),
		perLine: o.perLine,
		format: { decimal: o.decimal },
		options: { delimiter: o.delimiter, bom: o.bom }
	});
	const text = parts.join('');
	const { rows, errors } = parseCsv(text);
	expect(errors).toEqual([]);
	const [header, ...data] = rows;
	return {
		text,
		header: header!,
		data,
		columns,
		at: (row: string[], id: string) => row[header!.indexOf(id)]!
	};
}

describe('order CSV export', () => {
	it('parses back into the orders, one row per order', async () => {
		const { data, at, text } = await run({
			perLine: false,
			delimiter: ';',
			decimal: ',',
			bom: true
		});
		expect(text.startsWith('\ufeff')).toBe(true);
		const list = orders();
		expect(data).toHaveLength(list.length);
		const first = data[0]!;
		const totals = computeTotals(list[0]!);
		expect(at(first, 'number')).toBe('A-1');
		expect(at(first, 'date')).toBe(localDateTime(Date.UTC(2026, 10, 20, 10, 30)));
		expect(at(first, 'customer.name')).toBe('Łucja Gökçe; "la Ő"');
		expect(at(first, 'shipping.street')).toBe('1 rue de l’Été');
		expect(at(first, 'shipping.street2')).toBe('Bât. B');
		expect(at(first, 'shipping.postcode')).toBe('75011');
		expect(at(first, 'shipping.city')).toBe('Paris');
		expect(at(first, 'shipping.country')).toBe('FR');
		expect(at(first, 'total')).toBe(
			`${Math.trunc(totals.total / 100)},${String(totals.total % 100).padStart(2, '0')}`
		);
		expect(at(first, 'discount')).toBe('3,00');
		expect(at(first, 'itemCount')).toBe('3');
		// Every total parses back to the same cents.
		data.forEach((row, i) => {
			expect(Math.round(Number(at(row, 'total').replace(',', '.')) * 100)).toBe(
				computeTotals(list[i]!).total
			);
		});
	});

	it('neutralises every injection case, also inside multi-line cells', async () => {
		const { data, at } = await run({ perLine: false, delimiter: ',', decimal: '.', bom: false });
		expect(at(data[0]!, 'customer.phone')).toBe("'+33 6 12");
		expect(at(data[0]!, 'comments')).toBe(`Merci\n'=HYPERLINK("http://evil")\r\n'@x`);
		injections.forEach((name, i) => {
			const cell = at(data[i + 1]!, 'customer.name');
			expect(cell.startsWith("'")).toBe(true);
			expect(cell.replace(/'/g, '')).toBe(name);
		});
		// No cell anywhere starts a line with a formula character.
		for (const row of data)
			for (const cell of row) {
				for (const line of cell.split(/\r\n|\n|\r/)) expect(line).not.toMatch(/^[=+@\t]/);
			}
	});

	it('writes one row per line with the line columns, and a comma decimal quoted under comma', async () => {
		const { data, at } = await run({ perLine: true, delimiter: ',', decimal: ',', bom: false });
		const list = orders();
		expect(data).toHaveLength(list.reduce((a, o) => a + o.lines.length, 0));
		expect(at(data[0]!, 'line.sku')).toBe('MUG');
		expect(at(data[0]!, 'line.quantity')).toBe('2');
		expect(at(data[0]!, 'line.unitPrice')).toBe('12,50');
		expect(at(data[0]!, 'line.total')).toBe('25,00');
		expect(at(data[1]!, 'line.vatRate')).toBe('5,5');
		expect(at(data[1]!, 'number')).toBe('A-1');
	});

	it('keeps only the chosen columns, in the list’s order, and tab works as a delimiter', async () => {
		const columns = orderColumns.filter((c) => ['total', 'number'].includes(c.id));
		const parts = await exportOrders({
			pages: [sources().slice(0, 1)],
			columns,
			header: ['N°', 'Total'],
			perLine: false,
			format: { decimal: '.' },
			options: { delimiter: '\t', bom: false }
		});
		expect(parts.join('')).toBe('N°\tTotal\r\nA-1\t36.80\r\n');
	});

	it('has a channel column with the channel’s label, custom and unspecified included', async () => {
		const channels = channelList([
			{ id: 'c-noel', name: '=Marché de Noël', hidden: false, addedAt: 1 }
		]);
		const words = paperText({ language: 'fr', currency: 'EUR' });
		const columns = availableColumns(false);
		const list = ['event', 'c-noel', null].map((channel, i) =>
			orderFixture({ id: `c${i}`, channel })
		);
		const parts = await exportOrders({
			pages: [list.map((order, i) => ({ order, number: `A-${i + 1}` }))],
			columns,
			header: columns.map((c) => c.id),
			perLine: false,
			format: { decimal: ',', channel: channelNamer(channels, words.t) },
			options: { delimiter: ';', bom: false }
		});
		const [header, ...data] = parseCsv(parts.join('')).rows;
		const at = header!.indexOf('channel');
		expect(header![at - 1]).toBe('paymentMethod');
		expect(data.map((row) => row[at])).toEqual([
			'Salon ou événement',
			"'=Marché de Noël",
			'Non précisé'
		]);
	});
});

describe('csvChunk', () => {
	it('quotes what needs quoting and PapaParse reads every cell back unchanged', async () => {
		const { csvChunk } = await import('./write');
		const cells = [
			'plain',
			'a;b',
			'a,b',
			'say "hi"',
			'two\nlines',
			'cr\rhere',
			' edge ',
			'',
			'Łódź ő ğ'
		];
		for (const delimiter of [';', ',', '\t']) {
			const text = csvChunk([cells, cells.slice().reverse()], delimiter);
			const { rows, errors } = parseCsv(text);
			expect(errors).toEqual([]);
			expect(rows).toEqual([cells, cells.slice().reverse()]);
		}
	});

	it('writes the exact RFC 4180 text: edge spaces, quotes and line breaks quoted, quotes doubled', async () => {
		const { csvChunk } = await import('./write');
		const row = [' a', 'b ', 'x"y', 'p;q', '', 'l\r\nm', 'cr\r', 'plain', '1,5'];
		expect(csvChunk([row, []], ';')).toBe(
			'" a";"b ";"x""y";"p;q";;"l\r\nm";"cr\r";plain;1,5\r\n\r\n'
		);
		expect(csvChunk([row], ',')).toBe('" a","b ","x""y",p;q,,"l\r\nm","cr\r",plain,"1,5"\r\n');
		expect(csvChunk([['a|b', 'c']], '||')).toBe('a|b||c\r\n');
		expect(csvChunk([['a||b', 'c']], '||')).toBe('"a||b"||c\r\n');
	});
});

describe('order CSV export in batches', () => {
	it('gives the same text whatever the page size', async () => {
		const columns = availableColumns(true);
		const text = async (size: number) =>
			(
				await exportOrders({
					pages: pagesOf(
						Array.from({ length: 700 }, (_, i) => sources()[i % 7]!),
						size
					),
					columns,
					header: columns.map((c) => c.id),
					perLine: true,
					format: { decimal: ',' },
					options: { delimiter: ';', bom: true }
				})
			).join('');
		const whole = await text(700);
		expect(await text(7)).toBe(whole);
		expect(await text(333)).toBe(whole);
		expect(parseCsv(whole).rows).toHaveLength(
			1 + (700 / 7) * orders().reduce((a, o) => a + o.lines.length, 0)
		);
	});
});
