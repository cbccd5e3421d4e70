/** Strings of issued invoices: frozen as printed, corrected by a credit note and a new invoice. */
export const fr = {
	'invoices.correct.title': 'Modifier une commande facturée',
	'invoices.correct.body':
		'La facture {number} sera annulée par un avoir et une nouvelle facture sera émise.',
	'invoices.correct.why':
		'Une facture émise ne se modifie pas : l’ancienne reste imprimable en duplicata, avec son avoir.',
	'invoices.correct.confirm': 'Émettre l’avoir et la nouvelle facture',
	'invoices.replaced.title': 'Factures annulées (réimprimées en duplicata)',
	'invoices.replaced.entry': 'Facture n° {number}',
	'invoices.replaced.detail': 'du {date}, {amount}, annulée par l’avoir {creditNote}',
	'invoices.creditNote.cancels': 'Annule la facture n° {number} du {date}',
	'invoices.creditNote.lines': 'Articles de la facture annulée',
	'invoices.conflict.invoiceCorrectedTwice':
		'La facture a été corrigée sur deux appareils : les factures {numbers} sont toutes deux en vigueur. Annulez celle en trop par un avoir.',
	'invoices.conflict.invoiceDiverged':
		'Deux appareils ont émis la facture {numbers} avec des contenus différents avant de se synchroniser : vérifiez l’exemplaire remis au client.',
	'invoices.conflict.editedAfterInvoice':
		'Les articles ou montants ont changé sur un appareil qui n’avait pas encore vu la facture {numbers} : enregistrez la commande dans l’éditeur pour émettre un avoir et une nouvelle facture.'
};

/** English strings of issued invoices. */
export const en: Record<keyof typeof fr, string> = {
	'invoices.correct.title': 'Change an invoiced order',
	'invoices.correct.body':
		'Invoice {number} will be cancelled by a credit note and a new invoice will be issued.',
	'invoices.correct.why':
		'An issued invoice is never edited: the old one stays printable as a duplicate, with its credit note.',
	'invoices.correct.confirm': 'Issue the credit note and the new invoice',
	'invoices.replaced.title': 'Cancelled invoices (reprinted as duplicates)',
	'invoices.replaced.entry': 'Invoice no. {number}',
	'invoices.replaced.detail': 'of {date}, {amount}, cancelled by credit note {creditNote}',
	'invoices.creditNote.cancels': 'Cancels invoice no. {number} of {date}',
	'invoices.creditNote.lines': 'Items of the cancelled invoice',
	'invoices.conflict.invoiceCorrectedTwice':
		'The invoice was corrected on two devices: invoices {numbers} are both in force. Cancel the extra one with a credit note.',
	'invoices.conflict.invoiceDiverged':
		'Two devices issued invoice {numbers} with different contents before they synced: check the copy the customer was given.',
	'invoices.conflict.editedAfterInvoice':
		'Items or amounts changed on a device that had not yet seen invoice {numbers}: save the order in the editor to issue a credit note and a new invoice.'
};
