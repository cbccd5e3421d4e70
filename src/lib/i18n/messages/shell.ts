/** Shell strings: navigation, header, updates, page headings and errors. */
export const fr = {
	'app.name': 'Comptoir',
	'app.skipToContent': 'Aller au contenu',
	'app.storeUnnamed': 'Ma boutique',
	'app.storeLabel': 'Boutique',

	'nav.label': 'Navigation principale',
	'nav.menu': 'Menu',
	'nav.orders': 'Commandes',
	'nav.newOrder': 'Nouvelle commande',
	'nav.products': 'Produits',
	'nav.customers': 'Clients',
	'nav.reports': 'Rapports',
	'nav.settings': 'Réglages',
	'nav.devices': 'Appareils',

	'network.online': 'En ligne',
	'network.offline': 'Hors ligne',
	'network.offlineHint': 'Tout continue de fonctionner : les changements restent sur cet appareil.',

	'update.available': 'Une nouvelle version de Comptoir est prête.',
	'update.reload': 'Recharger maintenant',
	'update.later': 'Plus tard',
	'update.offlineReady': 'Comptoir est prêt à fonctionner hors ligne.',
	'update.dismiss': 'Fermer',

	'orders.title': 'Commandes',
	'orders.lead': 'Toutes les commandes de la boutique : rechercher, filtrer, traiter et archiver.',
	'orders.empty': 'Aucune commande pour l’instant.',
	'orders.createFirst': 'Créer une commande',

	'newOrder.title': 'Nouvelle commande',
	'newOrder.lead': 'Saisir une commande pour un client, au stand, au téléphone ou par e-mail.',

	'products.title': 'Produits',
	'products.lead': 'Le catalogue : prix, TVA et stock de chaque produit.',
	'products.empty': 'Aucun produit pour l’instant.',

	'customers.title': 'Clients',
	'customers.lead': 'Les clients, leurs coordonnées et l’historique de leurs commandes.',
	'customers.empty': 'Aucun client pour l’instant.',

	'reports.title': 'Rapports',
	'reports.lead': 'Ventes, TVA collectée et recettes du jour par moyen de paiement.',

	'devices.title': 'Appareils',
	'devices.lead':
		'Les appareils qui partagent cette boutique et l’état de leur synchronisation, sans serveur.',
	'devices.thisDevice': 'Cet appareil',

	'settings.title': 'Réglages',
	'settings.lead': 'La boutique, la langue, la devise et les formats de cet appareil.',
	'settings.display': 'Affichage',
	'settings.language': 'Langue',
	'settings.numberFormat': 'Format des nombres et des dates',
	'settings.numberFormatAuto': 'Selon la langue',
	'settings.currency': 'Devise',
	'settings.storeName': 'Nom de la boutique',
	'settings.preview': 'Aperçu',
	'settings.store': 'Boutique',
	'settings.demoTitle': 'Données de démonstration',
	'settings.demoLead':
		'Remplir la boutique avec des commandes, produits et clients réalistes pour essayer chaque écran.',
	'settings.demoSize': 'Quantité',
	'settings.demoOrders': '{count} commandes',
	'settings.demoFill': 'Remplir avec des données de démo',
	'settings.demoDone': '{count} commandes de démonstration ajoutées.',
	'settings.storeShared': 'Ces réglages sont partagés par tous les appareils de la boutique.',
	'settings.saved': 'Réglages enregistrés.',
	'settings.deviceOnly': 'Ces choix sont propres à cet appareil.',

	'lang.fr': 'Français',
	'lang.en': 'English',

	'error.title': 'Une erreur est survenue',
	'error.notFound': 'Cette page n’existe pas.',
	'error.backHome': 'Retour aux commandes'
} as const;

/** English shell strings. */
export const en: Record<keyof typeof fr, string> = {
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
	'settings.store': 'Shop',
	'settings.demoTitle': 'Demo data',
	'settings.demoLead':
		'Fill the shop with realistic orders, products and customers to try every screen.',
	'settings.demoSize': 'Amount',
	'settings.demoOrders': '{count} orders',
	'settings.demoFill': 'Fill with demo data',
	'settings.demoDone': '{count} demo orders added.',
	'settings.storeShared': 'These settings are shared by every device of the shop.',
	'settings.saved': 'Settings saved.',
	'settings.deviceOnly': 'These choices belong to this device.',

	'lang.fr': 'Français',
	'lang.en': 'English',

	'error.title': 'Something went wrong',
	'error.notFound': 'This page does not exist.',
	'error.backHome': 'Back to orders'
};
