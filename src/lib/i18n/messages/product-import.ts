/** Strings of the CSV import of products. */
export const fr = {
	'paper.import.title': 'Importer des produits (CSV)',
	'paper.import.lead':
		'Colonnes attendues : référence, nom, prix, TVA, stock. Rien n’est importé avant votre confirmation.',
	'paper.import.file': 'Fichier CSV',
	'paper.import.problem.malformed':
		'Ce fichier est mal formé (guillemets non fermés ou contenu non textuel) : rien ne sera importé.',
	'paper.import.problem.empty': 'Ce fichier ne contient aucune ligne de produit.',
	'paper.import.problem.columns':
		'Indiquez quelles colonnes contiennent la référence, le nom et le prix.',
	'paper.import.mapping': 'Colonnes du fichier',
	'paper.import.field.sku': 'Référence',
	'paper.import.field.name': 'Nom',
	'paper.import.field.price': 'Prix',
	'paper.import.field.vatRate': 'TVA',
	'paper.import.field.stock': 'Stock initial',
	'paper.import.notInFile': '— absente du fichier —',
	'paper.import.columnN': 'Colonne {n}',
	'paper.import.summary': '{accepted} produits prêts à importer, {rejected} lignes refusées.',
	'paper.import.rejected': 'Lignes refusées',
	'paper.import.rejectedRow': 'Ligne {line} : {reason}',
	'paper.import.reason.missingSku': 'référence manquante',
	'paper.import.reason.missingName': 'nom manquant',
	'paper.import.reason.badPrice': 'prix « {value} » illisible',
	'paper.import.reason.badVat': 'taux de TVA « {value} » illisible',
	'paper.import.reason.badStock': 'stock « {value} » : un nombre entier positif est attendu',
	'paper.import.reason.duplicateSku': 'référence {sku} déjà présente ligne {first}',
	'paper.import.reason.invalid': 'produit refusé ({code})',
	'paper.import.preview': 'Aperçu',
	'paper.import.more': 'et {count} autres produits.',
	'paper.import.confirm': 'Importer {count} produits',
	'paper.import.done': '{count} produits importés.'
} as const;

/** English strings of the CSV import of products. */
export const en: Record<keyof typeof fr, string> = {
	'paper.import.title': 'Import products (CSV)',
	'paper.import.lead':
		'Expected columns: SKU, name, price, VAT, stock. Nothing is imported until you confirm.',
	'paper.import.file': 'CSV file',
	'paper.import.problem.malformed':
		'This file is malformed (unclosed quotes or not text): nothing will be imported.',
	'paper.import.problem.empty': 'This file holds no product rows.',
	'paper.import.problem.columns': 'Say which columns hold the SKU, the name and the price.',
	'paper.import.mapping': 'Columns of the file',
	'paper.import.field.sku': 'SKU',
	'paper.import.field.name': 'Name',
	'paper.import.field.price': 'Price',
	'paper.import.field.vatRate': 'VAT',
	'paper.import.field.stock': 'Opening stock',
	'paper.import.notInFile': '— not in the file —',
	'paper.import.columnN': 'Column {n}',
	'paper.import.summary': '{accepted} products ready to import, {rejected} rows rejected.',
	'paper.import.rejected': 'Rejected rows',
	'paper.import.rejectedRow': 'Row {line}: {reason}',
	'paper.import.reason.missingSku': 'missing SKU',
	'paper.import.reason.missingName': 'missing name',
	'paper.import.reason.badPrice': 'price “{value}” is not an amount',
	'paper.import.reason.badVat': 'VAT rate “{value}” is not a rate',
	'paper.import.reason.badStock': 'stock “{value}”: a whole positive number is expected',
	'paper.import.reason.duplicateSku': 'SKU {sku} already on row {first}',
	'paper.import.reason.invalid': 'product refused ({code})',
	'paper.import.preview': 'Preview',
	'paper.import.more': 'and {count} more products.',
	'paper.import.confirm': 'Import {count} products',
	'paper.import.done': '{count} products imported.'
};
