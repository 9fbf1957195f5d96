/**
 * Deterministic national-scale data for the benchmark: the real administrative trees (communes before
 * 1/7/2025 on the old tree, after it on the new one), 50 monthly data elements and 25 indicators over them,
 * January 2023 to the last full month. Values come from a hash of (element, unit, month), so every run and
 * every database sees exactly the same numbers without keeping them in memory.
 */
export interface BenchScale {
  /** Fraction of communes used (1 = all). */
  communeFraction: number;
  elements: number;
  firstMonth: string;
  lastMonth: string;
}

export const NATIONAL: BenchScale = { communeFraction: 1, elements: 50, firstMonth: '202301', lastMonth: lastFullMonth(new Date()) };
/** A quarter of the communes: a quick check of the national figures' trend (about 4.4 million values). */
export const QUARTER: BenchScale = { ...NATIONAL, communeFraction: 0.25 };
export const SMOKE: BenchScale = { communeFraction: 0.01, elements: 4, firstMonth: '202505', lastMonth: '202508' };

export function lastFullMonth(now: Date): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(4));
  while (`${y}${String(m).padStart(2, '0')}` <= last) {
    out.push(`${y}${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** Element k (1-based): odd k is a numerator, even k its denominator; the first half are flows, the rest stocks. */
export function benchElements(count: number): Array<{ code: string; name: string; timeAggregation: 'sum' | 'last' }> {
  return Array.from({ length: count }, (_, i) => {
    const k = i + 1;
    return { code: `BENCH_E${String(k).padStart(2, '0')}`, name: `Phần tử thử nghiệm ${k}`, timeAggregation: k <= count / 2 ? 'sum' : 'last' };
  });
}

export function benchIndicators(elementCount: number): Array<{ code: string; numerator: string; denominator: string }> {
  return Array.from({ length: Math.floor(elementCount / 2) }, (_, i) => ({
    code: `BENCH_I${String(i + 1).padStart(2, '0')}`,
    numerator: `#{BENCH_E${String(2 * i + 1).padStart(2, '0')}}`,
    denominator: `#{BENCH_E${String(2 * i + 2).padStart(2, '0')}}`,
  }));
}

/** 32-bit mix of three integers (splitmix-style): fast, deterministic, well spread. */
export function mix(a: number, b: number, c: number): number {
  let h = (a * 0x9e3779b1) ^ (b * 0x85ebca77) ^ (c * 0xc2b2ae3d);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The value of element k (1-based) for a commune and month: a denominator 50..1049, its numerator ≤ it. */
export function benchValue(k: number, communeNumber: number, monthIndex: number): number {
  const pair = Math.ceil(k / 2);
  const total = 50 + (mix(pair, communeNumber, monthIndex) % 1000);
  if (k % 2 === 0) return total;
  return Math.floor((total * (mix(k, communeNumber, monthIndex) % 101)) / 100);
}

/** Keeps every n-th commune for fractional scales, deterministically. */
export function sampleCommunes<T extends { code: string }>(communes: T[], fraction: number): T[] {
  if (fraction >= 1) return communes;
  const step = Math.max(1, Math.round(1 / fraction));
  return communes.filter((_, i) => i % step === 0);
}
