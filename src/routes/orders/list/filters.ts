/**
 * The order list's filters as they live in the URL query string, and their translation to an
 * OrderQuery. Anything the URL says that this version does not understand is dropped, so a
 * hand-edited or old bookmark opens a usable list instead of an error.
 */
import { paymentMethodId } from '$lib/domain/payment-method';
import type { OrderQuery, OrderSort } from '$lib/data';
import { isChannelId, unspecifiedChannel } from '$lib/domain/channel';
import {
	fulfilmentStatuses,
	paymentStatuses,
	type FulfilmentStatus,
	type PaymentStatus
} from '$lib/domain/order-status';

/** Which orders the list shows (OrderQuery.view). */
export const listViews = ['active', 'archived', 'all', 'drafts', 'abandoned'] as const;
/** A view of the list. */
export type ListView = (typeof listViews)[number];

/** Date ranges a seller picks in one tap. */
export const quickRanges = ['today', 'week', 'month', 'lastMonth'] as const;
/** A quick date range, relative to now. */
export type QuickRange = (typeof quickRanges)[number];

/** Columns the list sorts by. */
export const listSorts = ['date', 'number', 'total', 'customer'] as const satisfies OrderSort[];

/** Everything the URL can say about the list. Dates are local `YYYY-MM-DD`, `to` inclusive. */
export interface ListFilters {
	view: ListView;
	fulfilment: FulfilmentStatus[];
	payment: PaymentStatus[];
	range: QuickRange | null;
	from: string | null;
	to: string | null;
	tag: string | null;
	paymentMethod: string | null;
	shippingMethod: string | null;
	/** A channel id, or 'unspecified' for orders without a channel. */
	channel: string | null;
	search: string;
	sort: OrderSort;
	dir: 'asc' | 'desc';
}

/** The unfiltered list: active orders, newest first. */
export const defaultFilters: ListFilters = {
	view: 'active',
	fulfilment: [],
	payment: [],
	range: null,
	from: null,
	to: null,
	tag: null,
	paymentMethod: null,
	shippingMethod: null,
	channel: null,
	search: '',
	sort: 'date',
	dir: 'desc'
};

const maxText = 200;

function oneOf<T extends string>(list: readonly T[], value: string | null): T | null {
	return value !== null && (list as readonly string[]).includes(value) ? (value as T) : null;
}

function listOf<T extends string>(list: readonly T[], value: string | null): T[] {
	if (!value) return [];
	const picked = value.split(',').filter((v): v is T => (list as readonly string[]).includes(v));
	return [...new Set(picked)];
}

function text(value: string | null): string | null {
	const v = value?.trim().slice(0, maxText) ?? '';
	return v === '' ? null : v;
}

// Any well-formed id is kept (a custom channel may arrive from a peer after the link was made).
function channelParam(value: string | null): string | null {
	return value === unspecifiedChannel || isChannelId(value) ? value : null;
}

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isDay(value: string | null): value is string {
	if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const [y, m, d] = value.split('-').map(Number) as [number, number, number];
	const date = new Date(y, m - 1, d);
	return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d;
}

/** Local midnight of a `YYYY-MM-DD` day, in ms; `plusDays` moves it. */
export function dayStart(day: string, plusDays = 0): number {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	return new Date(y, m - 1, d + plusDays).getTime();
}

/** Reads the filters from a query string; unknown or malformed values are ignored. */
export function parseFilters(params: URLSearchParams): ListFilters {
	const range = oneOf(quickRanges, params.get('range'));
	const from = params.get('from');
	const to = params.get('to');
	return {
		view: oneOf(listViews, params.get('view')) ?? 'active',
		fulfilment: listOf(fulfilmentStatuses, params.get('fulfilment')),
		payment: listOf(paymentStatuses, params.get('payment')),
		range,
		// A quick range wins over typed dates: both at once would be ambiguous.
		from: !range && isDay(from) ? from : null,
		to: !range && isDay(to) ? to : null,
		tag: text(params.get('tag')),
		// Links saved before method ids carry the words ("Espèces"): read them as ids.
		paymentMethod:
			text(params.get('paymentMethod')) && paymentMethodId(params.get('paymentMethod')),
		shippingMethod: text(params.get('shippingMethod')),
		channel: channelParam(params.get('channel')),
		search: params.get('q')?.slice(0, maxText) ?? '',
		sort: oneOf(listSorts, params.get('sort')) ?? 'date',
		dir: params.get('dir') === 'asc' ? 'asc' : 'desc'
	};
}

/** Writes the filters as a query string, leaving out defaults so that URLs stay short. */
export function filtersToParams(f: ListFilters): URLSearchParams {
	const p = new URLSearchParams();
	if (f.view !== 'active') p.set('view', f.view);
	if (f.fulfilment.length) p.set('fulfilment', f.fulfilment.join(','));
	if (f.payment.length) p.set('payment', f.payment.join(','));
	if (f.range) p.set('range', f.range);
	else {
		if (f.from) p.set('from', f.from);
		if (f.to) p.set('to', f.to);
	}
	if (f.tag) p.set('tag', f.tag);
	if (f.paymentMethod) p.set('paymentMethod', f.paymentMethod);
	if (f.shippingMethod) p.set('shippingMethod', f.shippingMethod);
	if (f.channel) p.set('channel', f.channel);
	if (f.search.trim()) p.set('q', f.search);
	if (f.sort !== 'date') p.set('sort', f.sort);
	if (f.dir !== 'desc') p.set('dir', f.dir);
	return p;
}

/** Start (inclusive) and end (exclusive) of a quick range around `now`, in local time, in ms. */
export function rangeBounds(range: QuickRange, now: number): { from: number; to: number } {
	const d = new Date(now);
	const y = d.getFullYear();
	const m = d.getMonth();
	const day = d.getDate();
	if (range === 'today') {
		return { from: new Date(y, m, day).getTime(), to: new Date(y, m, day + 1).getTime() };
	}
	if (range === 'week') {
		// Weeks start on Monday, as in France and most of Europe.
		const monday = day - ((d.getDay() + 6) % 7);
		return { from: new Date(y, m, monday).getTime(), to: new Date(y, m, monday + 7).getTime() };
	}
	if (range === 'month') {
		return { from: new Date(y, m, 1).getTime(), to: new Date(y, m + 1, 1).getTime() };
	}
	return { from: new Date(y, m - 1, 1).getTime(), to: new Date(y, m, 1).getTime() };
}

/** The OrderQuery of the filters (without paging). */
export function toOrderQuery(f: ListFilters, o: { now: number }): OrderQuery {
	const q: OrderQuery = { view: f.view, sort: f.sort, dir: f.dir };
	if (f.fulfilment.length) q.fulfilmentStatus = f.fulfilment;
	if (f.payment.length) q.paymentStatus = f.payment;
	if (f.range) Object.assign(q, rangeBounds(f.range, o.now));
	else {
		if (f.from) q.from = dayStart(f.from);
		if (f.to) q.to = dayStart(f.to, 1);
	}
	if (f.tag) q.tag = f.tag;
	if (f.paymentMethod) q.paymentMethod = f.paymentMethod;
	if (f.shippingMethod) q.shippingMethod = f.shippingMethod;
	if (f.channel) q.channel = f.channel;
	if (f.search.trim()) q.search = f.search.trim();
	if (f.view === 'abandoned') q.now = o.now;
	return q;
}
