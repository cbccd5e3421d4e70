/** Strings of the catalogue screens. */
export const fr = {} as const;

/** English strings of the catalogue screens. */
export const en: Record<keyof typeof fr, string> = {};
