import type { MessageKey } from '$lib/i18n/fr';

/** The sections the main navigation leads to. */
export type NavHref =
	'/orders' | '/orders/new' | '/products' | '/customers' | '/reports' | '/devices' | '/settings';

/** One entry of the main navigation. */
export interface NavItem {
	href: NavHref;
	label: MessageKey;
	/** An SVG path (24x24 viewBox) drawn beside the label. */
	icon: string;
}

/** The main navigation, in the order a seller uses it. */
export const navItems: readonly NavItem[] = [
	{ href: '/orders', label: 'nav.orders', icon: 'M4 5h16v2H4zm0 6h16v2H4zm0 6h10v2H4z' },
	{ href: '/orders/new', label: 'nav.newOrder', icon: 'M11 4h2v7h7v2h-7v7h-2v-7H4v-2h7z' },
	{
		href: '/products',
		label: 'nav.products',
		icon: 'M4 7l8-4 8 4v10l-8 4-8-4zm2 1.5v7.3l5 2.5v-7.3zm12 0l-5 2.5v7.3l5-2.5z'
	},
	{
		href: '/customers',
		label: 'nav.customers',
		icon: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm-7 8c0-3.3 3.1-6 7-6s7 2.7 7 6z'
	},
	{ href: '/reports', label: 'nav.reports', icon: 'M5 19V10h3v9zm5.5 0V5h3v14zM16 19v-6h3v6z' },
	{
		href: '/devices',
		label: 'nav.devices',
		icon: 'M3 5h12v9H3zm2 2v5h8V7zm11 1h5v11h-5zm2 2v7h1v-7zM5 16h8v2H5z'
	},
	{
		href: '/settings',
		label: 'nav.settings',
		icon: 'M19.4 13a7.6 7.6 0 0 0 0-2l2-1.6-2-3.4-2.4 1a7 7 0 0 0-1.7-1L15 3.5h-4l-.4 2.5a7 7 0 0 0-1.7 1l-2.4-1-2 3.4 2 1.6a7.6 7.6 0 0 0 0 2l-2 1.6 2 3.4 2.4-1a7 7 0 0 0 1.7 1l.4 2.5h4l.4-2.5a7 7 0 0 0 1.7-1l2.4 1 2-3.4zM13 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7z'
	}
];

/** True when `pathname` belongs to the section of `href` (New order is not part of Orders). */
export function isCurrent(pathname: string, href: string): boolean {
	if (pathname === href) return true;
	if (href === '/orders')
		return pathname.startsWith('/orders/') && !pathname.startsWith('/orders/new');
	return pathname.startsWith(`${href}/`);
}
