/**
 * Classes of a choropleth: k ranges over the values that have one, by equal intervals (the range cut in k equal
 * parts) or by quantiles (about as many units in each class). Ties and a single value collapse to fewer classes;
 * units without a value are a class of their own, shown as "chưa có số liệu" by the caller.
 */
export type ClassMethod = 'equal' | 'quantile';

export interface ValueClass {
  min: number;
  max: number;
}

export function valueClasses(values: readonly number[], method: ClassMethod, k = 5): ValueClass[] {
  const sorted = values
    .filter(Number.isFinite)
    .slice()
    .sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const lo = sorted[0]!;
  const hi = sorted[sorted.length - 1]!;
  if (lo === hi) return [{ min: lo, max: hi }];
  const cuts: number[] = [];
  if (method === 'equal') {
    for (let i = 1; i < k; i++) cuts.push(lo + ((hi - lo) * i) / k);
  } else {
    for (let i = 1; i < k; i++) cuts.push(sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * i) / k))]!);
  }
  const bounds = [lo, ...new Set(cuts.filter((c) => c > lo && c < hi)), hi];
  return bounds.slice(0, -1).map((min, i) => ({ min, max: bounds[i + 1]! }));
}

/** The class of a value: the first whose max reaches it (a value on a cut belongs to the lower class); -1 for none. */
export function classOf(value: number | null | undefined, classes: readonly ValueClass[]): number {
  if (value === null || value === undefined || !Number.isFinite(value)) return -1;
  const index = classes.findIndex((c) => value <= c.max);
  return index === -1 ? classes.length - 1 : index;
}
