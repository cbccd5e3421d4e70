/** The ids of the orders a paper action applies to: given ones, or every order of a list query. */
import { session } from '$lib/app/session.svelte';
import type { OrderQuery } from '$lib/data';

/** Ids of the given orders, or of every order matching `query` (walking its keyset pages). */
export async function resolveOrderIds(o: {
	ids?: readonly string[];
	query?: OrderQuery;
}): Promise<string[]> {
	if (o.ids) return [...o.ids];
	const out: string[] = [];
	let after = o.query?.after ?? null;
	for (;;) {
		const page = await session.store.queries.listOrders({ ...o.query, limit: 1000, after });
		for (const row of page.rows) out.push(row.id);
		if (!page.next) return out;
		after = page.next;
	}
}
