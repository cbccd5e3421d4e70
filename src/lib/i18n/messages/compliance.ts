/** The tamper-evident journal: closing the day, the Conformité page, the integrity check. */
export const fr = {
	'paper.vatFranchise': 'TVA non applicable, art. 293 B du CGI',
	'paper.siret': 'SIRET : {number}',
	'paper.col.unitPrice': 'Prix unitaire',
	'paper.totalFranchise': 'Total',
	'settings.vatRegime': 'Régime de TVA',
	'settings.vatRegime.standard': 'Assujetti à la TVA',
	'settings.vatRegime.franchise': 'Franchise en base (TVA non applicable, art. 293 B du CGI)',
	'field.settings.paymentTerms': 'Conditions de paiement et pénalités (clients professionnels)',
	'till.close.day': 'Clôturer la journée',
	'till.close.month': 'Clôturer le mois',
	'till.close.year': 'Clôturer l’année',
	'till.close.hint':
		'La clôture (ticket Z) fige les totaux de la période par taux de TVA et moyen de paiement dans le journal inaltérable. Une vente arrivée plus tard d’un appareil hors ligne compte dans la période ouverte suivante, signalée comme tardive.',
	'till.close.done': 'Clôture du {period} : {total} sur {events} écritures ; grand total {grand}.',
	'till.close.late': '{count} écriture(s) tardive(s) d’une période déjà clôturée comptée(s) ici.',
	'till.close.nothing': 'Rien à clôturer.',
	'till.compliance.link': 'Conformité et journal',
	'compliance.title': 'Conformité',
	'compliance.lead':
		'Le journal des encaissements de Comptoir : inaltérable, sécurisé, conservé et archivable (article 286 I-3° bis du CGI).',
	'compliance.guarantees.title': 'Ce que Comptoir garantit',
	'compliance.guarantees.1':
		'Chaque vente, paiement, remboursement, annulation, document et changement de réglage est écrit dans le journal de l’appareil qui l’a fait, avec un numéro de séquence et une empreinte SHA-256 qui enchaîne la précédente : une écriture ne se modifie ni ne s’efface ; une correction est une nouvelle écriture.',
	'compliance.guarantees.2':
		'Chaque appareil recopie les journaux des autres et retient leur dernière empreinte : un appareil qui perd ou réécrit la fin de son journal est repéré par les autres.',
	'compliance.guarantees.3':
		'Les clôtures journalières, mensuelles et annuelles figent les totaux par taux de TVA et par moyen de paiement et le grand total perpétuel ; une période clôturée ne reçoit plus d’écriture.',
	'compliance.guarantees.4':
		'L’archive d’une clôture (journal, clôture, données des documents, empreintes) se vérifie sans Comptoir, avec le vérificateur autonome (bin/verify-archive.mjs ou verify-archive.html).',
	'compliance.guarantees.5':
		'Les commandes de démonstration ne sont pas des ventes : ni elles ni ce qu’on leur fait ensuite (paiement, remboursement, facture) n’entrent au journal, et les clôtures ne les comptent pas.',
	'compliance.demo.title': 'Données de démonstration',
	'compliance.demo.body':
		'Cette boutique contient {count} commandes de démonstration (remplies le {date}). Elles ne sont ni au journal ni dans les clôtures ; pour tenir votre caisse, commencez dans une boutique sans démonstration.',
	'compliance.attestation.title': 'Données pour l’attestation de l’éditeur',
	'compliance.attestation.software': 'Logiciel',
	'compliance.attestation.version': 'Version',
	'compliance.attestation.method': 'Procédé',
	'compliance.attestation.methodValue':
		'chaînage SHA-256 par appareil, clôtures avec grand total perpétuel, archives vérifiables',
	'compliance.attestation.store': 'Boutique',
	'compliance.attestation.regime': 'Régime de TVA',
	'compliance.figures.title': 'Le journal en chiffres',
	'compliance.figures.device': 'Appareil',
	'compliance.figures.events': 'Écritures',
	'compliance.figures.head': 'Dernière empreinte',
	'compliance.figures.grand': 'Grand total perpétuel (dernière clôture du jour)',
	'compliance.check.title': 'Contrôle d’intégrité',
	'compliance.check.run': 'Vérifier le journal',
	'compliance.check.ok':
		'Intègre : {events} écritures sur {devices} appareil(s), chaque empreinte et chaque clôture est conforme.',
	'compliance.check.broken': 'Altéré : {count} problème(s) trouvé(s).',
	'compliance.check.where': 'Appareil {device}, écriture n° {seq}',
	'compliance.check.by': ' (repéré par {by})',
	'compliance.problem.unreadable': 'écriture illisible ou modifiée',
	'compliance.problem.hash': 'écriture modifiée : son empreinte ne suit plus la précédente',
	'compliance.problem.wrongPlace': 'écriture hors de sa place',
	'compliance.problem.missing': 'écriture supprimée',
	'compliance.problem.lostTail': 'fin du journal supprimée',
	'compliance.problem.rewritten': 'fin du journal réécrite',
	'compliance.problem.closingTotals':
		'les totaux de la clôture ne sont pas la somme de ses écritures',
	'compliance.problem.closingGrand': 'le grand total ne suit pas la clôture précédente',
	'compliance.problem.closingRange': 'une écriture couverte par une clôture a disparu ou changé',
	'compliance.problem.closingOverlap': 'deux clôtures comptent les mêmes écritures',
	'compliance.closings.title': 'Clôtures',
	'compliance.closings.none': 'Aucune clôture pour l’instant.',
	'compliance.closings.period': 'Période',
	'compliance.closings.total': 'Total TTC',
	'compliance.closings.grand': 'Grand total',
	'compliance.closings.late': 'Tardives',
	'compliance.closings.archive': 'Exporter l’archive',
	'compliance.closings.archiveOf': 'Exporter l’archive de {period}',
	'compliance.closings.several': '{count} clôtures faites à part : chaque écriture comptée une fois'
} as const;

