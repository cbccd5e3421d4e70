/** Runs inside headless Chromium: seeds stores and measures the figures of issue 3. */
import { openStore, type Store } from '../src/lib/data/store';
import type { OrderQuery } from '../src/lib/data/queries';
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

async function close(): Promise<void> {
	await current?.destroy();
	current = null;
}

Object.assign(globalThis, {
	bench: { seed, openToFirstPage, whenLoaded, listReady, runQueries, createOrders, close }
});

async function probe(): Promise<Record<string, number>> {
	const { IndexDb } = await import('../src/lib/data/index-db');
	const db = new IndexDb(`${current!.name}-index`);
	const out: Record<string, number> = {};
	const time = async (name: string, fn: () => Promise<unknown>) => {
		const t0 = performance.now();
		await fn();
		out[name] = Math.round((performance.now() - t0) * 10) / 10;
	};
	const ids = (await db.orders.limit(500).primaryKeys()) as string[];
	await time('primaryKeys500', () => db.orders.where('[view+createdAt+id]').between(['active'], ['active', []]).limit(500).primaryKeys());
	await time('bulkGet50', () => db.orders.bulkGet(ids.slice(0, 50)));
	await time('bulkGet500', () => db.orders.bulkGet(ids));
	await time('count', () => db.orders.where('[view+paymentStatus]').equals(['active', 'paid']).count());
	await time('keysPaid', () => db.orders.where('[view+paymentStatus]').equals(['active', 'paid']).primaryKeys());
	await time('wordsMartin', () => db.orders.where('words').startsWith('martin').primaryKeys());
	await time('toArray50', () => db.orders.limit(50).toArray());
	db.close();
	return out;
}
Object.assign(globalThis, { probe });

async function probeLoad(name: string): Promise<Record<string, number>> {
	const Y = await import('yjs');
	const { IndexeddbPersistence } = await import('y-indexeddb');
	const out: Record<string, number> = {};
	let t0 = performance.now();
	const doc = new Y.Doc();
	const p = new IndexeddbPersistence(name, doc);
	await p.whenSynced;
	out.plainLoad = performance.now() - t0;
	t0 = performance.now();
	const update = Y.encodeStateAsUpdate(doc);
	out.encode = performance.now() - t0;
	out.bytes = update.length;
	t0 = performance.now();
	const doc2 = new Y.Doc();
	doc2.getMap('orders').observeDeep(() => undefined);
	Y.applyUpdate(doc2, update);
	out.applyObserved = performance.now() - t0;
	t0 = performance.now();
	const doc3 = new Y.Doc();
	Y.applyUpdate(doc3, update);
	out.applyPlain = performance.now() - t0;
	await p.destroy();
	return out;
}
Object.assign(globalThis, { probeLoad });
