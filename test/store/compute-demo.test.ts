import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../helpers/stores.ts';
import { ensureDemoData } from '../../src/ingest/demo/index.ts';
import { recomputeAll } from '../../src/compute/recompute.ts';
import { computeIndicator } from '../../src/compute/compute-indicator.ts';

describeEachDialect('compute on the demo data', (ctx) => {
  beforeAll(async () => {
    await ensureDemoData(ctx.store);
    await recomputeAll(ctx.store, { today: '2026-01-15' });
  }, 240_000);

  it('Đắk Nông 2022S2: 71/71 communes with fibre → 100%, coverage 71/71; the same figure inside Lâm Đồng now', async () => {
    const [row] = await computeIndicator(ctx.store.db, { indicator: 'CT_XA_CAP_QUANG', unit: '67', period: '2022S2', view: 'was', breakdown: 'none' });
    expect(row).toMatchObject({ numerator: 71, denominator: 71, value: 100, coverage: { reported: 71, expected: 71 } });
    const [now] = await computeIndicator(ctx.store.db, { indicator: 'CT_XA_CAP_QUANG', unit: '68', period: '2022S2', view: 'now', breakdown: 'none' });
    expect(now).toMatchObject({ numerator: 71, denominator: 71, value: 100 });
    expect(now!.coverage.reported).toBe(71);
    expect(now!.coverage.expected).toBeGreaterThan(71);
  });
});
