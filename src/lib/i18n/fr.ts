/** French UI strings: the reference dictionary; every other language must have the same keys. */
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
	'settings.saved': 'Réglages enregistrés.',
	'settings.deviceOnly': 'Ces choix sont propres à cet appareil.',

	'lang.fr': 'Français',
	'lang.en': 'English',

	'error.title': 'Une erreur est survenue',
	'error.notFound': 'Cette page n’existe pas.',
	'error.backHome': 'Retour aux commandes'
} as const;

/** A key of the UI dictionary. */
export type MessageKey = keyof typeof fr;
