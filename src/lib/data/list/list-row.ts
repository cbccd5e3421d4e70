/** The compact order row the in-memory list keeps. */
import type { OrderRow } from '../index/db';

/** An order row as the list keeps it in memory. */
export type ListRow = Omit<OrderRow, 'words' | 'stock' | 'skus'> & {
	/** Every search word, each preceded by a space, for prefix matching with `includes`. */
	text: string;
};

/** Converts an index row to its compact form. */
export function toListRow(row: OrderRow): ListRow {
	const out: Partial<OrderRow> & { text: string } = { ...row, text: ` ${row.words.join(' ')}` };
	delete out.words;
	delete out.stock;
	delete out.skus;
	return out as ListRow;
}
