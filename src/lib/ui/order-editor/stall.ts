/** Stall mode: the day's products, the cart as units per SKU, and the order it becomes. */
import { stallChannel } from '$lib/domain/channel';
import type { Cents } from '$lib/domain/money';
import { fold } from '$lib/domain/search';
import { computeTotals, type Discount, type Totals } from '$lib/domain/totals';
import type { VatRate } from '$lib/domain/vat';

/** What stall mode needs of a catalogue product (a row of `listProducts`). */
export interface StallProduct {
	sku: string;
	name: string;
	/** Price in cents. */
	price: number;
	vatRate: number;
	digital: boolean;
	archived: boolean;
	/** Units in stock. */
	level: number;
	trackStock: boolean;
}

/** Units in the cart, per SKU. */
export type Cart = Record<string, number>;

/** Pinned SKUs read from storage; anything unreadable means none. */
export function parsePinned(raw: string | null): string[] {
	if (!raw) return [];
	try {
		const value: unknown = JSON.parse(raw);
		return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
	} catch {
		return [];
	}
}

/** The day's products: the pinned ones, or every product on sale when none is pinned. */
export function dayProducts<P extends StallProduct>(
	products: readonly P[],
	pinned: readonly string[]
) {
	const onSale = products.filter((p) => !p.archived);
	if (pinned.length === 0) return onSale;
	const set = new Set(pinned);
	const chosen = onSale.filter((p) => set.has(p.sku));
	return chosen.length > 0 ? chosen : onSale;
}

/** Products whose name or SKU contains the search (accents and case ignored). */
export function searchProducts<P extends StallProduct>(products: readonly P[], search: string) {
	const s = fold(search.trim());
	if (!s) return [...products];
	return products.filter((p) => fold(p.name).includes(s) || fold(p.sku).includes(s));
}

/** The cart with one SKU changed by `delta` units; a line at zero leaves the cart. */
export function stepCart(cart: Cart, o: { sku: string; delta: number }): Cart {
	const qty = Math.max(0, (cart[o.sku] ?? 0) + o.delta);
	const next = { ...cart };
	if (qty === 0) delete next[o.sku];
	else next[o.sku] = qty;
	return next;
}

/** Order lines of the cart, in the order products were first added. */
export function cartLines(cart: Cart, products: readonly StallProduct[]) {
	const bySku = new Map(products.map((p) => [p.sku, p]));
	return Object.entries(cart).flatMap(([sku, quantity]) => {
		const p = bySku.get(sku);
		if (!p || quantity <= 0) return [];
		return [
			{
				id: sku,
				sku,
				name: p.name,
				quantity,
				unitPrice: p.price as Cents,
				vatRate: p.vatRate as VatRate,
				custom: false,
				digital: p.digital
			}
		];
	});
}

/** Totals of the cart with the store's pricing, in cents. */
export function cartTotals(
	cart: Cart,
	o: {
		products: readonly StallProduct[];
		pricesIncludeVat: boolean;
		feeVatRate: VatRate;
		discount?: Discount | null;
	}
): Totals {
	return computeTotals({
		lines: cartLines(cart, o.products),
		discount: o.discount ?? null,
		shippingFee: 0 as Cents,
		handlingFee: 0 as Cents,
		feeVatRate: o.feeVatRate,
		pricesIncludeVat: o.pricesIncludeVat
	});
}

/** The order input of a sale at the stall, on the stall channel, with the sale's discount. */
export function stallOrderInput(
	cart: Cart,
	o: { products: readonly StallProduct[]; paymentMethod: string; discount?: Discount | null }
) {
	// Line ids are left to the action: SKUs here only key the cart.
	const lines = cartLines(cart, o.products).map(({ id: _id, ...line }) => line);
	return {
		lines,
		paymentMethod: o.paymentMethod,
		discount: o.discount ?? null,
		shippingMethod: '',
		customer: {},
		channel: stallChannel
	};
}
