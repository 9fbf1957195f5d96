/** Ranks with ties ("standard competition": 1, 2, 2, 4), rank change, and grades. */

export interface Ranked<K> {
  key: K;
  score: number | null;
  /** null for units without a score: they are listed, never ranked. */
  rank: number | null;
}

/**
 * Higher scores rank first unless `lowerIsBetter`. Scores are compared at `decimals` (the published
 * precision), so 0,80015 and 0,80024 tie at 4 decimals as they do in the published tables.
 */
export function rankWithTies<K>(items: Array<{ key: K; score: number | null }>, options: { decimals?: number; lowerIsBetter?: boolean } = {}): Ranked<K>[] {
  const factor = 10 ** (options.decimals ?? 4);
  const round = (s: number) => Math.round(s * factor);
  const scored = items.filter((i) => i.score !== null && !Number.isNaN(i.score));
  const sorted = [...scored].sort((a, b) => (options.lowerIsBetter ? round(a.score!) - round(b.score!) : round(b.score!) - round(a.score!)));
  const ranks = new Map<K, number>();
  sorted.forEach((item, index) => {
    const previous = sorted[index - 1];
    const tied = previous !== undefined && round(previous.score!) === round(item.score!);
    ranks.set(item.key, tied ? ranks.get(previous.key)! : index + 1);
  });
  return items.map((i) => ({ key: i.key, score: i.score, rank: ranks.get(i.key) ?? null }));
}

/** Positive when the unit moved up ("tăng 26 bậc": 53 → 27 gives +26). */
export function rankChange(previous: number | null | undefined, current: number | null): number | null {
  if (previous === null || previous === undefined || current === null) return null;
  return previous - current;
}

export interface GradeBand {
  code: string;
  label: string;
  /** Lowest score (0..1) for the band, inclusive. */
  min: number;
}

/** Default bands (tốt / khá / trung bình / yếu); a framework edition may declare its own. */
export const DEFAULT_GRADES: GradeBand[] = [
  { code: 'good', label: 'Tốt', min: 0.8 },
  { code: 'fair', label: 'Khá', min: 0.65 },
  { code: 'average', label: 'Trung bình', min: 0.5 },
  { code: 'weak', label: 'Yếu', min: 0 },
];

export function gradeFor(score: number | null, bands: GradeBand[] = DEFAULT_GRADES): GradeBand | null {
  if (score === null) return null;
  const ordered = [...bands].sort((a, b) => b.min - a.min);
  return ordered.find((band) => score >= band.min) ?? null;
}
