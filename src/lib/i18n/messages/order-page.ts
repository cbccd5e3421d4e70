/** Strings of the order-page screens. */
export const fr = {} as const;

/** English strings of the order-page screens. */
export const en: Record<keyof typeof fr, string> = {};
