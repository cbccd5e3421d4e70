import type { ErrorCode } from '$lib/domain/error-codes';

/** Texts of the refusals the domain and data layers return, one key per error code. */
export const fr = {
	'refusal.input.notObject': "Les données n'ont pas la forme attendue.",
	'refusal.text.required': '{field} est obligatoire.',
	'refusal.text.tooLong': '{field} est trop long ({max} caractères au plus).',
	'refusal.money.invalid': '« {text} » n’est pas un montant.',
	'refusal.money.negative': 'Un montant ne peut pas être négatif.',
	'refusal.money.tooLarge': 'Le montant est trop élevé.',
	'refusal.vat.invalid': 'Le taux de TVA doit être compris entre 0 et 100 %.',
	'refusal.percent.invalid': 'Le pourcentage doit être compris entre 0 et 100.',
	'refusal.quantity.negative': 'Une quantité ne peut pas être négative.',
	'refusal.quantity.notPositive': 'La quantité doit être d’au moins 1.',
	'refusal.quantity.notInteger': 'La quantité doit être un nombre entier.',
	'refusal.quantity.tooLarge': 'La quantité est trop grande.',
	'refusal.email.invalid': '« {email} » n’est pas une adresse e-mail valide.',
	'refusal.sku.invalid':
		'Une référence ne contient que des lettres, chiffres, points, tirets et soulignés.',
	'refusal.order.noLines': 'Une commande doit contenir au moins une ligne.',
	'refusal.order.tooManyLines': 'Une commande compte au plus 1 000 lignes.',
	'refusal.order.unknown': 'Cette commande n’existe pas.',
	'refusal.order.notDraft': 'Cette commande n’est pas un brouillon.',
	'refusal.order.isDraft': 'Le brouillon doit d’abord être validé.',
	'refusal.order.locked': 'Une commande annulée ou remboursée ne peut plus être modifiée.',
	'refusal.order.invoiced':
		'La facture {number} est émise : la modifier demande un avoir et une nouvelle facture, à confirmer.',
	'refusal.order.belowRefunded':
		'Une ligne ne peut pas descendre sous sa quantité remboursée ({refunded}).',
	'refusal.line.unknown': 'Cette ligne ne fait pas partie de la commande.',
	'refusal.status.unknown': 'Statut « {status} » inconnu.',
	'refusal.status.transition': 'Une commande ne peut pas passer de « {from} » à « {to} ».',
	'refusal.status.refundedLocked':
		'Une commande remboursée ne peut plus être marquée payée ou en attente de paiement.',
	'refusal.status.willNotDeliverNeedsCancel':
		'« Ne sera pas livrée » est réservé aux commandes annulées ou remboursées.',
	'refusal.cancel.notAllowed':
		'Seule une commande en attente de paiement peut être annulée ; remboursez une commande payée.',
	'refusal.refund.notPaid': 'Seule une commande payée peut être remboursée.',
	'refusal.refund.empty': 'Choisissez au moins une ligne ou les frais de port à rembourser.',
	'refusal.refund.unknownLine': 'Aucune ligne de référence « {sku} » dans cette commande.',
	'refusal.refund.abovePaid':
		'Impossible de rembourser plus que le montant payé : {refundable} au plus pour cette ligne.',
	'refusal.refund.shippingAlreadyRefunded': 'Les frais de port ont déjà été remboursés.',
	'refusal.product.unknown': 'Aucun produit de référence « {sku} ».',
	'refusal.stock.zeroAdjustment': 'Un ajustement doit modifier le stock.',
	'refusal.tag.unknown': 'Cette étiquette n’existe pas.',
	'refusal.channel.unknown':
		'Canal de vente « {id} » inconnu : choisissez-en un de la liste des Réglages.',
	'refusal.channel.builtInName':
		'Un canal prédéfini ne peut pas être renommé ; ajoutez plutôt votre propre canal.',
	'refusal.channel.nameTaken': 'Un canal nommé « {name} » existe déjà.',
	'refusal.channel.isDefault':
		'C’est le canal par défaut des nouvelles commandes : choisissez-en un autre avant de le masquer.',
	'refusal.colour.invalid': 'Une couleur s’écrit #rrggbb.',
	'refusal.numbering.lower':
		'Le prochain numéro de commande ne peut qu’augmenter (actuellement {current}).',
	'refusal.numbering.invalid': 'Le numéro de commande doit être un entier d’au moins 1.',
	'refusal.device.seriesTaken': 'La série « {series} » est déjà utilisée par un autre appareil.',
	'refusal.device.seriesInvalid': 'Une série compte 1 à 4 lettres ou chiffres.',
	'refusal.settings.documentLanguage':
		'Les documents peuvent être rédigés en français ou en anglais.',
	'refusal.currency.invalid': 'Une devise est un code de trois lettres comme EUR.',
	'refusal.url.invalid': 'Le lien de suivi doit commencer par https:// ou http://.',
	'refusal.date.invalid': 'La date n’est pas valide.',
	'refusal.store.closed': 'Le carnet de commandes est fermé.',
	'refusal.store.notSynced': 'Le carnet de commandes est en cours de chargement.',
	'refusal.refund.aboveRemaining':
		'Impossible de rembourser plus que le montant payé : il reste {refundable} au plus.',
	'refusal.payment.amountZero': 'Un paiement doit être supérieur à zéro.',
	'refusal.payment.methodRequired': 'Choisissez le moyen de paiement.',
	'refusal.payment.tooMuch': 'Ces paiements ({paid}) dépassent le montant dû ({due}).',
	'refusal.payment.notCovered': 'Les paiements ({paid}) ne couvrent pas le total ({total}).',
	'refusal.payment.orderClosed': 'Cette commande ne peut plus recevoir de paiement.',
	'refusal.closing.level': 'Une clôture porte sur un jour, un mois ou une année.',
	'refusal.closing.alreadyClosed':
		'La période {period} est déjà clôturée : les nouveaux événements vont dans la période ouverte suivante.',
	'refusal.settings.siret': 'Le SIREN compte 9 chiffres et le SIRET 14.',
	'refusal.settings.vatRegime': 'Le régime de TVA est « assujetti » ou « franchise en base ».',
	'refusal.closing.unknown': 'Cette clôture n’existe pas.',
	'refusal.document.kind': 'Type de document inconnu.',
	'refusal.storage.full':
		'Non enregistré : le stockage de cet appareil est plein. Le changement est gardé sur cet écran seulement ; ne le refaites pas. Libérez de la place (photos, applications, autres sites) : il sera enregistré avec le prochain changement. Ne fermez pas cet onglet.',
	'refusal.storage.notSaved':
		'Non enregistré sur cet appareil ({reason}). Le changement est gardé sur cet écran seulement ; ne le refaites pas : il sera enregistré avec le prochain changement réussi. Ne fermez pas cet onglet.',
	'refusal.barcode.invalid':
		'Un code-barres fait au plus 64 lettres, chiffres ou signes, sans espace.',
	'refusal.barcode.checkDigit':
		'Le code-barres {code} n’est pas valide : son dernier chiffre (clé de contrôle) ne correspond pas.'
} as const satisfies Record<`refusal.${ErrorCode}`, string>;

