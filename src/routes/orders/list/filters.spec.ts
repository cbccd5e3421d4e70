import { describe, expect, it } from 'vitest';
import { filterChips, withoutAll, withoutChip } from './chips';
import {
	dayStart,
	defaultFilters,
	filtersToParams,
	isDay,
	parseFilters,
	rangeBounds,
	toOrderQuery
} from './filters';

const parse = (qs: string) => parseFilters(new URLSearchParams(qs));
// Wednesday 18 November 2026, 15:30 local time.
const now = new Date(2026, 10, 18, 15, 30).getTime();

describe('parseFilters', () => {
	it('gives the default list for an empty query', () => {
		expect(parse('')).toEqual(defaultFilters);
	});

	it('reads every filter', () => {
		const f = parse(
			'view=archived&fulfilment=shipped,delivered&payment=paid&from=2026-01-01&to=2026-01-31' +
				'&tag=vip&paymentMethod=Esp%C3%A8ces&shippingMethod=Colissimo&channel=event&q=martin' +
				'&sort=total&dir=asc'
		);
		expect(f).toEqual({
			view: 'archived',
			fulfilment: ['shipped', 'delivered'],
			payment: ['paid'],
			range: null,
			from: '2026-01-01',
			to: '2026-01-31',
			tag: 'vip',
			// A link saved before method ids reads as the id.
			paymentMethod: 'cash',
			shippingMethod: 'Colissimo',
			channel: 'event',
			search: 'martin',
			sort: 'total',
			dir: 'asc'
		});
	});

	it('ignores unknown and malformed values instead of failing', () => {
		const f = parse(
			'view=deleted&fulfilment=lost,shipped,shipped&payment=free&from=2026-02-30&to=yesterday' +
				'&range=decade&sort=colour&dir=up&tag=%20%20&channel=Bad%20Id&other=1'
		);
		expect(f).toEqual({ ...defaultFilters, fulfilment: ['shipped'] });
	});

	it('lets a quick range win over typed dates', () => {
		const f = parse('range=month&from=2026-01-01&to=2026-01-31');
		expect(f.range).toBe('month');
		expect(f.from).toBeNull();
		expect(f.to).toBeNull();
	});

	it('survives a round trip through the URL', () => {
		const f = {
			...defaultFilters,
			view: 'drafts' as const,
			payment: ['paid' as const],
			tag: 'a&b=c',
			search: 'x y'
		};
		expect(parseFilters(filtersToParams(f))).toEqual(f);
	});

	it('leaves defaults out of the URL', () => {
		expect(filtersToParams(defaultFilters).toString()).toBe('');
		expect(filtersToParams({ ...defaultFilters, sort: 'total' }).toString()).toBe('sort=total');
	});
});

describe('dates', () => {
	it('checks calendar days', () => {
		expect(isDay('2024-02-29')).toBe(true);
		expect(isDay('2026-02-29')).toBe(false);
		expect(isDay('2026-1-1')).toBe(false);
		expect(isDay(null)).toBe(false);
	});

	it('gives quick ranges in local time, weeks from Monday', () => {
		expect(rangeBounds('today', now)).toEqual({
			from: new Date(2026, 10, 18).getTime(),
			to: new Date(2026, 10, 19).getTime()
		});
		expect(rangeBounds('week', now)).toEqual({
			from: new Date(2026, 10, 16).getTime(),
			to: new Date(2026, 10, 23).getTime()
		});
		expect(rangeBounds('month', now)).toEqual({
			from: new Date(2026, 10, 1).getTime(),
			to: new Date(2026, 11, 1).getTime()
		});
		expect(rangeBounds('lastMonth', now)).toEqual({
			from: new Date(2026, 9, 1).getTime(),
			to: new Date(2026, 10, 1).getTime()
		});
	});

	it('starts a week on the Monday before a Sunday', () => {
		const sunday = new Date(2026, 10, 22, 10).getTime();
		expect(rangeBounds('week', sunday).from).toBe(new Date(2026, 10, 16).getTime());
	});

	it('wraps last month across a year', () => {
		const january = new Date(2027, 0, 5).getTime();
		expect(rangeBounds('lastMonth', january).from).toBe(new Date(2026, 11, 1).getTime());
	});
});

describe('toOrderQuery', () => {
	it('maps filters to the query, with an inclusive end day', () => {
		const q = toOrderQuery(
			parse('fulfilment=shipped&from=2026-01-01&to=2026-01-31&q=%20sku-1%20'),
			{
				now
			}
		);
		expect(q).toEqual({
			view: 'active',
			sort: 'date',
			dir: 'desc',
			fulfilmentStatus: ['shipped'],
			from: dayStart('2026-01-01'),
			to: new Date(2026, 1, 1).getTime(),
			search: 'sku-1'
		});
	});

	it('passes the channel filter, "unspecified" included, and survives the URL round trip', () => {
		expect(toOrderQuery(parse('channel=stall'), { now }).channel).toBe('stall');
		const f = parse('channel=unspecified');
		expect(toOrderQuery(f, { now }).channel).toBe('unspecified');
		expect(filtersToParams(f).toString()).toBe('channel=unspecified');
		expect(toOrderQuery(parse(''), { now }).channel).toBeUndefined();
	});

	it('passes now for abandoned carts and resolves quick ranges', () => {
		const q = toOrderQuery(parse('view=abandoned&range=today'), { now });
		expect(q.view).toBe('abandoned');
		expect(q.now).toBe(now);
		expect(q.from).toBe(new Date(2026, 10, 18).getTime());
	});
});

describe('chips', () => {
	it('lists one chip per active filter value and removes them one by one', () => {
		const f = parse(
			'view=archived&fulfilment=shipped,delivered&tag=vip&channel=phone&q=lea&sort=total'
		);
		const chips = filterChips(f);
		expect(chips.map((c) => `${c.kind}:${c.value}`)).toEqual([
			'view:archived',
			'fulfilment:shipped',
			'fulfilment:delivered',
			'tag:vip',
			'channel:phone',
			'search:lea'
		]);
		expect(withoutChip(f, chips[4]!).channel).toBeNull();
		const less = withoutChip(f, chips[1]!);
		expect(less.fulfilment).toEqual(['delivered']);
		expect(withoutChip(f, chips[0]!).view).toBe('active');
		expect(withoutChip(f, chips[3]!).tag).toBeNull();
		expect(filterChips(withoutAll(f))).toEqual([]);
		expect(withoutAll(f).sort).toBe('total');
	});
});
