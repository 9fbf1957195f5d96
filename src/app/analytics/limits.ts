/**
 * The bounds of one analytics query, so a request can never ask for an answer of unbounded size: periods in a
 * series, units in a breakdown, units listed by code, and rows (units × periods). A query over them is refused
 * with 400 BAD_REQUEST naming the limit; docs/API.md lists the same numbers.
 */
export const ANALYTICS_LIMITS = {
  /** Ten years of months, or 120 quarters, half-years or years. */
  periods: 120,
  /** The children or leaf units of a unit (a province's communes: at most a few hundred). */
  units: 1000,
  /** Units listed by code (`units=…`). */
  listedUnits: 200,
  /** Units × periods: 124 communes × 120 months fit. */
  rows: 20_000,
} as const;
