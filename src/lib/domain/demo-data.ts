/**
 * Seeded demo data: realistic French and English products, customers and orders. The same seed
 * gives the same store, so benches and tests are reproducible; the UI uses it for "fill with
 * demo data".
 */
import { seededRandom } from './id';
import type { FulfilmentStatus, PaymentStatus } from './order-status';

/** A product as typed in the catalogue form. */
export interface DemoProduct {
	sku: string;
	name: string;
	price: number;
	vatRate: number;
	digital: boolean;
	openingStock: number;
}

/** An order to create, with the statuses and flags it reaches afterwards. */
export interface DemoOrder {
	input: Record<string, unknown>;
	/** Milliseconds since the epoch. */
	createdAt: number;
	payment: PaymentStatus;
	fulfilment: FulfilmentStatus;
	archived: boolean;
	tags: string[];
	note: string;
}

const goods = [
	['Savon au lait d’ânesse', 'Donkey milk soap', 650],
	['Bougie parfumée figue', 'Fig scented candle', 2490],
	['Miel de lavande 250 g', 'Lavender honey 250 g', 890],
	['Tote bag lin', 'Linen tote bag', 1900],
	['Carnet A5 pointillé', 'Dotted A5 notebook', 1250],
	['Tasse en grès', 'Stoneware mug', 1800],
	['Thé vert jasmin', 'Jasmine green tea', 750],
	['Huile d’olive AOP 50 cl', 'PDO olive oil 50 cl', 1590],
	['Affiche Marseille 30×40', 'Marseille poster 30×40', 2200],
	['Confiture abricot', 'Apricot jam', 595]
] as const;
const firstNames = [
	'Élodie',
	'Lucas',
	'Chloé',
	'Hugo',
	'Léa',
	'Thomas',
	'Emma',
	'Oliver',
	'Amelia',
	'Jack',
	'Manon',
	'Noé',
	'Inès',
	'George',
	'Zoé'
];
const lastNames = [
	'Martin',
	'Bernard',
	'Dubois',
	'Lefèvre',
	'Moreau',
	'Smith',
	'Jones',
	'Taylor',
	'Garnier',
	'Rousseau',
	'Faure',
	'Brown',
	'Mercier',
	'Blanc'
];
const cities = [
	['75011', 'Paris'],
	['13001', 'Marseille'],
	['69002', 'Lyon'],
	['33000', 'Bordeaux'],
	['44000', 'Nantes'],
	['SW1A 1AA', 'London']
] as const;
const shipping = [
	['Colissimo', 590],
	['Mondial Relay', 390],
	['Retrait en boutique', 0],
	['Chronopost', 1290]
] as const;
const payments = ['Carte bancaire', 'Virement', 'Espèces', 'PayPal'];

/**
 * A plausible channel for a demo order: shipped orders come mostly from the online shop, the
 * rest from phone, e-mail and fairs; collected ones from the stall or the phone. About one in
 * twenty has none, like orders taken before channels existed.
 */
function demoChannel(o: { collected: boolean; roll: number }): string | null {
	if (o.roll < 0.05) return null;
	if (o.collected) return o.roll < 0.7 ? 'stall' : o.roll < 0.9 ? 'phone' : 'event';
	return o.roll < 0.55 ? 'online' : o.roll < 0.75 ? 'phone' : o.roll < 0.88 ? 'email' : 'event';
}
const notes = [
	'',
	'',
	'',
	'Paquet cadeau demandé',
	'Client fidèle',
	'Gift wrap please',
	'Relancer pour avis'
];

