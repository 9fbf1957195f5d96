import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { createUser, login } from '../helpers/auth.ts';
import { upsertPlan } from '../../src/store/metadata/repo.ts';
import { recomputeAll } from '../../src/compute/aggregates/recompute.ts';
import { waitForJob } from '../../src/compute/aggregates/jobs.ts';
import { buildFixture, writeLive } from '../store/compute-fixture.ts';

const TODAY = '2026-01-15';

describeEachDialect('server: analytics, plan status, recompute', (ctx) => {
  let app: FastifyInstance;
  const as: Record<string, Record<string, string>> = {};
  const get = (url: string, who?: string) => app.inject({ method: 'GET', url, headers: who ? as[who] : {} });

  beforeAll(async () => {
    const ids = await buildFixture(ctx.store.db);
    await recomputeAll(ctx.store, { today: TODAY });
    await writeLive(ctx.store.db, ids, [
      ['NUM', 'C1', '202301', 1],
      ['DEN', 'C1', '202301', 1],
      ['NUM', 'C2', '202301', 0],
      ['DEN', 'C2', '202301', 3],
    ]);
    await upsertPlan(ctx.store.db, { code: 'P', name: 'Kế hoạch', nameEn: 'Plan', unitCode: 'A', endPeriod: '2023', targets: [{ indicator: 'RATIO', unit: 'A', period: '202301', value: 20, comparison: '>=', group: 'G' }] });
    app = buildApp({ store: ctx.store, today: () => TODAY });
    await createUser(ctx.store, { username: 'admin', role: 'admin' });
    await createUser(ctx.store, { username: 'bc_a', role: 'reporter', units: ['A'] });
    await createUser(ctx.store, { username: 'bc_b', role: 'reporter', units: ['B'] });
    for (const user of ['admin', 'bc_a', 'bc_b']) as[user] = (await login(app, user)).headers;
  });
  afterAll(async () => app?.close());

  it('answers 401 without login, 403 outside the scope, 200 inside it', async () => {
    const url = '/api/v1/analytics?indicator=RATIO&unit=A&period=202301';
    expect((await get(url)).statusCode).toBe(401);
    expect((await get(url, 'bc_b')).json().error.code).toBe('FORBIDDEN');
    const ok = await get(url, 'bc_a');
    expect(ok.statusCode).toBe(200);
    expect(ok.json().rows).toEqual([
      { unit: { code: 'A', name: 'Đơn vị A' }, period: '202301', value: 25, numerator: 1, denominator: 4, coverage: { reported: 2, expected: 3 }, target: 20, status: 'exceeded', gap: 5 },
    ]);
  });

  it('breaks down by children in both views', async () => {
    const was = (await get('/api/v1/analytics?indicator=RATIO&unit=D&period=202301&breakdown=children', 'admin')).json();
    expect(was.rows.map((r: { unit: { code: string }; value: number | null }) => [r.unit.code, r.value])).toEqual([['C1', 100], ['C2', 0], ['C3', null]]);
    const now = (await get('/api/v1/analytics?indicator=RATIO&unit=N&period=2023&breakdown=children&view=now', 'admin')).json();
    expect(now.rows.find((r: { unit: { code: string } }) => r.unit.code === 'X')).toMatchObject({ numerator: 1, denominator: 2.5, approximate: true });
  });

  it('attaches targets in the was view only: in the now view a code may name another unit than the target meant', async () => {
    await upsertPlan(ctx.store.db, { code: 'P_NOW', name: 'Kế hoạch N', nameEn: 'Plan N', targets: [{ indicator: 'RATIO', unit: 'N', period: '202301', value: 99, comparison: '>=' }] });
    const now = (await get('/api/v1/analytics?indicator=RATIO&unit=N&period=202301&view=now', 'admin')).json();
    expect(now.rows).toHaveLength(1);
    expect(now.rows[0]).not.toHaveProperty('target');
    expect(now.rows[0]).not.toHaveProperty('status');
  });

  it('gives 404 for an unknown indicator or unit and 400 for a bad period, in the error shape', async () => {
    const unknownIndicator = await get('/api/v1/analytics?indicator=NOPE&unit=A&period=202301', 'admin');
    expect([unknownIndicator.statusCode, unknownIndicator.json().error.code]).toEqual([404, 'INDICATOR_NOT_FOUND']);
    const unknownUnit = await get('/api/v1/analytics?indicator=RATIO&unit=QQ&period=202301', 'admin');
    expect([unknownUnit.statusCode, unknownUnit.json().error.code]).toEqual([404, 'UNIT_NOT_FOUND']);
    const badPeriod = await get('/api/v1/analytics?indicator=RATIO&unit=A&period=2023M13', 'admin');
    expect([badPeriod.statusCode, badPeriod.json().error.code]).toEqual([400, 'BAD_REQUEST']);
  });

  it('plan status: targets with statuses and the summary; scoped to the plan’s unit', async () => {
    expect((await get('/api/v1/plans/P/status')).statusCode).toBe(401);
    expect((await get('/api/v1/plans/P/status', 'bc_b')).statusCode).toBe(403);
    const ok = await get('/api/v1/plans/P/status', 'bc_a');
    expect(ok.statusCode).toBe(200);
    expect(ok.json().summary.text).toBe('1/1 chỉ tiêu đạt và vượt kế hoạch');
    expect(ok.json().targets[0]).toMatchObject({ status: 'exceeded', gap: 5, value: 25 });
    expect((await get('/api/v1/plans/NOPE/status', 'admin')).json().error.code).toBe('PLAN_NOT_FOUND');
  });

  it('plan status of a unit merged before the plan ended: answers its readers, marks the later period, names the successor', async () => {
    // A ended on 2025-07-01 (wholly into N): its 2022–2025 plan is A's, read by A's readers as of A's last day.
    await upsertPlan(ctx.store.db, {
      code: 'P_MERGED',
      name: 'Đề án tỉnh A 2022–2025',
      nameEn: 'A master plan',
      unitCode: 'A',
      startPeriod: '2022',
      endPeriod: '2025',
      targets: [
        { indicator: 'RATIO', unit: 'A', period: '202301', value: 20, comparison: '>=' },
        { indicator: 'RATIO', unit: 'A', period: '2025', value: 70, comparison: '>=' },
      ],
    });
    const url = '/api/v1/plans/P_MERGED/status';
    expect((await get(url, 'bc_b')).json().error.code).toBe('FORBIDDEN');
    for (const who of ['admin', 'bc_a']) {
      const res = await get(url, who);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      const successors = [{ code: 'N', name: 'Đơn vị N', level: 'province', part: 'full', share: null }];
      expect(body.unit).toEqual({ code: 'A', name: 'Đơn vị A', level: 'province', validFrom: null, validTo: '2025-07-01', reorganisation: { kind: 'merge', date: '2025-07-01', legalBasis: null, successors } });
      expect(body.targets[0]).toMatchObject({ period: '202301', status: 'exceeded', value: 25, reorganisation: null, now: null });
      expect(body.targets[1]).toMatchObject({ period: '2025', status: 'reorganised', statusLabel: { vi: 'đơn vị đã sắp xếp lại', en: 'unit reorganised' }, gap: null, reorganisation: { kind: 'merge', successors } });
      expect(body.targets[1].now).toEqual([{ unit: { code: 'N', name: 'Đơn vị N' }, value: null, coverage: expect.objectContaining({ reported: 0 }), approximate: false }]);
      expect(body.summary).toMatchObject({ total: 2, metOrExceeded: 1, byStatus: { reorganised: 1, exceeded: 1 } });
    }
  });

  it('plan status of a unit code no unit ever had: 404 UNIT_NOT_FOUND naming the code', async () => {
    await upsertPlan(ctx.store.db, { code: 'P_GHOST', name: 'Kế hoạch', nameEn: 'Plan', unitCode: 'QQ', endPeriod: '2023', targets: [] });
    const res = await get('/api/v1/plans/P_GHOST/status', 'admin');
    expect([res.statusCode, res.json().error.code]).toEqual([404, 'UNIT_NOT_FOUND']);
    expect(res.json().error.message).toMatch(/"QQ".*mã này không tồn tại/);
  });

  it('recompute is an admin job with its state in the database', async () => {
    expect((await app.inject({ method: 'POST', url: '/api/v1/compute/recompute', headers: as.bc_a })).statusCode).toBe(403);
    const started = await app.inject({ method: 'POST', url: '/api/v1/compute/recompute', headers: as.admin });
    expect(started.statusCode).toBe(202);
    const { jobId } = started.json() as { jobId: number };
    await waitForJob(jobId);
    const job = (await get(`/api/v1/compute/jobs/${jobId}`, 'admin')).json();
    expect(job).toMatchObject({ id: jobId, status: 'done', requestedBy: 'admin' });
    expect(job.report.aggregateRows).toBeGreaterThan(0);
    expect(job.progress.step).toBe(job.progress.steps);
    expect((await get(`/api/v1/compute/jobs/${jobId}`, 'bc_a')).statusCode).toBe(403);
    expect((await get('/api/v1/compute/jobs/999999', 'admin')).json().error.code).toBe('JOB_NOT_FOUND');
    // the figures are the same after the recompute
    expect((await get('/api/v1/analytics?indicator=RATIO&unit=A&period=202301', 'admin')).json().rows[0].value).toBe(25);
  });
});
