/** The order export: pages of orders in, CSV text parts out, with progress and cancellation. */
import { orderCsvText, type CsvFormat, type CsvSource, type OrderColumn } from '../order-columns';
import { Cancelled } from '../pdf/render';
import { csvChunk, type CsvOptions } from './write';

const batch = 250;

/** Options of exportOrders. */
export interface ExportOptions {
	/** Pages of orders (e.g. from keyset-paged list queries). */
	pages: AsyncIterable<CsvSource[]> | Iterable<CsvSource[]>;
	columns: readonly OrderColumn[];
	/** Header cells, one per column. */
	header: readonly string[];
	perLine: boolean;
	format: CsvFormat;
	options: CsvOptions;
	onProgress?: (ordersDone: number) => void;
	signal?: AbortSignal;
}

/** Builds the CSV as string parts (join them or hand them to a Blob); yields between pages. */
export async function exportOrders(o: ExportOptions): Promise<string[]> {
	const parts = [(o.options.bom ? '\ufeff' : '') + csvChunk([o.header], o.options.delimiter)];
	let done = 0;
	for await (const page of o.pages) {
		if (o.signal?.aborted) throw new Cancelled();
		// A few hundred orders at a time: their cells then die young, before any full GC.
		for (let from = 0; from < page.length; from += batch) {
			parts.push(
				orderCsvText({
					sources: page.slice(from, from + batch),
					columns: o.columns,
					perLine: o.perLine,
					format: o.format,
					delimiter: o.options.delimiter
				})
			);
		}
		done += page.length;
		o.onProgress?.(done);
		await new Promise((resolve) => setTimeout(resolve, 0));
	}
	return parts;
}

/** Splits an array into pages of `size` (for exports of orders already in memory). */
export function* pagesOf<T>(items: readonly T[], size: number): Generator<T[]> {
	for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