/** Builds a deterministic demo catalogue, customer list and order list. */
export function demoData(o: { seed: number; orders: number; now?: number; english?: boolean }) {
	const r = seededRandom(o.seed);
	// Channels draw from their own sequence so that every other demo value stays as it was.
	const channelRoll = seededRandom(o.seed ^ 0x5ca1ab1e);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
	const products: DemoProduct[] = [];
	for (let i = 0; i < 60; i++) {
		const [fr, en, price] = goods[i % goods.length]!;
		const variant = Math.floor(i / goods.length);
		const digital = i % 15 === 14;
		products.push({
			sku: `SKU-${String(i + 1).padStart(4, '0')}`,
			name: `${o.english ? en : fr}${variant ? ` #${variant + 1}` : ''}${digital ? ' (PDF)' : ''}`,
			price: price + variant * 100,
			vatRate:
				fr.startsWith('Miel') || fr.startsWith('Thé') || fr.startsWith('Confiture') ? 550 : 2000,
			digital,
			openingStock: digital ? 0 : 50 + Math.floor(r() * 500)
		});
	}
	const customers = Array.from({ length: Math.max(20, Math.ceil(o.orders / 4)) }, (_, i) => {
		const first = pick(firstNames);
		const last = pick(lastNames);
		const [postcode, city] = pick(cities);
		const name = `${first} ${last}`;
		const slug = `${first}.${last}`
			.normalize('NFD')
			.replace(/[^A-Za-z.]/g, '')
			.toLowerCase();
		return {
			email: `${slug}${i}@exemple.fr`,
			name,
			phone: `06 ${String(Math.floor(r() * 1e8))
				.padStart(8, '0')
				.replace(/(\d\d)(?=\d)/g, '$1 ')}`,
			address: {
				name,
				line1: `${1 + Math.floor(r() * 120)} rue de la République`,
				line2: '',
				postcode,
				city,
				country: city === 'London' ? 'GB' : 'FR'
			}
		};
	});
	const now = o.now ?? Date.UTC(2026, 10, 23);
	const span = 3 * 365 * 86_400_000;
	const orders: DemoOrder[] = [];
	for (let i = 0; i < o.orders; i++) {
		const customer = pick(customers);
		const [method, fee] = pick(shipping);
		const lineCount = 1 + Math.floor(r() * r() * 4);
		const lines = Array.from({ length: lineCount }, () => {
			const p = pick(products);
			return {
				sku: p.sku,
				name: p.name,
				quantity: 1 + Math.floor(r() * r() * 4),
				unitPrice: p.price,
				vatRate: p.vatRate,
				digital: p.digital
			};
		});
		const createdAt = now - span + Math.floor((span * (i + r())) / o.orders);
		const age = now - createdAt;
		const roll = r();
		const payment: PaymentStatus =
			age < 3 * 86_400_000 && roll < 0.5
				? 'awaiting_payment'
				: roll < 0.04
					? 'cancelled'
					: roll < 0.07
						? 'refunded'
						: 'paid';
		const fulfilment: FulfilmentStatus =
			payment === 'awaiting_payment'
				? 'awaiting_processing'
				: payment === 'cancelled'
					? 'awaiting_processing'
					: payment === 'refunded'
						? 'will_not_deliver'
						: age < 7 * 86_400_000
							? pick(['processing', 'shipped', 'ready_for_pickup'] as const)
							: 'delivered';
		orders.push({
			input: {
				lines,
				customer: { email: customer.email, name: customer.name, phone: customer.phone },
				shippingAddress: customer.address,
				shippingMethod: method,
				paymentMethod: pick(payments),
				shippingFee: fee,
				discount: r() < 0.1 ? { kind: 'percent', percent: 1000 } : null,
				customerComments: r() < 0.05 ? 'Merci de livrer après 18 h' : '',
				channel: demoChannel({ collected: fee === 0, roll: channelRoll() })
			},
			createdAt,
			payment,
			fulfilment,
			archived: age > 180 * 86_400_000,
			tags: r() < 0.08 ? [pick(['vip', 'cadeau', 'pro'])] : [],
			note: pick(notes)
		});
	}
	return {
		products,
		customers,
		orders,
		tags: [
			{ id: 'vip', name: 'VIP', colour: '#b8860b' },
			{ id: 'cadeau', name: 'Cadeau', colour: '#c0392b' },
			{ id: 'pro', name: 'Pro', colour: '#1f4e79' }
		]
	};
}