/** English texts of the refusals. */
export const en: Record<keyof typeof fr, string> = {
	'refusal.input.notObject': 'The data is not in the expected shape.',
	'refusal.text.required': '{field} is required.',
	'refusal.text.tooLong': '{field} is too long (at most {max} characters).',
	'refusal.money.invalid': '“{text}” is not an amount.',
	'refusal.money.negative': 'An amount cannot be negative.',
	'refusal.money.tooLarge': 'The amount is too large.',
	'refusal.vat.invalid': 'The VAT rate must be between 0 and 100 %.',
	'refusal.percent.invalid': 'The percentage must be between 0 and 100.',
	'refusal.quantity.negative': 'A quantity cannot be negative.',
	'refusal.quantity.notPositive': 'The quantity must be at least 1.',
	'refusal.quantity.notInteger': 'The quantity must be a whole number.',
	'refusal.quantity.tooLarge': 'The quantity is too large.',
	'refusal.email.invalid': '“{email}” is not a valid email address.',
	'refusal.sku.invalid': 'A SKU uses letters, digits, dots, dashes and underscores only.',
	'refusal.order.noLines': 'An order needs at least one line.',
	'refusal.order.tooManyLines': 'An order holds at most 1,000 lines.',
	'refusal.order.unknown': 'This order does not exist.',
	'refusal.order.notDraft': 'This order is not a draft.',
	'refusal.order.isDraft': 'A draft must be placed first.',
	'refusal.order.locked': 'A cancelled or refunded order cannot be edited.',
	'refusal.order.invoiced':
		'Invoice {number} is issued: changing it needs a credit note and a new invoice, to confirm.',
	'refusal.order.belowRefunded': 'A line cannot go below its refunded quantity ({refunded}).',
	'refusal.line.unknown': 'This line is not in the order.',
	'refusal.status.unknown': 'Unknown status “{status}”.',
	'refusal.status.transition': 'An order cannot go from “{from}” to “{to}”.',
	'refusal.status.refundedLocked': 'A refunded order cannot be marked paid or awaiting payment.',
	'refusal.status.willNotDeliverNeedsCancel':
		'“Will not deliver” is only for cancelled or refunded orders.',
	'refusal.cancel.notAllowed':
		'Only an order awaiting payment can be cancelled; refund a paid order.',
	'refusal.refund.notPaid': 'Only a paid order can be refunded.',
	'refusal.refund.empty': 'Choose at least one line or the shipping to refund.',
	'refusal.refund.unknownLine': 'No line with SKU “{sku}” in this order.',
	'refusal.refund.abovePaid':
		'Cannot refund more than was paid: at most {refundable} left for this line.',
	'refusal.refund.shippingAlreadyRefunded': 'The shipping has already been refunded.',
	'refusal.product.unknown': 'No product with SKU “{sku}”.',
	'refusal.stock.zeroAdjustment': 'An adjustment must change the stock.',
	'refusal.tag.unknown': 'This tag does not exist.',
	'refusal.channel.unknown': 'Unknown sales channel “{id}”: choose one from the list in Settings.',
	'refusal.channel.builtInName':
		'A built-in channel cannot be renamed; add a channel of your own instead.',
	'refusal.channel.nameTaken': 'A channel called “{name}” already exists.',
	'refusal.channel.isDefault':
		'This is the default channel of new orders: choose another default before hiding it.',
	'refusal.colour.invalid': 'A colour is written #rrggbb.',
	'refusal.numbering.lower': 'The next order number can only be raised (currently {current}).',
	'refusal.numbering.invalid': 'The order number must be a whole number of at least 1.',
	'refusal.device.seriesTaken': 'Series “{series}” is already used by another device.',
	'refusal.device.seriesInvalid': 'A series is 1 to 4 letters or digits.',
	'refusal.settings.documentLanguage': 'Documents can be written in French or English.',
	'refusal.currency.invalid': 'A currency is a three-letter code such as EUR.',
	'refusal.url.invalid': 'The tracking link must start with https:// or http://.',
	'refusal.date.invalid': 'The date is not valid.',
	'refusal.store.closed': 'The order book is closed.',
	'refusal.store.notSynced': 'The order book is still loading.',
	'refusal.refund.aboveRemaining':
		'Cannot refund more than was paid: at most {refundable} is left to refund.',
	'refusal.payment.amountZero': 'A payment must be more than zero.',
	'refusal.payment.methodRequired': 'Choose how the customer pays.',
	'refusal.payment.tooMuch': 'These payments ({paid}) exceed the amount due ({due}).',
	'refusal.payment.notCovered': 'The payments ({paid}) do not cover the total ({total}).',
	'refusal.payment.orderClosed': 'This order can no longer take a payment.',
	'refusal.closing.level': 'A closing is of a day, a month or a year.',
	'refusal.closing.alreadyClosed':
		'The period {period} is already closed: new events go to the next open period.',
	'refusal.settings.siret': 'The SIREN has 9 digits and the SIRET 14.',
	'refusal.settings.vatRegime': 'The VAT regime is VAT-registered or franchise.',
	'refusal.closing.unknown': 'This closing does not exist.',
	'refusal.document.kind': 'Unknown kind of document.',
	'refusal.storage.full':
		'Not saved: this device’s storage is full. The change is kept on this screen only; do not redo it. Free some space (photos, apps, other sites): it is saved with the next change. Do not close this tab.',
	'refusal.storage.notSaved':
		'Not saved on this device ({reason}). The change is kept on this screen only; do not redo it: it is saved with the next change that succeeds. Do not close this tab.',
	'refusal.barcode.invalid': 'A barcode is at most 64 letters, digits or signs, without spaces.',
	'refusal.barcode.checkDigit':
		'The barcode {code} is not valid: its last digit (check digit) does not match.'
};
