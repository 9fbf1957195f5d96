/**
 * Does a reported rate match its count and total? "17/19 … đạt tỷ lệ 89,4%": 17/19 is 89,47%, which
 * rounds to 89,5 at one decimal, so the report is flagged. A rate is consistent when the computed rate,
 * rounded half-up to as many decimals as the reported one has, equals it.
 */
export interface RateCheck {
  consistent: boolean;
  /** count / total × 100, unrounded. */
  computed: number;
  /** computed, rounded to the reported precision. */
  expected: number;
  reported: number;
  decimals: number;
}

export function roundHalfUp(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  // The epsilon keeps 93.75 → 93.8 despite binary representation (93.7499999…).
  return Math.round(value * factor + Math.sign(value) * 1e-9) / factor;
}

export function checkReportedRate(count: number, total: number, reportedPercent: number, decimals: number): RateCheck {
  if (total === 0) {
    return { consistent: false, computed: Number.NaN, expected: Number.NaN, reported: reportedPercent, decimals };
  }
  const computed = (count / total) * 100;
  const expected = roundHalfUp(computed, decimals);
  return { consistent: Math.abs(expected - reportedPercent) < 1e-9, computed, expected, reported: reportedPercent, decimals };
}
