/** Payment methods, payments received and what is still due (stall, order page, reports). */
export const fr = {
	'payment.method.cash': 'Espèces',
	'payment.method.card': 'Carte',
	'payment.method.cheque': 'Chèque',
	'payment.method.transfer': 'Virement',
	'payment.method.other': 'Autre',
	'payment.method.none': 'non précisé',
	'payment.progress.paid': 'Payée',
	'payment.progress.partly_paid': 'Payée en partie',
	'payment.progress.due': 'À payer',
	'payment.balance': 'Payé {paid} · reste dû {due}',
	'payment.list': 'Paiements',
	'payment.line': '{amount} en {method}',
	'payment.activity': 'Paiement reçu : {amount} ({method})',
	'payment.add': 'Enregistrer un paiement',
	'payment.amount': 'Montant',
	'payment.methodField': 'Moyen de paiement',
	'payment.added': 'Paiement enregistré.',
	'orders.filter.anyPaymentMethod': 'Tous les moyens'
} as const;

export const en: Record<keyof typeof fr, string> = {
	'payment.method.cash': 'Cash',
	'payment.method.card': 'Card',
	'payment.method.cheque': 'Cheque',
	'payment.method.transfer': 'Transfer',
	'payment.method.other': 'Other',
	'payment.method.none': 'not given',
	'payment.progress.paid': 'Paid',
	'payment.progress.partly_paid': 'Partly paid',
	'payment.progress.due': 'Due',
	'payment.balance': 'Paid {paid} · balance due {due}',
	'payment.list': 'Payments',
	'payment.line': '{amount} by {method}',
	'payment.activity': 'Payment received: {amount} ({method})',
	'payment.add': 'Record a payment',
	'payment.amount': 'Amount',
	'payment.methodField': 'Payment method',
	'payment.added': 'Payment recorded.',
	'orders.filter.anyPaymentMethod': 'Any method'
};
