/** Strings of the editor screens. */
export const fr = {} as const;

/** English strings of the editor screens. */
export const en: Record<keyof typeof fr, string> = {};
