/** The active filters as removable chips, and what removing one leaves. */
import { defaultFilters, type ListFilters } from './filters';

/** One active filter, as a chip shows it. */
export type FilterChip =
	| { kind: 'view'; value: ListFilters['view'] }
	| { kind: 'fulfilment'; value: ListFilters['fulfilment'][number] }
	| { kind: 'payment'; value: ListFilters['payment'][number] }
	| { kind: 'range'; value: NonNullable<ListFilters['range']> }
	| {
			kind: 'from' | 'to' | 'tag' | 'paymentMethod' | 'shippingMethod' | 'channel' | 'search';
			value: string;
	  };

/** The chips of the filters, in the order the filter bar lists them. Sorting is not a filter. */
export function filterChips(f: ListFilters): FilterChip[] {
	const chips: FilterChip[] = [];
	if (f.view !== 'active') chips.push({ kind: 'view', value: f.view });
	for (const value of f.fulfilment) chips.push({ kind: 'fulfilment', value });
	for (const value of f.payment) chips.push({ kind: 'payment', value });
	if (f.range) chips.push({ kind: 'range', value: f.range });
	if (f.from) chips.push({ kind: 'from', value: f.from });
	if (f.to) chips.push({ kind: 'to', value: f.to });
	if (f.tag) chips.push({ kind: 'tag', value: f.tag });
	if (f.paymentMethod) chips.push({ kind: 'paymentMethod', value: f.paymentMethod });
	if (f.shippingMethod) chips.push({ kind: 'shippingMethod', value: f.shippingMethod });
	if (f.channel) chips.push({ kind: 'channel', value: f.channel });
	if (f.search.trim()) chips.push({ kind: 'search', value: f.search.trim() });
	return chips;
}

/** The filters without one chip. */
export function withoutChip(f: ListFilters, chip: FilterChip): ListFilters {
	switch (chip.kind) {
		case 'view':
			return { ...f, view: 'active' };
		case 'fulfilment':
			return { ...f, fulfilment: f.fulfilment.filter((s) => s !== chip.value) };
		case 'payment':
			return { ...f, payment: f.payment.filter((s) => s !== chip.value) };
		case 'range':
			return { ...f, range: null };
		case 'from':
		case 'to':
		case 'tag':
		case 'paymentMethod':
		case 'shippingMethod':
		case 'channel':
			return { ...f, [chip.kind]: null };
		case 'search':
			return { ...f, search: '' };
	}
}

/** The filters with every filter removed, keeping the sort. */
export function withoutAll(f: ListFilters): ListFilters {
	return { ...defaultFilters, sort: f.sort, dir: f.dir };
}
