/** Latency samples: update-to-visible (write through the API's path, read the province aggregate) and analytics reads. */
import type { Store } from '../src/store/db.ts';
import { recordValues } from '../src/app/collection/record-values.ts';
import { queryIndicator, type IndicatorQuery } from '../src/app/analytics/indicator-query.ts';
import type { Actor } from '../src/domain/access.ts';
import { benchValue, mix } from './generate.ts';
import { communesOf, type BenchData } from './setup.ts';

export interface Latency {
  samples: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export function summarise(times: number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { samples: sorted.length, p50Ms: round(at(0.5)), p95Ms: round(at(0.95)), maxMs: round(sorted[sorted.length - 1] ?? Number.NaN) };
}

const round = (ms: number) => Math.round(ms * 100) / 100;

const BENCH_ACTOR: Actor = { kind: 'user', name: 'bench', role: 'admin', unitScopes: [] };

/**
 * Writes one value of the first element (a flow, the numerator of the first indicator) for a commune in the last
 * month through recordValues (permissions, validation, version, live deltas, audit; one transaction), then reads
 * the commune's province through the analytics query (now view) and checks that its numerator moved by the change.
 */
export async function updateToVisible(store: Store, data: BenchData, samples: number): Promise<Latency> {
  const period = data.months[data.months.length - 1]!;
  const monthIndex = data.months.length - 1;
  const communes = communesOf(data, period).filter((c) => c.parentCode);
  const current = new Map<string, number>();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const commune = communes[mix(7, i, 11) % communes.length]!;
    const before = current.get(commune.code) ?? benchValue(1, Number(commune.code), monthIndex);
    const value = 2000 + i;
    const query: IndicatorQuery = { indicator: data.indicatorCodes[0]!, unit: commune.parentCode!, periods: [period], view: 'now', breakdown: 'none' };
    const [old] = (await queryIndicator(store, query, BENCH_ACTOR)).rows;
    const started = performance.now();
    await recordValues(store, [{ dataElement: data.elementCodes[0]!, unit: commune.code, period, value }], { actor: BENCH_ACTOR, source: 'api' });
    const [row] = (await queryIndicator(store, query, BENCH_ACTOR)).rows;
    times.push(performance.now() - started);
    const moved = (row?.numerator ?? Number.NaN) - (old?.numerator ?? Number.NaN);
    if (Math.abs(moved - (value - before)) > 1e-6)
      throw new Error(`update not visible: ${commune.code} ${period}: numerator moved ${moved}, expected ${value - before}`);
    current.set(commune.code, value);
  }
  return summarise(times);
}

/**
 * Reads a series through the analytics query (as GET /api/v1/analytics does) `samples` times, cycling through the
 * indicators (so no answer comes from a warm repeat of the same rows only).
 */
export async function analyticsReads(
  store: Store,
  data: BenchData,
  query: Omit<IndicatorQuery, 'indicator'>,
  samples: number,
): Promise<Latency & { rows: number; units: number }> {
  const times: number[] = [];
  let rows = 0;
  let units = 0;
  for (let i = 0; i < samples; i++) {
    const indicator = data.indicatorCodes[i % data.indicatorCodes.length]!;
    const started = performance.now();
    const result = (await queryIndicator(store, { ...query, indicator }, BENCH_ACTOR)).rows;
    times.push(performance.now() - started);
    rows = result.length;
    units = new Set(result.map((r) => r.unit.code)).size;
  }
  return { ...summarise(times), rows, units };
}
