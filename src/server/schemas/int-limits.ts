/** The largest id or count the store's integer columns hold (PostgreSQL `integer`); schemas cap integer inputs at it. */
export const MAX_INT32 = 2_147_483_647;

/** A positive integer id (route param or query). */
export const idInteger = { type: 'integer', minimum: 1, maximum: MAX_INT32 } as const;
