/** Default English and French texts for every error code the domain and data layers return. */
export const messages = {
	'input.notObject': {
		en: 'The data is not in the expected shape.',
		fr: "Les données n'ont pas la forme attendue."
	},
	'text.required': { en: '{field} is required.', fr: '{field} est obligatoire.' },
	'text.tooLong': {
		en: '{field} is too long (at most {max} characters).',
		fr: '{field} est trop long ({max} caractères au plus).'
	},
	'money.invalid': { en: '“{text}” is not an amount.', fr: '« {text} » n’est pas un montant.' },
	'money.negative': {
		en: 'An amount cannot be negative.',
		fr: 'Un montant ne peut pas être négatif.'
	},
	'money.tooLarge': { en: 'The amount is too large.', fr: 'Le montant est trop élevé.' },
	'vat.invalid': {
		en: 'The VAT rate must be between 0 and 100 %.',
		fr: 'Le taux de TVA doit être compris entre 0 et 100 %.'
	},
	'percent.invalid': {
		en: 'The percentage must be between 0 and 100.',
		fr: 'Le pourcentage doit être compris entre 0 et 100.'
	},
	'quantity.negative': {
		en: 'A quantity cannot be negative.',
		fr: 'Une quantité ne peut pas être négative.'
	},
	'quantity.notPositive': {
		en: 'The quantity must be at least 1.',
		fr: 'La quantité doit être d’au moins 1.'
	},
	'quantity.notInteger': {
		en: 'The quantity must be a whole number.',
		fr: 'La quantité doit être un nombre entier.'
	},
	'quantity.tooLarge': { en: 'The quantity is too large.', fr: 'La quantité est trop grande.' },
	'email.invalid': {
		en: '“{email}” is not a valid email address.',
		fr: '« {email} » n’est pas une adresse e-mail valide.'
	},
	'sku.invalid': {
		en: 'A SKU uses letters, digits, dots, dashes and underscores only.',
		fr: 'Une référence ne contient que des lettres, chiffres, points, tirets et soulignés.'
	},
	'order.noLines': {
		en: 'An order needs at least one line.',
		fr: 'Une commande doit contenir au moins une ligne.'
	},
	'order.unknown': { en: 'This order does not exist.', fr: 'Cette commande n’existe pas.' },
	'order.notDraft': {
		en: 'This order is not a draft.',
		fr: 'Cette commande n’est pas un brouillon.'
	},
	'order.isDraft': {
		en: 'A draft must be placed first.',
		fr: 'Le brouillon doit d’abord être validé.'
	},
	'order.locked': {
		en: 'A cancelled or refunded order cannot be edited.',
		fr: 'Une commande annulée ou remboursée ne peut plus être modifiée.'
	},
	'order.belowRefunded': {
		en: 'A line cannot go below its refunded quantity ({refunded}).',
		fr: 'Une ligne ne peut pas descendre sous sa quantité remboursée ({refunded}).'
	},
	'line.unknown': {
		en: 'This line is not in the order.',
		fr: 'Cette ligne ne fait pas partie de la commande.'
	},
	'status.unknown': { en: 'Unknown status “{status}”.', fr: 'Statut « {status} » inconnu.' },
	'status.transition': {
		en: 'An order cannot go from “{from}” to “{to}”.',
		fr: 'Une commande ne peut pas passer de « {from} » à « {to} ».'
	},
	'status.refundedLocked': {
		en: 'A refunded order cannot be marked paid or awaiting payment.',
		fr: 'Une commande remboursée ne peut plus être marquée payée ou en attente de paiement.'
	},
	'status.willNotDeliverNeedsCancel': {
		en: '“Will not deliver” is only for cancelled or refunded orders.',
		fr: '« Ne sera pas livrée » est réservé aux commandes annulées ou remboursées.'
	},
	'cancel.notAllowed': {
		en: 'Only an order awaiting payment can be cancelled; refund a paid order.',
		fr: 'Seule une commande en attente de paiement peut être annulée ; remboursez une commande payée.'
	},
	'refund.notPaid': {
		en: 'Only a paid order can be refunded.',
		fr: 'Seule une commande payée peut être remboursée.'
	},
	'refund.empty': {
		en: 'Choose at least one line or the shipping to refund.',
		fr: 'Choisissez au moins une ligne ou les frais de port à rembourser.'
	},
	'refund.unknownLine': {
		en: 'No line with SKU “{sku}” in this order.',
		fr: 'Aucune ligne de référence « {sku} » dans cette commande.'
	},
	'refund.abovePaid': {
		en: 'Cannot refund more than was paid: at most {refundable} left for this line.',
		fr: 'Impossible de rembourser plus que le montant payé : {refundable} au plus pour cette ligne.'
	},
	'refund.shippingAlreadyRefunded': {
		en: 'The shipping has already been refunded.',
		fr: 'Les frais de port ont déjà été remboursés.'
	},
	'product.unknown': {
		en: 'No product with SKU “{sku}”.',
		fr: 'Aucun produit de référence « {sku} ».'
	},
	'stock.zeroAdjustment': {
		en: 'An adjustment must change the stock.',
		fr: 'Un ajustement doit modifier le stock.'
	},
	'tag.unknown': { en: 'This tag does not exist.', fr: 'Cette étiquette n’existe pas.' },
	'channel.unknown': {
		en: 'Unknown sales channel “{id}”: choose one from the list in Settings.',
		fr: 'Canal de vente « {id} » inconnu : choisissez-en un de la liste des Réglages.'
	},
	'channel.builtInName': {
		en: 'A built-in channel cannot be renamed; add a channel of your own instead.',
		fr: 'Un canal prédéfini ne peut pas être renommé ; ajoutez plutôt votre propre canal.'
	},
	'channel.nameTaken': {
		en: 'A channel called “{name}” already exists.',
		fr: 'Un canal nommé « {name} » existe déjà.'
	},
	'channel.isDefault': {
		en: 'This is the default channel of new orders: choose another default before hiding it.',
		fr: 'C’est le canal par défaut des nouvelles commandes : choisissez-en un autre avant de le masquer.'
	},
	'colour.invalid': { en: 'A colour is written #rrggbb.', fr: 'Une couleur s’écrit #rrggbb.' },
	'numbering.lower': {
		en: 'The next order number can only be raised (currently {current}).',
		fr: 'Le prochain numéro de commande ne peut qu’augmenter (actuellement {current}).'
	},
	'numbering.invalid': {
		en: 'The order number must be a whole number of at least 1.',
		fr: 'Le numéro de commande doit être un entier d’au moins 1.'
	},
	'device.seriesTaken': {
		en: 'Series “{series}” is already used by another device.',
		fr: 'La série « {series} » est déjà utilisée par un autre appareil.'
	},
	'device.seriesInvalid': {
		en: 'A series is 1 to 4 letters or digits.',
		fr: 'Une série compte 1 à 4 lettres ou chiffres.'
	},
	'settings.documentLanguage': {
		en: 'Documents can be written in French or English.',
		fr: 'Les documents peuvent être rédigés en français ou en anglais.'
	},
	'currency.invalid': {
		en: 'A currency is a three-letter code such as EUR.',
		fr: 'Une devise est un code de trois lettres comme EUR.'
	},
	'url.invalid': {
		en: 'The tracking link must start with https:// or http://.',
		fr: 'Le lien de suivi doit commencer par https:// ou http://.'
	},
	'date.invalid': { en: 'The date is not valid.', fr: 'La date n’est pas valide.' },
	'store.closed': { en: 'The order book is closed.', fr: 'Le carnet de commandes est fermé.' },
	'store.notSynced': {
		en: 'The order book is still loading.',
		fr: 'Le carnet de commandes est en cours de chargement.'
	},
	'payment.amountZero': {
		en: 'A payment must be more than zero.',
		fr: 'Un paiement doit être supérieur à zéro.'
	},
	'payment.methodRequired': {
		en: 'Choose how the customer pays.',
		fr: 'Choisissez le moyen de paiement.'
	},
	'payment.tooMuch': {
		en: 'These payments ({paid}) exceed the amount due ({due}).',
		fr: 'Ces paiements ({paid}) dépassent le montant dû ({due}).'
	},
	'payment.notCovered': {
		en: 'The payments ({paid}) do not cover the total ({total}).',
		fr: 'Les paiements ({paid}) ne couvrent pas le total ({total}).'
	},
	'barcode.invalid': {
		en: 'A barcode is at most 64 letters, digits or signs, without spaces.',
		fr: 'Un code-barres fait au plus 64 lettres, chiffres ou signes, sans espace.'
	},
	'barcode.checkDigit': {
		en: 'The barcode {code} is not valid: its last digit (check digit) does not match.',
		fr: 'Le code-barres {code} n’est pas valide : son dernier chiffre (clé de contrôle) ne correspond pas.'
	},
	'payment.orderClosed': {
		en: 'This order can no longer take a payment.',
		fr: 'Cette commande ne peut plus recevoir de paiement.'
	}
} as const satisfies Record<string, { en: string; fr: string }>;

/** Every error code a seller can be shown. */
export type ErrorCode = keyof typeof messages;

/** Fills a code's message in one language with its params (`{name}` placeholders). */
export function messageFor(
	error: { code: ErrorCode; params?: Record<string, string | number> },
	lang: 'en' | 'fr'
): string {
	const text: string = messages[error.code][lang];
	return text.replace(/\{(\w+)\}/g, (_, key: string) => String(error.params?.[key] ?? `{${key}}`));
}
