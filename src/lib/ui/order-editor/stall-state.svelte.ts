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
	/** Units the next product tap adds (a quantity key), back to 1 after it. */
	multiplier = $state(1);
	/** The sale's discount as typed ("10 %" or "2,00"). */
	discount = $state('');
	/** Cash handed over, as typed; empty means the exact amount. */
	tendered = $state('');

	/** Units in the cart. */
	readonly units: number = $derived(Object.values(this.cart).reduce((a, b) => a + b, 0));

	/** Adds `delta` units of a product (one tap adds one). */
	step(sku: string, delta = 1): void {
		this.cart = stepCart(this.cart, { sku, delta });
	}

	/** Adds a product as a tap or a scan does: the quantity key's units, then back to one. */
	add(sku: string): void {
		this.step(sku, this.multiplier);
		this.multiplier = 1;
	}

	/** Empties the cart, the discount and the cash for the next customer. */
	clear(): void {
		this.cart = {};
		this.search = '';
		this.multiplier = 1;
		this.discount = '';
		this.tendered = '';
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
