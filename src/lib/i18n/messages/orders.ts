/** Strings of the orders screens. */
export const fr = {} as const;

/** English strings of the orders screens. */
export const en: Record<keyof typeof fr, string> = {};
