/**
 * The records case of the benchmark (bench/records.ts) at a tiny scale on both dialects: every generated dossier
 * is stored, the derived online-rate indicator at the country equals a count over the raw rows, and each sampled
 * push moved its province's numerator by one (the case throws otherwise). No timing thresholds.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../helpers/stores.ts';
import { RECORDS_INDICATOR, runRecordsCase, type RecordsResult } from '../../bench/records.ts';
import { queryIndicator } from '../../src/app/analytics/indicator-query.ts';
import { CLI_ACTOR } from '../../src/app/policy.ts';

// The 12 months before it (August 2025 – July 2026) are all on the tree of 1/7/2025.
const NOW = new Date('2026-08-15T03:00:00Z');

describeEachDialect('benchmark: the records case', (ctx) => {
  let result: RecordsResult;
  beforeAll(async () => {
    result = await runRecordsCase(ctx.store, { count: 3_000, samples: 4, now: NOW, log: () => {} });
  }, 240_000);

  it('stores every dossier, counts them into the indicator, and measures the push-to-indicator latency', async () => {
    expect(result.dossiers).toBe(3_000);
    expect(result.months).toHaveLength(12);
    const stored = await ctx.store.db
      .selectFrom('dossiers')
      .select((eb) => [eb.fn.countAll().as('n')])
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(3_004);
    const online = await ctx.store.db
      .selectFrom('dossiers')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('channel', '=', 'online')
      .executeTakeFirstOrThrow();
    const rows = (await queryIndicator(ctx.store, { indicator: RECORDS_INDICATOR, unit: 'VN', periods: result.months, view: 'now' }, CLI_ACTOR)).rows;
    expect(rows.reduce((n, r) => n + (r.numerator ?? 0), 0)).toBe(Number(online.n));
    expect(result.newDossierToIndicator.samples).toBe(4);
    expect(result.newDossierToIndicator.p95Ms).toBeGreaterThan(0);
    expect(result.load.recordsPerSecond).toBeGreaterThan(0);
  });
});
