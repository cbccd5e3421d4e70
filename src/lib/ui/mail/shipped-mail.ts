/**
 * The "your order has shipped" e-mail, however the order became shipped (the button, the status
 * select, the list or a bulk change): the seller's mail app opens it, nothing is sent for them.
 */
import type { Tracking } from '$lib/domain/order';
import { translate, type Locale } from '$lib/i18n/translate';
import { mailtoLink } from './mailto';

/** What the e-mail needs to know about one shipped order. */
export interface ShippedOrder {
	/** The customer's address; an order without one gets no e-mail. */
	email: string;
	/** The customer's name, possibly empty. */
	name: string;
	/** The order number as the customer knows it. */
	number: string;
	tracking: Tracking | null;
}

/** The `mailto:` link of the shipped e-mail for `order`, or null when there is no address. */
export function shippedMailto(
	order: ShippedOrder,
	o: { locale: Locale; storeName: string }
): string | null {
	if (!order.email) return null;
	const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) =>
		translate(o.locale, key, params);
	// "Bonjour ," reads badly when the name is empty.
	const lines = [t('orderPage.mail.greeting', { name: order.name }).replace(' ,', ','), ''];
	lines.push(t('orderPage.mail.shippedBody', { number: order.number }));
	const tracking = order.tracking;
	if (tracking?.number) {
		lines.push('');
		if (tracking.carrier) lines.push(t('orderPage.mail.carrier', { carrier: tracking.carrier }));
		lines.push(t('orderPage.mail.trackingNumber', { tracking: tracking.number }));
		if (tracking.url) lines.push(t('orderPage.mail.trackingUrl', { url: tracking.url }));
	}
	lines.push('', t('orderPage.mail.thanks'), o.storeName);
	return mailtoLink({
		to: order.email,
		subject: t('orderPage.mail.shippedSubject', { number: order.number }),
		body: lines.join('\n').trimEnd()
	});
}
