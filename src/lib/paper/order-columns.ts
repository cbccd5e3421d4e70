/**
 * The columns of the order CSV export and the cells of each row, as text. One row per order or
 * one row per line (then every order column is repeated on each of its lines). Money is written
 * as a plain decimal with the chosen separator and no currency sign, so spreadsheets read it as
 * a number; text typed by people goes through `neutralise`.
 */
import { isBuiltInPaymentMethod, paymentMethodId } from '../domain/payment-method';
import type { Address } from '../domain/address';
import { centsText, type Cents } from '../domain/money';
import type { Order, OrderLine } from '../domain/order';
import { hasRefund, refundedAmount } from '../domain/order-money';
import { computeTotals, type Totals } from '../domain/totals';
import { vatRateText } from '../domain/vat';
import { cellQuoter } from './csv/quote';
import { neutralise } from './neutralise';

/** What a row is built from. */
export interface CsvSource {
	order: Order;
	/** Formatted order number. */
	number: string;
}

interface RowContext {
	order: Order;
	number: string;
	totals: Totals;
	line: OrderLine | null;
	words: (key: string) => string;
	channel: (id: string | null) => string;
}

/** How a column's values are written. */
export type CsvKind = 'text' | 'money' | 'integer' | 'rate' | 'date';

/** One exportable column. */
export interface OrderColumn {
	id: string;
	kind: CsvKind;
	/** 'line' columns exist only in the one-row-per-line export. */
	scope: 'order' | 'line';
	get: (r: RowContext) => string | number;
}

const address = (
	prefix: 'shipping' | 'billing',
	pick: (o: Order) => Address | null
): OrderColumn[] =>
	(['name', 'street', 'street2', 'postcode', 'city', 'country'] as const).map((part) => ({
		id: `${prefix}.${part}`,
		kind: 'text',
		scope: 'order',
		get: ({ order }) => {
			const a = pick(order);
			if (!a) return '';
			return part === 'street' ? a.line1 : part === 'street2' ? a.line2 : a[part];
		}
	}));

/** Every column, in export order. */
export const orderColumns: readonly OrderColumn[] = [
	{ id: 'number', kind: 'text', scope: 'order', get: (r) => r.number },
	{ id: 'date', kind: 'date', scope: 'order', get: (r) => r.order.createdAt },
	{
		id: 'paymentStatus',
		kind: 'text',
		scope: 'order',
		get: (r) => r.words(`payment.${r.order.paymentStatus}`)
	},
	{
		id: 'fulfilmentStatus',
		kind: 'text',
		scope: 'order',
		get: (r) => r.words(`fulfilment.${r.order.fulfilmentStatus}`)
	},
	{ id: 'customer.name', kind: 'text', scope: 'order', get: (r) => r.order.customer.name },
	{ id: 'customer.email', kind: 'text', scope: 'order', get: (r) => r.order.customer.email },
	{ id: 'customer.phone', kind: 'text', scope: 'order', get: (r) => r.order.customer.phone },
	...address('shipping', (o) => o.shippingAddress),
	...address('billing', (o) => o.billingAddress),
	{ id: 'shippingMethod', kind: 'text', scope: 'order', get: (r) => r.order.shippingMethod },
	{
		id: 'paymentMethod',
		kind: 'text',
		scope: 'order',
		get: (r) => {
			const id = paymentMethodId(r.order.paymentMethod);
			return isBuiltInPaymentMethod(id) ? r.words(`payment.method.${id}`) : id;
		}
	},
	{ id: 'channel', kind: 'text', scope: 'order', get: (r) => r.channel(r.order.channel) },
	{ id: 'line.sku', kind: 'text', scope: 'line', get: (r) => r.line?.sku ?? '' },
	{ id: 'line.name', kind: 'text', scope: 'line', get: (r) => r.line?.name ?? '' },
	{ id: 'line.quantity', kind: 'integer', scope: 'line', get: (r) => r.line?.quantity ?? 0 },
	{ id: 'line.unitPrice', kind: 'money', scope: 'line', get: (r) => r.line?.unitPrice ?? 0 },
	{ id: 'line.vatRate', kind: 'rate', scope: 'line', get: (r) => r.line?.vatRate ?? 0 },
	{
		id: 'line.total',
		kind: 'money',
		scope: 'line',
		get: (r) => (r.line ? r.line.quantity * r.line.unitPrice : 0)
	},
	{ id: 'itemCount', kind: 'integer', scope: 'order', get: (r) => itemCount(r.order) },
	{ id: 'subtotal', kind: 'money', scope: 'order', get: (r) => r.totals.subtotal },
	{ id: 'discount', kind: 'money', scope: 'order', get: (r) => r.totals.discount },
	{ id: 'shippingFee', kind: 'money', scope: 'order', get: (r) => r.totals.shipping },
	{ id: 'handlingFee', kind: 'money', scope: 'order', get: (r) => r.totals.handling },
	{ id: 'vat', kind: 'money', scope: 'order', get: (r) => r.totals.vatTotal },
	{ id: 'total', kind: 'money', scope: 'order', get: (r) => r.totals.total },
	{
		id: 'refunded',
		kind: 'money',
		scope: 'order',
		get: (r) => (hasRefund(r.order) ? refundedAmount(r.order) : 0)
	},
	{ id: 'tags', kind: 'text', scope: 'order', get: (r) => r.order.tags.join(', ') },
	{ id: 'comments', kind: 'text', scope: 'order', get: (r) => r.order.customerComments }
];

