/** Unreadable records, changes not saved, unexpected errors and persistent storage. */
export const fr = {
	'unreadable.order.title': 'Commande illisible',
	'unreadable.order.text':
		'Cette commande a été écrite par un autre appareil (ou une sauvegarde) sous une forme que cette version ne sait pas lire. Elle est gardée telle quelle, mais laissée hors des listes, des totaux et du stock. Mettez à jour Comptoir sur chaque appareil.',
	'unreadable.problem': 'Ce qui ne va pas : {problem}',
	'unreadable.count':
		'{count} enregistrement(s) illisible(s) gardé(s) dans cette boutique (écrits par un appareil ou une sauvegarde d’une autre version) : ils sont laissés hors des listes, des totaux et du stock.',
	'unreadable.products':
		'{count} produit(s) ou mouvement(s) de stock illisible(s) laissé(s) de côté.',
	'unreadable.orders.title':
		'{count} commande(s) illisible(s) par cette version : gardée(s), mais hors de la liste et des totaux',
	'unreadable.orders.link': 'Commande illisible {id}',
	'unreadable.imported':
		'{count} enregistrement(s) de ce fichier ne peuvent pas être lus par cette version : gardés, mais laissés hors des listes, des totaux et du stock (détail ci-dessous).',
	'unreadable.kind.order': 'commande',
	'unreadable.kind.product': 'produit',
	'unreadable.kind.customer': 'client',
	'unreadable.kind.stock': 'mouvement de stock',
	'unreadable.kind.tag': 'étiquette',
	'unreadable.kind.device': 'appareil',
	'unreadable.kind.channel': 'canal',
	'unreadable.kind.settings': 'réglages',

	'devices.backup.error.too-large':
		'Ce fichier dépasse 256 Mo : ce n’est pas une sauvegarde Comptoir (une boutique de 100 000 commandes en fait environ 20). Rien n’a changé.',
	'import.outcome':
		'Avant d’écrire : {created} nouveaux, {updated} modifiés, {unchanged} inchangés, {refused} refusés. Un produit modifié garde ce que le fichier ne dit pas (archivé, numérique, suivi du stock, TVA).',
	'import.cancel': 'Arrêter l’import',
	'import.stopped':
		'Import arrêté après {done} lignes sur {total} : ces lignes sont enregistrées. Importez le même fichier pour finir (rien ne sera doublé).',
	'import.marker':
		'Un import de « {file} » s’est arrêté après {done} lignes sur {total} (onglet fermé ou erreur). Importez le même fichier pour le finir : les lignes déjà faites restent inchangées, rien n’est doublé.',
	'import.finished': '{created} produits créés, {updated} modifiés, {unchanged} inchangés.',
	'notSaved.title': 'Changement non enregistré',
	'notSaved.quota':
		'Le stockage de cet appareil est plein : le dernier changement n’est pas enregistré sur le disque. Il reste sur cet écran : ne le refaites pas. Libérez de la place (photos, applications, autres sites) et il sera enregistré avec le prochain changement ; exportez une sauvegarde. Ne fermez pas cet onglet avant.',
	'notSaved.other':
		'Le dernier changement n’a pas pu être enregistré sur cet appareil ({reason}). Ne fermez pas cet onglet ; réessayez, ou exportez une sauvegarde.',
	'error.unexpected': 'Erreur inattendue : {message}',
	'error.dismiss': 'Fermer',

	'persist.granted': 'Stockage persistant accordé : le navigateur ne videra pas cette boutique.',
	'persist.refused':
		'Stockage persistant refusé : le navigateur pourrait vider cette boutique s’il manque de place. Exportez des sauvegardes régulièrement (ou installez l’application).',
	'persist.unsupported':
		'Ce navigateur ne permet pas de demander un stockage persistant : exportez des sauvegardes régulièrement.'
} as const;

/** English strings, typed against the French ones. */
export const en: Record<keyof typeof fr, string> = {
	'unreadable.order.title': 'Unreadable order',
	'unreadable.order.text':
		'This order was written by another device (or a backup) in a form this version cannot read. It is kept as it is, but left out of lists, totals and stock. Update Comptoir on every device.',
	'unreadable.problem': 'What is wrong: {problem}',
	'unreadable.count':
		'{count} unreadable record(s) kept in this shop (written by a device or a backup of another version): they are left out of lists, totals and stock.',
	'unreadable.products': '{count} unreadable product(s) or stock movement(s) left out.',
	'unreadable.orders.title':
		'{count} order(s) this version cannot read: kept, but left out of the list and totals',
	'unreadable.orders.link': 'Unreadable order {id}',
	'unreadable.imported':
		'{count} record(s) of this file cannot be read by this version: kept, but left out of lists, totals and stock (details below).',
	'unreadable.kind.order': 'order',
	'unreadable.kind.product': 'product',
	'unreadable.kind.customer': 'customer',
	'unreadable.kind.stock': 'stock movement',
	'unreadable.kind.tag': 'tag',
	'unreadable.kind.device': 'device',
	'unreadable.kind.channel': 'channel',
	'unreadable.kind.settings': 'settings',

	'devices.backup.error.too-large':
		'This file is larger than 256 MB: it is not a Comptoir backup (a shop of 100,000 orders makes about 20). Nothing was changed.',
	'import.outcome':
		'Before writing: {created} new, {updated} updated, {unchanged} unchanged, {refused} refused. An updated product keeps what the file does not say (archived, digital, stock tracking, VAT).',
	'import.cancel': 'Stop the import',
	'import.stopped':
		'Import stopped after {done} of {total} rows: those rows are saved. Import the same file to finish (nothing will be doubled).',
	'import.marker':
		'An import of “{file}” stopped after {done} of {total} rows (tab closed or an error). Import the same file to finish it: rows already done stay unchanged, nothing is doubled.',
	'import.finished': '{created} products created, {updated} updated, {unchanged} unchanged.',
	'notSaved.title': 'Change not saved',
	'notSaved.quota':
		'This device’s storage is full: the last change is not saved to disk. It stays on this screen: do not redo it. Free some space (photos, apps, other sites) and it is saved with the next change; export a backup. Do not close this tab before.',
	'notSaved.other':
		'The last change could not be saved on this device ({reason}). Do not close this tab; try again, or export a backup.',
	'error.unexpected': 'Unexpected error: {message}',
	'error.dismiss': 'Dismiss',

	'persist.granted': 'Persistent storage granted: the browser will not clear this shop.',
	'persist.refused':
		'Persistent storage refused: the browser may clear this shop when space runs low. Export backups regularly (or install the app).',
	'persist.unsupported':
		'This browser cannot be asked for persistent storage: export backups regularly.'
};
