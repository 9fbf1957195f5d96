/**
 * GET /analytics carries a rate the units reported beside the count and total the indicator divides, when a
 * rate-consistency rule ties the three: the reported rate, the one the count and total give at its precision,
 * and whether they agree ("17/19 … đạt tỷ lệ 89,4%": 17/19 is 89,47%, so 89,5 — flagged). No rule, no field.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { createUser, login } from '../helpers/auth.ts';
import { recomputeAll } from '../../src/compute/aggregates/recompute.ts';
import { buildFixture, writeLive } from '../store/compute-fixture.ts';

const TODAY = '2026-01-15';
const URL = '/api/v1/analytics?indicator=RATIO&unit=D&period=202301&breakdown=children';

describeEachDialect('server: analytics rows flag reported rates that disagree with their count and total', (ctx) => {
  let app: FastifyInstance;
  let admin: Record<string, string>;
  const rows = async () =>
    (await app.inject({ method: 'GET', url: URL, headers: admin })).json().rows as Array<{
      unit: { code: string };
      value: number | null;
      reportedRate?: unknown;
    }>;

  beforeAll(async () => {
    const ids = await buildFixture(ctx.store.db);
    await recomputeAll(ctx.store, { today: TODAY });
    await writeLive(ctx.store.db, ids, [
      ['NUM', 'C1', '202301', 17],
      ['DEN', 'C1', '202301', 19],
      ['RATE', 'C1', '202301', 89.4],
      ['NUM', 'C2', '202301', 1],
      ['DEN', 'C2', '202301', 2],
      ['RATE', 'C2', '202301', 50],
    ]);
    app = buildApp({ store: ctx.store, today: () => TODAY });
    await createUser(ctx.store, { username: 'admin', role: 'admin' });
    admin = (await login(app, 'admin')).headers;
  });
  afterAll(async () => app?.close());

  it('says nothing of a rate no rule ties to the indicator', async () => {
    expect((await rows()).every((r) => r.reportedRate === undefined)).toBe(true);
  });

  it('with the rule: the reported and the computed rate on each row that reported one, and whether they agree', async () => {
    // Through the API, as an administrator adds a rule (audited: the analytics answers kept so far are dropped).
    const payload = {
      kind: 'rate_consistency',
      code: 'TL_RATIO',
      name: 'Tỷ lệ',
      countElement: 'NUM',
      totalElement: 'DEN',
      rateElement: 'RATE',
      severity: 'warning',
      message: 'Tỷ lệ không khớp / rate mismatch',
    };
    const saved = await app.inject({ method: 'POST', url: '/api/v1/validation-rules', headers: admin, payload });
    expect(saved.statusCode, saved.body).toBe(201);
    const byUnit = new Map((await rows()).map((r) => [r.unit.code, r]));
    expect(byUnit.get('C1')).toMatchObject({ reportedRate: { element: 'RATE', reported: 89.4, expected: 89.5, decimals: 1, consistent: false } });
    expect(byUnit.get('C1')!.value).toBeCloseTo(89.47, 2);
    expect(byUnit.get('C2')).toMatchObject({ reportedRate: { element: 'RATE', reported: 50, expected: 50, decimals: 0, consistent: true } });
    expect(byUnit.get('C3')!.reportedRate).toBeUndefined();
  });
});
