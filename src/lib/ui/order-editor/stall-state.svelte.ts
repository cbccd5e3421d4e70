/** Stall mode's reactive state: the cart, the pinned products (kept on this device) and the search. */
import { parsePinned, stepCart, type Cart } from './stall';

const pinnedKey = 'comptoir.stall.pinned';

function readPinned(): string[] {
	try {
		return parsePinned(localStorage.getItem(pinnedKey));
	} catch {
		// Storage can be refused (private mode, quota): the stall then shows every product.
		return [];
	}
}

/** One customer's sale at the stall. */
export class StallState {
	cart = $state.raw<Cart>({});
	pinned = $state.raw<string[]>(readPinned());
	search = $state('');
	/** True while the seller chooses the day's products instead of selling. */
	choosing = $state(false);

	/** Units in the cart. */
	readonly units: number = $derived(Object.values(this.cart).reduce((a, b) => a + b, 0));

	/** Adds `delta` units of a product (one tap adds one). */
	step(sku: string, delta = 1): void {
		this.cart = stepCart(this.cart, { sku, delta });
	}

	/** Empties the cart for the next customer. */
	clear(): void {
		this.cart = {};
		this.search = '';
	}

	/** Pins or unpins a product for the day; remembered on this device. */
	togglePin(sku: string): void {
		const next = this.pinned.includes(sku)
			? this.pinned.filter((s) => s !== sku)
			: [...this.pinned, sku];
		this.pinned = next;
		try {
			localStorage.setItem(pinnedKey, JSON.stringify(next));
		} catch {
			// Not remembered after a reload; the pins still apply now.
		}
	}
}
