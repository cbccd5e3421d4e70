/** Strings about pages opened on plain http, and the on-screen report of unhandled errors. */
export const fr = {
	'origin.insecure.title': 'Synchronisation et sauvegardes indisponibles sur cette adresse',
	'origin.insecure.why':
		'Comptoir est ouvert en http simple ({origin}). Sur une telle adresse, le navigateur interdit le chiffrement et l’appareil photo dont ont besoin la synchronisation, l’appairage et les sauvegardes.',
	'origin.insecure.works':
		'Tout le reste marche : commandes, produits, impressions et exports CSV, sur cet appareil. Vos données restent enregistrées ici, rien n’est perdu.',
	'origin.insecure.fix':
		'Pour synchroniser : ouvrez Comptoir par une adresse https (la boîte du marché lancée avec « npm run box », ou le site où l’application est publiée), ou installez l’application depuis une adresse https. Puis revenez sur cette page.',
	'origin.insecure.backup':
		'Les sauvegardes aussi ont besoin d’une adresse https : ouvrez Comptoir en https pour exporter ou importer une sauvegarde.',

	'crash.title': 'Une erreur inattendue est survenue',
	'crash.body':
		'Vos données enregistrées ne sont pas touchées. Si quelque chose semble bloqué, rechargez la page. Détail : {detail}',
	'crash.dismiss': 'Fermer'
} as const;

export const en: Record<keyof typeof fr, string> = {
	'origin.insecure.title': 'Syncing and backups are not available at this address',
	'origin.insecure.why':
		'Comptoir is open over plain http ({origin}). At such an address the browser forbids the encryption and the camera that syncing, pairing and backups need.',
	'origin.insecure.works':
		'Everything else works: orders, products, printing and CSV exports, on this device. Your data stays saved here, nothing is lost.',
	'origin.insecure.fix':
		'To sync: open Comptoir from an https address (the market box started with “npm run box”, or the site where the app is published), or install the app from an https address. Then come back to this page.',
	'origin.insecure.backup':
		'Backups need an https address too: open Comptoir over https to export or import a backup.',

	'crash.title': 'Something unexpected went wrong',
	'crash.body':
		'Your saved data is untouched. If something seems stuck, reload the page. Detail: {detail}',
	'crash.dismiss': 'Close'
};
