/** Test fixtures: a placed order with two lines (2 × 12.50 at 20 %, 1 × 8.90 at 5.5 %) and 5.90 shipping. */
import type { Cents } from './money';
import type { Order } from './order';
import { effectivePaymentStatus } from './order-money';
import type { VatRate } from './vat';

/** Builds an order; `over` replaces fields, and the payment status is derived like the store does. */
export function orderFixture(over: Partial<Omit<Order, 'paymentStatus'>> = {}): Order {
	const base: Omit<Order, 'paymentStatus'> = {
		id: 'o1',
		schema: 1,
		number: { series: 'A', n: 1, deviceId: 'd1' },
		createdAt: 0,
		updatedAt: 0,
		deviceId: 'd1',
		draft: false,
		pricesIncludeVat: true,
		feeVatRate: 2000 as VatRate,
		basePaymentStatus: 'paid',
		fulfilmentStatus: 'awaiting_processing',
		lines: [
			{
				id: 'l1',
				sku: 'MUG',
				name: 'Tasse',
				quantity: 2,
				unitPrice: 1250 as Cents,
				vatRate: 2000 as VatRate,
				custom: false,
				digital: false,
				pos: 0
			},
			{
				id: 'l2',
				sku: 'HONEY',
				name: 'Miel',
				quantity: 1,
				unitPrice: 890 as Cents,
				vatRate: 550 as VatRate,
				custom: false,
				digital: false,
				pos: 1
			}
		],
		customer: { email: 'lea@exemple.fr', name: 'Léa', phone: '' },
		shippingAddress: null,
		billingAddress: null,
		shippingMethod: 'Colissimo',
		paymentMethod: 'Carte',
		customerComments: '',
		shippingFee: 590 as Cents,
		handlingFee: 0 as Cents,
		discount: null,
		channel: 'phone',
		tracking: null,
		tags: [],
		archived: false,
		notes: [],
		messages: [],
		refunds: { lines: {}, shipping: false },
		refundEntries: [],
		voidedNumbers: [],
		cancelled: null,
		invoiceIssuedAt: null,
		issuedInvoices: [],
		...over
	};
	return { ...base, paymentStatus: effectivePaymentStatus(base) };
}
