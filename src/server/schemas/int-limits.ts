/** The largest id or count the store's integer columns hold (PostgreSQL `integer`); schemas cap integer inputs at it. */
export const MAX_INT32 = 2_147_483_647;

/** A positive integer id (route param or query). */
export const idInteger = { type: 'integer', minimum: 1, maximum: MAX_INT32 } as const;

/** The largest figure a definition may state (a bound, a factor, a target): 10^15, beyond any count or amount a
 * province reports and within a double's exact integers. */
export const MAX_FIGURE = 1e15;
/** A number of a definition (a bound, a factor, a target), kept within ±MAX_FIGURE. */
export const figureNumber = { type: 'number', minimum: -MAX_FIGURE, maximum: MAX_FIGURE } as const;