/** English. */
export const en: Record<keyof typeof fr, string> = {
	'paper.vatFranchise': 'VAT not applicable, art. 293 B of the French tax code (CGI)',
	'paper.siret': 'SIRET: {number}',
	'paper.col.unitPrice': 'Unit price',
	'paper.totalFranchise': 'Total',
	'settings.vatRegime': 'VAT regime',
	'settings.vatRegime.standard': 'VAT-registered',
	'settings.vatRegime.franchise': 'VAT franchise (VAT not applicable, art. 293 B CGI)',
	'field.settings.paymentTerms': 'Payment terms and penalties (business customers)',
	'till.close.day': 'Close the day',
	'till.close.month': 'Close the month',
	'till.close.year': 'Close the year',
	'till.close.hint':
		'The closing (Z report) freezes the period’s totals by VAT rate and payment method in the tamper-evident journal. A sale that arrives later from an offline device counts in the next open period, marked late.',
	'till.close.done': 'Closing of {period}: {total} over {events} entries; grand total {grand}.',
	'till.close.late': '{count} late entry(ies) from an already closed period counted here.',
	'till.close.nothing': 'Nothing to close.',
	'till.compliance.link': 'Compliance and journal',
	'compliance.title': 'Compliance',
	'compliance.lead':
		'Comptoir’s sales journal: unalterable, secured, kept and archivable (article 286 I-3° bis of the French tax code).',
	'compliance.guarantees.title': 'What Comptoir guarantees',
	'compliance.guarantees.1':
		'Every sale, payment, refund, cancellation, document and settings change is written to the journal of the device that made it, with a sequence number and a SHA-256 hash chaining the previous one: an entry is never changed or deleted; a correction is a new entry.',
	'compliance.guarantees.2':
		'Every device copies the others’ journals and remembers their last hash: a device that loses or rewrites the end of its journal is caught by the others.',
	'compliance.guarantees.3':
		'Daily, monthly and yearly closings freeze the totals by VAT rate and payment method and the perpetual grand total; a closed period takes no new entry.',
	'compliance.guarantees.4':
		'A closing’s archive (journal, closing, documents’ data, hashes) is checked without Comptoir, with the standalone verifier (bin/verify-archive.mjs or verify-archive.html).',
	'compliance.guarantees.5':
		'Demo orders are not sales: neither they nor what is done to them later (payment, refund, invoice) enter the journal, and closings do not count them.',
	'compliance.demo.title': 'Demo data',
	'compliance.demo.body':
		'This store holds {count} demo orders (filled on {date}). They are neither in the journal nor in the closings; to keep your till, start in a store without demo data.',
	'compliance.attestation.title': 'Data for the publisher’s attestation',
	'compliance.attestation.software': 'Software',
	'compliance.attestation.version': 'Version',
	'compliance.attestation.method': 'Method',
	'compliance.attestation.methodValue':
		'SHA-256 chain per device, closings with a perpetual grand total, verifiable archives',
	'compliance.attestation.store': 'Shop',
	'compliance.attestation.regime': 'VAT regime',
	'compliance.figures.title': 'The journal in figures',
	'compliance.figures.device': 'Device',
	'compliance.figures.events': 'Entries',
	'compliance.figures.head': 'Last hash',
	'compliance.figures.grand': 'Perpetual grand total (last day closing)',
	'compliance.check.title': 'Integrity check',
	'compliance.check.run': 'Check the journal',
	'compliance.check.ok':
		'Intact: {events} entries on {devices} device(s), every hash and closing checks out.',
	'compliance.check.broken': 'Broken: {count} problem(s) found.',
	'compliance.check.where': 'Device {device}, entry {seq}',
	'compliance.check.by': ' (caught by {by})',
	'compliance.problem.unreadable': 'entry unreadable or changed',
	'compliance.problem.hash': 'entry changed: its hash no longer follows the previous one',
	'compliance.problem.wrongPlace': 'entry out of place',
	'compliance.problem.missing': 'entry deleted',
	'compliance.problem.lostTail': 'end of the journal removed',
	'compliance.problem.rewritten': 'end of the journal rewritten',
	'compliance.problem.closingTotals': 'the closing’s totals are not the sum of its entries',
	'compliance.problem.closingGrand': 'the grand total does not follow the previous closing',
	'compliance.problem.closingRange': 'an entry covered by a closing is gone or changed',
	'compliance.problem.closingOverlap': 'two closings count the same entries',
	'compliance.closings.title': 'Closings',
	'compliance.closings.none': 'No closing yet.',
	'compliance.closings.period': 'Period',
	'compliance.closings.total': 'Total incl. VAT',
	'compliance.closings.grand': 'Grand total',
	'compliance.closings.late': 'Late',
	'compliance.closings.archive': 'Export the archive',
	'compliance.closings.archiveOf': 'Export the archive of {period}',
	'compliance.closings.several': '{count} closings made apart: each entry counted once'
};
