/** Strings of refunds as events, conflicts flagged after a merge, and frozen documents. */
export const fr = {
	'money.creditNote.free': 'Geste commercial',
	'money.creditNote.method': 'Remboursé par : {method}',
	'money.duplicata': 'DUPLICATA',
	'money.refund.free': 'Montant libre (geste commercial, correction de prix)',
	'money.refund.reason': 'Motif',
	'money.refund.method': 'Moyen de remboursement',
	'money.refund.freeInvalid': 'Le montant libre n’est pas un montant.',
	'money.conflicts.title': 'À régler : des changements faits sur deux appareils se contredisent',
	'money.conflict.overRefunded':
		'Remboursé plus que vendu : {refunded} unité(s) de « {name} » remboursées pour {sold} vendue(s).',
	'money.conflict.aboveQuantity':
		'Une quantité a été baissée pendant qu’un autre appareil remboursait « {name} » : {refunded} remboursée(s), {sold} sur la commande.',
	'money.conflict.abovePaid': 'Remboursé {refunded} pour {paid} payé.',
	'money.conflict.shippingTwice': 'Les frais de port ont été remboursés deux fois.',
	'money.conflict.cancelledButPaid':
		'Annulée sur un appareil pendant qu’un autre l’encaissait : le paiement est gardé, le stock rendu par l’annulation est à vérifier.',
	'money.conflict.cancelledAndRefunded':
		'Annulée sur un appareil pendant qu’un autre la remboursait.',
	'money.conflict.duplicateNumber':
		'Le numéro {number} est aussi celui d’une autre commande : à renuméroter avant d’imprimer.',
	'money.conflict.events': 'Remboursements en cause :',
	'money.refunds.title': 'Remboursements (un avoir chacun)',
	'money.refunds.entry': 'Avoir n° {number} du {date} : {amount}',
	'money.refunds.by': 'par {method}'
} as const;

/** English strings, typed against the French ones. */
export const en: Record<keyof typeof fr, string> = {
	'money.creditNote.free': 'Goodwill amount',
	'money.creditNote.method': 'Refunded by: {method}',
	'money.duplicata': 'DUPLICATE',
	'money.refund.free': 'Free amount (goodwill, price correction)',
	'money.refund.reason': 'Reason',
	'money.refund.method': 'Refund method',
	'money.refund.freeInvalid': 'The free amount is not an amount.',
	'money.conflicts.title': 'To settle: changes made on two devices contradict each other',
	'money.conflict.overRefunded':
		'Refunded more than sold: {refunded} unit(s) of “{name}” refunded for {sold} sold.',
	'money.conflict.aboveQuantity':
		'A quantity was lowered while another device refunded “{name}”: {refunded} refunded, {sold} on the order.',
	'money.conflict.abovePaid': 'Refunded {refunded} for {paid} paid.',
	'money.conflict.shippingTwice': 'The shipping was refunded twice.',
	'money.conflict.cancelledButPaid':
		'Cancelled on one device while another took the payment: the payment is kept, check the stock the cancellation returned.',
	'money.conflict.cancelledAndRefunded': 'Cancelled on one device while another refunded it.',
	'money.conflict.duplicateNumber':
		'Number {number} is also another order’s: renumber before printing.',
	'money.conflict.events': 'Refunds involved:',
	'money.refunds.title': 'Refunds (one credit note each)',
	'money.refunds.entry': 'Credit note {number} of {date}: {amount}',
	'money.refunds.by': 'by {method}'
};
