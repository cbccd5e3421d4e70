/** Period totals: takings by VAT rate and money by payment method, summed from records. */
import type { Json } from './canonical';
import type { JournalRecord, MethodAmount, RateAmount } from './record';

/** What a closing holds for its period (cents). */
export interface PeriodTotals {
	/** Takings by VAT rate, ascending rate. */
	sales: RateAmount[];
	/** Sum of the gross takings. */
	salesTotal: number;
	/** Money by payment method, sorted by method. */
	pay: MethodAmount[];
	payTotal: number;
	/** Records counted (closings are not). */
	events: number;
}

/** Sums records' takings and payments; closings themselves carry no money and are not counted. */
export function sumRecords(records: Iterable<JournalRecord>): PeriodTotals {
	const rates = new Map<number, RateAmount>();
	const methods = new Map<string, number>();
	let events = 0;
	for (const r of records) {
		if (r.kind === 'closing') continue;
		events++;
		for (const s of r.sales) {
			const t = rates.get(s.rate) ?? { rate: s.rate, net: 0, vat: 0, gross: 0 };
			t.net += s.net;
			t.vat += s.vat;
			t.gross += s.gross;
			rates.set(s.rate, t);
		}
		for (const p of r.pay) methods.set(p.method, (methods.get(p.method) ?? 0) + p.amount);
	}
	const sales = [...rates.values()].sort((a, b) => a.rate - b.rate);
	const pay = [...methods.entries()]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([method, amount]) => ({ method, amount }));
	return {
		sales,
		salesTotal: sales.reduce((a, s) => a + s.gross, 0),
		pay,
		payTotal: pay.reduce((a, p) => a + p.amount, 0),
		events
	};
}

/** The totals as a journal value. */
export function totalsJson(t: PeriodTotals): Json {
	return t as unknown as Json;
}
