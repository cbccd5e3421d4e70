/** The dense desk: the order list's one-line filter summary. */
export const fr = {
	'desk.filters.summary': 'Filtres : {list}',
	'drawer.title': 'Caisse du jour',
	'drawer.lead':
		'Comptez les espèces en fin de journée : la caisse dit ce qu’elle devrait contenir.',
	'drawer.count': 'Comptage',
	'drawer.total': 'Ou le total compté',
	'drawer.float': 'Fond de caisse du matin',
	'drawer.balance': 'Ce que la caisse devrait contenir',
	'drawer.received': 'Espèces reçues aujourd’hui',
	'drawer.refunded': 'Remboursements en espèces',
	'drawer.expected': 'Attendu',
	'drawer.counted': 'Compté',
	'drawer.difference': 'Écart',
	'drawer.record': 'Enregistrer le comptage',
	'drawer.savedLine': '{at} : {counted} comptés, écart {difference}'
} as const;

export const en: Record<keyof typeof fr, string> = {
	'desk.filters.summary': 'Filters: {list}',
	'drawer.title': 'Cash drawer',
	'drawer.lead': 'Count the cash at the day’s end: the drawer says what it should hold.',
	'drawer.count': 'Count',
	'drawer.total': 'Or the total counted',
	'drawer.float': 'Morning float',
	'drawer.balance': 'What the drawer should hold',
	'drawer.received': 'Cash received today',
	'drawer.refunded': 'Cash refunds',
	'drawer.expected': 'Expected',
	'drawer.counted': 'Counted',
	'drawer.difference': 'Difference',
	'drawer.record': 'Record the count',
	'drawer.savedLine': '{at}: {counted} counted, difference {difference}'
};
