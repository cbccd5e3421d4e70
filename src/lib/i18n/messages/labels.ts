/** Strings of shipping labels: the printed label and the dialog that makes them. */
export const fr = {
	'labels.from': 'De :',
	'labels.to': 'À :',
	'labels.order': 'Commande n° {number}',
	'labels.method': 'Livraison : {method}',
	'labels.tracking': 'Suivi : {number}',
	'labels.trackingCarrier': 'Suivi {carrier} : {number}',
	'labels.title': 'Étiquettes d’expédition',
	'labels.open': 'Imprimer les étiquettes',
	'labels.doc': 'Étiquette d’expédition',
	'labels.prepare': 'Préparer',
	'labels.prepareThis': 'Préparer : {document}',
	'labels.format': 'Format',
	'labels.format.thermal': 'Étiquette 100 × 150 mm, une par page (imprimante thermique)',
	'labels.format.a4': 'Feuilles A4 de 8 étiquettes (2 × 4)',
	'labels.checking': 'Vérification des commandes : {done} sur {total}',
	'labels.toPrint': 'Étiquettes à imprimer : {count}',
	'labels.create': 'Créer le PDF',
	'labels.ready': 'PDF prêt : {count} étiquettes ({pages} pages).',
	'labels.skipped': 'Commandes sans étiquette : {count}',
	'labels.skippedItem': 'n° {number} : {reason}',
	'labels.allSkipped':
		'Aucune étiquette à imprimer : aucune des commandes choisies ne peut en avoir.',
	'labels.reason.no-address': 'pas d’adresse de livraison',
	'labels.reason.draft': 'brouillon, pas encore de numéro',
	'labels.reason.cancelled': 'commande annulée',
	'labels.reason.missing': 'commande introuvable',
	'labels.file': 'etiquettes',
	'labels.noReturnAddress':
		'Pas d’adresse de retour sur les étiquettes : renseignez le nom et l’adresse de la boutique dans les réglages.'
} as const;

/** English strings of shipping labels. */
export const en: Record<keyof typeof fr, string> = {
	'labels.from': 'From:',
	'labels.to': 'To:',
	'labels.order': 'Order no. {number}',
	'labels.method': 'Shipping: {method}',
	'labels.tracking': 'Tracking: {number}',
	'labels.trackingCarrier': 'Tracking {carrier}: {number}',
	'labels.title': 'Shipping labels',
	'labels.open': 'Print shipping labels',
	'labels.doc': 'Shipping label',
	'labels.prepare': 'Prepare',
	'labels.prepareThis': 'Prepare: {document}',
	'labels.format': 'Format',
	'labels.format.thermal': '100 × 150 mm label, one per page (thermal printer)',
	'labels.format.a4': 'A4 sheets of 8 labels (2 × 4)',
	'labels.checking': 'Checking the orders: {done} of {total}',
	'labels.toPrint': 'Labels to print: {count}',
	'labels.create': 'Create the PDF',
	'labels.ready': 'PDF ready: {count} labels ({pages} pages).',
	'labels.skipped': 'Orders without a label: {count}',
	'labels.skippedItem': 'No. {number}: {reason}',
	'labels.allSkipped': 'No label to print: none of the chosen orders can have one.',
	'labels.reason.no-address': 'no shipping address',
	'labels.reason.draft': 'draft, no number yet',
	'labels.reason.cancelled': 'order cancelled',
	'labels.reason.missing': 'order not found',
	'labels.file': 'labels',
	'labels.noReturnAddress':
		'No return address on the labels: fill in the store’s name and address in the settings.'
};
