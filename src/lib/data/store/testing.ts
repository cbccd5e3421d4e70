/** Test helpers: stores with a controllable clock and reproducible ids (IndexedDB from fake-indexeddb). */
import { newId, seededRandom } from '../../domain/id';
import { openStore, type OpenOptions, type Store } from './store';

let counter = 0;

/** A test clock: starts at 2026-11-23 09:00 UTC, ticks 1 ms per reading, jumps when told. */
export function testClock(start = Date.UTC(2026, 10, 23, 9)) {
	let t = start;
	return { now: () => t++, advance: (ms: number) => (t += ms) };
}

/** Opens a store with a unique name, a seeded id generator and the given clock. */
export async function openTestStore(
	o: Partial<OpenOptions> & { seed?: number; clock?: ReturnType<typeof testClock> } = {}
): Promise<Store> {
	const random = seededRandom(o.seed ?? 1);
	const clock = o.clock ?? testClock();
	const store = openStore({
		name: o.name ?? `test-${Date.now()}-${counter++}`,
		deviceId: o.deviceId ?? 'device-a',
		now: clock.now,
		newId: () => newId(random),
		...o
	});
	await store.whenSynced;
	return store;
}

/** A valid order input with one line of 2 × 12.50 at 20 % VAT and a 5.90 shipping fee. */
export function sampleOrder(over: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		lines: [{ sku: 'MUG', name: 'Tasse', quantity: 2, unitPrice: 1250, vatRate: 2000 }],
		customer: { email: 'lea@exemple.fr', name: 'Léa Martin', phone: '06 12 34 56 78' },
		shippingMethod: 'Colissimo',
		paymentMethod: 'Carte',
		shippingFee: 590,
		...over
	};
}
