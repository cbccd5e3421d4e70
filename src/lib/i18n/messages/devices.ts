/** Strings of the devices screens. */
export const fr = {} as const;

/** English strings of the devices screens. */
export const en: Record<keyof typeof fr, string> = {};
