/** Strings of the paper screens. */
export const fr = {} as const;

/** English strings of the paper screens. */
export const en: Record<keyof typeof fr, string> = {};
