/** Runs inside headless Chromium: seeds stores and measures the figures of issue 3. */
import { openStore, type Store } from '../src/lib/data';
import type { OrderQuery } from '../src/lib/data';
import { seededRandom, newId } from '../src/lib/domain/id';

const deviceId = 'bench-device';

function open(name: string): Store {
	return openStore({ name, deviceId });
}

async function seed(name: string, orders: number): Promise<number> {
	const t0 = performance.now();
	const store = open(name);
	await store.whenSynced;
	const result = await store.actions.fillWithDemoData({ orders, seed: 42 });
	void result;
	await store.destroy();
	return performance.now() - t0;
}

let current: Store | null = null;

async function openToFirstPage(name: string): Promise<number> {
	const t0 = performance.now();
	current = open(name);
	const page = await current.queries.listOrders({ limit: 50 });
	const elapsed = performance.now() - t0;
	if (page.rows.length !== 50) throw new Error(`first page has ${page.rows.length} rows`);
	return elapsed;
}

async function whenLoaded(): Promise<{ ms: number; healed: string; orders: number }> {
	const t0 = performance.now();
	await current!.whenSynced;
	return {
		ms: performance.now() - t0,
		healed: await current!.healed,
		orders: current!.doc.getMap('orders').size
	};
}

const queries: OrderQuery[] = [
	{},
	{ sort: 'number' },
	{ sort: 'total', dir: 'desc' },
	{ sort: 'customer', dir: 'asc' },
	{ view: 'archived' },
	{ view: 'all', sort: 'date' },
	{ paymentStatus: ['awaiting_payment'] },
	{ paymentStatus: ['refunded', 'partially_refunded'], view: 'all' },
	{ fulfilmentStatus: ['shipped'] },
	{ fulfilmentStatus: ['delivered'], view: 'archived', sort: 'total' },
	{ tag: 'vip', view: 'all' },
	{ paymentMethod: 'PayPal', view: 'all' },
	{ shippingMethod: 'Chronopost', view: 'archived', sort: 'customer' },
	{ view: 'all', from: Date.UTC(2025, 0, 1), to: Date.UTC(2025, 2, 1) },
	{ view: 'all', from: Date.UTC(2025, 0, 1), to: Date.UTC(2025, 2, 1), sort: 'total' },
	{ view: 'all', search: 'martin' },
	{ view: 'all', search: 'élodie dubois' },
	{ view: 'all', search: 'SKU-0012' },
	{ view: 'all', search: 'bougie' },
	{ view: 'all', search: '06 12' }
];

async function runQueries(rounds: number): Promise<{ times: number[]; counts: number[] }> {
	const times: number[] = [];
	const counts: number[] = [];
	for (let r = 0; r < rounds; r++) {
		for (const q of queries) {
			const t0 = performance.now();
			const page = await current!.queries.listOrders({ ...q, limit: 50 });
			times.push(performance.now() - t0);
			if (r === 0) counts.push(page.rows.length);
		}
	}
	// A page after the first, to check keyset paging is as fast.
	const first = await current!.queries.listOrders({ view: 'all', limit: 50 });
	const t0 = performance.now();
	await current!.queries.listOrders({ view: 'all', limit: 50, after: first.next });
	times.push(performance.now() - t0);
	return { times, counts };
}

async function createOrders(count: number): Promise<number[]> {
	const random = seededRandom(7);
	const times: number[] = [];
	for (let i = 0; i < count; i++) {
		const input = {
			lines: [
				{
					sku: 'SKU-0003',
					name: 'Miel',
					quantity: 1 + Math.floor(random() * 3),
					unitPrice: 890,
					vatRate: 550
				}
			],
			customer: { email: `bench${i}@exemple.fr`, name: `Client ${newId(random).slice(0, 5)}` },
			shippingMethod: 'Colissimo',
			paymentMethod: 'Carte bancaire',
			shippingFee: 590
		};
		const t0 = performance.now();
		const result = await current!.actions.createOrder(input);
		times.push(performance.now() - t0);
		if (!result.ok) throw new Error(result.error.code);
	}
	return times;
}

async function listReady(): Promise<number> {
	const t0 = performance.now();
	await current!.whenListReady;
	return performance.now() - t0;
}

async function emptyCommits(count: number): Promise<number[]> {
	const times: number[] = [];
	for (let i = 0; i < count; i++) {
		const t0 = performance.now();
		await current!.flush();
		times.push(Math.round((performance.now() - t0) * 10) / 10);
	}
	return times;
}

async function close(): Promise<void> {
	await current?.destroy();
	current = null;
}

Object.assign(globalThis, {
	bench: {
		seed,
		openToFirstPage,
		whenLoaded,
		listReady,
		runQueries,
		createOrders,
		emptyCommits,
		close
	}
});
