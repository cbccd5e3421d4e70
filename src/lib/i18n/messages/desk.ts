/** The dense desk: the order list's one-line filter summary. */
export const fr = {
	'desk.filters.summary': 'Filtres : {list}'
} as const;

export const en: Record<keyof typeof fr, string> = {
	'desk.filters.summary': 'Filters: {list}'
};
