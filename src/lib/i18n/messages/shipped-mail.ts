/** Strings of the shipped e-mail offer (order page, list, bulk). */
export const fr = {
	'shippedMail.title': 'Prévenir le client',
	'shippedMail.titleMany': 'Prévenir les clients ({count})',
	'shippedMail.one': 'Préparer l’e-mail d’expédition pour {name}',
	'shippedMail.item': 'Commande {number} · {name}',
	'shippedMail.hintMany':
		'Chaque client reçoit son propre e-mail (avec son numéro de suivi) : ouvrez-les un par un dans votre messagerie.',
	'shippedMail.prepared': 'préparé',
	'shippedMail.progress': '{done} sur {count} préparés',
	'shippedMail.next': 'Préparer le suivant',
	'shippedMail.noEmail': 'Sans adresse e-mail : {numbers}',
	'shippedMail.dismiss': 'Fermer'
} as const;

export const en: Record<keyof typeof fr, string> = {
	'shippedMail.title': 'Tell the customer',
	'shippedMail.titleMany': 'Tell the customers ({count})',
	'shippedMail.one': 'Prepare the shipping e-mail for {name}',
	'shippedMail.item': 'Order {number} · {name}',
	'shippedMail.hintMany':
		'Each customer gets their own e-mail (with their tracking number): open them one at a time in your mail app.',
	'shippedMail.prepared': 'prepared',
	'shippedMail.progress': '{done} of {count} prepared',
	'shippedMail.next': 'Prepare the next one',
	'shippedMail.noEmail': 'No e-mail address: {numbers}',
	'shippedMail.dismiss': 'Close'
};
