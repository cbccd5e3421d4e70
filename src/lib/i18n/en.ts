import type { MessageKey } from './fr';

/** English UI strings; the type makes a missing or extra key a compile error. */
export const en: Record<MessageKey, string> = {
	'app.name': 'Comptoir',
	'app.skipToContent': 'Skip to content',
	'app.storeUnnamed': 'My shop',
	'app.storeLabel': 'Shop',

	'nav.label': 'Main navigation',
	'nav.menu': 'Menu',
	'nav.orders': 'Orders',
	'nav.newOrder': 'New order',
	'nav.products': 'Products',
	'nav.customers': 'Customers',
	'nav.reports': 'Reports',
	'nav.settings': 'Settings',
	'nav.devices': 'Devices',

	'network.online': 'Online',
	'network.offline': 'Offline',
	'network.offlineHint': 'Everything keeps working: changes stay on this device.',

	'update.available': 'A new version of Comptoir is ready.',
	'update.reload': 'Reload now',
	'update.later': 'Later',
	'update.offlineReady': 'Comptoir is ready to work offline.',
	'update.dismiss': 'Close',

	'orders.title': 'Orders',
	'orders.lead': 'Every order of the shop: search, filter, process and archive.',
	'orders.empty': 'No orders yet.',
	'orders.createFirst': 'Create an order',

	'newOrder.title': 'New order',
	'newOrder.lead': 'Take an order for a customer: at the stall, on the phone or by e-mail.',

	'products.title': 'Products',
	'products.lead': 'The catalogue: price, VAT and stock of every product.',
	'products.empty': 'No products yet.',

	'customers.title': 'Customers',
	'customers.lead': 'Customers, their contact details and their order history.',
	'customers.empty': 'No customers yet.',

	'reports.title': 'Reports',
	'reports.lead': 'Sales, VAT collected and the day’s takings by payment method.',

	'devices.title': 'Devices',
	'devices.lead': 'The devices that share this shop and how far they are in sync, with no server.',
	'devices.thisDevice': 'This device',

	'settings.title': 'Settings',
	'settings.lead': 'The shop, the language, the currency and the formats of this device.',
	'settings.display': 'Display',
	'settings.language': 'Language',
	'settings.numberFormat': 'Number and date format',
	'settings.numberFormatAuto': 'Same as the language',
	'settings.currency': 'Currency',
	'settings.storeName': 'Shop name',
	'settings.preview': 'Preview',
	'settings.saved': 'Settings saved.',
	'settings.deviceOnly': 'These choices belong to this device.',

	'lang.fr': 'Français',
	'lang.en': 'English',

	'error.title': 'Something went wrong',
	'error.notFound': 'This page does not exist.',
	'error.backHome': 'Back to orders'
};