/** How numbers and dates are written. */
export interface CsvFormat {
	/** ',' or '.' */
	decimal: ',' | '.';
	/** Words for status keys (`payment.paid`...); the raw status when absent. */
	words?: (key: string) => string;
	/** Label of a sales channel id (null: unspecified); the id itself (or '') when absent. */
	channel?: (id: string | null) => string;
}

/** Ids of the columns available for a row layout. */
export function availableColumns(perLine: boolean): OrderColumn[] {
	return orderColumns.filter((c) => perLine || c.scope === 'order');
}

/**
 * The CSV text (no header) of the given orders in the given columns, each row ending with CRLF.
 * Cells are written, neutralised and quoted in one pass and each row joined at once: an export
 * builds millions of cells, and neither rows of cells nor ropes of strings outlive a row.
 */
export function orderCsvText(o: {
	sources: Iterable<CsvSource>;
	columns: readonly OrderColumn[];
	perLine: boolean;
	format: CsvFormat;
	delimiter: string;
}): string {
	const words = memo(o.format.words ?? ((key: string) => key.slice(key.indexOf('.') + 1)));
	const quote = cellQuoter(o.delimiter);
	const writers = o.columns.map((c) => writer(c, o.format, quote));
	const n = writers.length;
	const cells = new Array<string>(n);
	const out: string[] = [];
	// One context, refilled for each row.
	const channel = o.format.channel ?? ((id: string | null) => id ?? '');
	const r: RowContext = {
		order: null!,
		number: '',
		totals: null!,
		line: null,
		words,
		channel
	};
	for (const { order, number } of o.sources) {
		r.order = order;
		r.number = number;
		r.totals = computeTotals(order);
		const lines: readonly (OrderLine | null)[] = o.perLine ? order.lines : [null];
		for (const line of lines) {
			r.line = line;
			for (let i = 0; i < n; i++) cells[i] = writers[i]!(r);
			out.push(cells.join(o.delimiter));
		}
	}
	out.push('');
	return out.length > 1 ? out.join('\r\n') : '';
}

function writer(
	column: OrderColumn,
	format: CsvFormat,
	quote: (cell: string) => string
): (r: RowContext) => string {
	const get = column.get;
	switch (column.kind) {
		case 'text':
			return (r) => quote(neutralise(String(get(r))));
		case 'integer':
			return (r) => quote(String(get(r)));
		case 'money':
			return (r) => quote(centsText(get(r) as Cents, { decimal: format.decimal }));
		case 'rate':
			return (r) => quote(vatRateText(get(r) as number, format.decimal));
		case 'date':
			return (r) => quote(localDateTime(get(r) as number));
	}
}

// Status words repeat on every row: look each key up once per export.
function memo(words: (key: string) => string): (key: string) => string {
	const seen = new Map<string, string>();
	return (key) => {
		let word = seen.get(key);
		if (word === undefined) {
			word = words(key);
			seen.set(key, word);
		}
		return word;
	};
}

/** "2026-11-23 14:05" in the device's time zone: what spreadsheets parse as a date and time. */
export function localDateTime(ms: number): string {
	const d = new Date(ms);
	return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

function two(n: number): string {
	return n < 10 ? `0${n}` : `${n}`;
}

function itemCount(order: Order): number {
	return order.lines.reduce((a, l) => a + l.quantity, 0);
}
