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
    await upsertPlan(ctx.store.db, {
      code: 'P',
      name: 'Kế hoạch',
      nameEn: 'Plan',
      unitCode: 'A',
      endPeriod: '2023',
      targets: [{ indicator: 'RATIO', unit: 'A', period: '202301', value: 20, comparison: '>=', group: 'G' }],
    });
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
      {
        unit: { code: 'A', name: 'Đơn vị A' },
        period: '202301',
        value: 25,
        numerator: 1,
        denominator: 4,
        coverage: { reported: 2, expected: 3 },
        target: 20,
        status: 'exceeded',
        gap: 5,
      },
    ]);
  });

  it('breaks down by children in both views', async () => {
    const was = (await get('/api/v1/analytics?indicator=RATIO&unit=D&period=202301&breakdown=children', 'admin')).json();
    expect(was.rows.map((r: { unit: { code: string }; value: number | null }) => [r.unit.code, r.value])).toEqual([
      ['C1', 100],
      ['C2', 0],
      ['C3', null],
    ]);
    const now = (await get('/api/v1/analytics?indicator=RATIO&unit=N&period=2023&breakdown=children&view=now', 'admin')).json();
    expect(now.rows.find((r: { unit: { code: string } }) => r.unit.code === 'X')).toMatchObject({ numerator: 1, denominator: 2.5, approximate: true });
  });

  it('attaches targets in the was view only: in the now view a code may name another unit than the target meant', async () => {
    await upsertPlan(ctx.store.db, {
      code: 'P_NOW',
      name: 'Kế hoạch N',
      nameEn: 'Plan N',
      targets: [{ indicator: 'RATIO', unit: 'N', period: '202301', value: 99, comparison: '>=' }],
    });
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

  it('keeps the single-period answer and adds the periods asked and the unit as resolved', async () => {
    const body = (await get('/api/v1/analytics?indicator=RATIO&unit=A&period=202301', 'admin')).json();
    expect(body).toMatchObject({
      indicator: 'RATIO',
      period: '202301',
      view: 'was',
      breakdown: 'none',
      periods: ['202301'],
      unit: { code: 'A', name: 'Đơn vị A' },
    });
    expect(Object.keys(body).sort()).toEqual(['breakdown', 'indicator', 'period', 'periods', 'rows', 'unit', 'view']);
  });

  it('answers a range of periods in one request: period by period, each the single-period answer', async () => {
    const series = (await get('/api/v1/analytics?indicator=RATIO&unit=D&periods=202301..202303&breakdown=children', 'admin')).json();
    expect(series).toMatchObject({ period: '202301..202303', periods: ['202301', '202302', '202303'], breakdown: 'children' });
    expect(series.rows.map((r: { unit: { code: string }; period: string }) => `${r.period} ${r.unit.code}`)).toEqual([
      '202301 C1',
      '202301 C2',
      '202301 C3',
      '202302 C1',
      '202302 C2',
      '202302 C3',
      '202303 C1',
      '202303 C2',
      '202303 C3',
    ]);
    const one = await Promise.all(
      ['202301', '202302', '202303'].map(
        async (p) => (await get(`/api/v1/analytics?indicator=RATIO&unit=D&period=${p}&breakdown=children`, 'admin')).json().rows,
      ),
    );
    expect(series.rows).toEqual(one.flat());
    const pair = (await get('/api/v1/analytics?indicator=RATIO&unit=D&from=202301&to=202303&breakdown=children', 'admin')).json();
    expect(pair).toEqual(series);
    // Targets go on the row of their period only.
    const withTarget = (await get('/api/v1/analytics?indicator=RATIO&unit=A&periods=2022Q4..2023Q1', 'admin')).json().rows;
    expect(withTarget.map((r: { period: string; target?: number }) => [r.period, r.target])).toEqual([
      ['2022Q4', undefined],
      ['2023Q1', undefined],
    ]);
    const monthly = (await get('/api/v1/analytics?indicator=RATIO&unit=A&periods=202212..202302', 'admin')).json().rows;
    expect(monthly.map((r: { period: string; status?: string }) => [r.period, r.status ?? null])).toEqual([
      ['202212', null],
      ['202301', 'exceeded'],
      ['202302', null],
    ]);
  });

  it('breaks down by the leaf units below, or by listed units at or below the unit, in the order listed', async () => {
    const leaves = (await get('/api/v1/analytics?indicator=RATIO&unit=A&period=202301&breakdown=leaves', 'admin')).json();
    expect(leaves.rows.map((r: { unit: { code: string }; value: number | null }) => [r.unit.code, r.value])).toEqual([
      ['C1', 100],
      ['C2', 0],
      ['C3', null],
    ]);
    const listed = (await get('/api/v1/analytics?indicator=RATIO&unit=A&period=202301&units=C2,D,C1', 'admin')).json();
    expect(listed.breakdown).toBe('units');
    expect(listed.rows.map((r: { unit: { code: string }; value: number | null }) => [r.unit.code, r.value])).toEqual([
      ['C2', 0],
      ['D', 25],
      ['C1', 100],
    ]);
    const outside = await get('/api/v1/analytics?indicator=RATIO&unit=D&period=202301&units=C1,C4', 'admin');
    expect([outside.statusCode, outside.json().error.code, outside.json().error.details]).toEqual([
      400,
      'BAD_REQUEST',
      [{ field: 'units', message: 'đơn vị C4 không thuộc D / C4 is not within D' }],
    ]);
    const unknown = await get('/api/v1/analytics?indicator=RATIO&unit=D&period=202301&units=C1,QQ', 'admin');
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, 'UNIT_NOT_FOUND']);
    expect(unknown.json().error.message).toContain('"QQ"');
    const both = await get('/api/v1/analytics?indicator=RATIO&unit=D&period=202301&units=C1&breakdown=children', 'admin');
    expect([both.statusCode, both.json().error.details[0].field]).toEqual([400, 'units']);
  });

  it('checks read access on the unit of a series, and refuses it before reading', async () => {
    expect((await get('/api/v1/analytics?indicator=RATIO&unit=A&periods=202301..202312&breakdown=leaves', 'bc_a')).statusCode).toBe(200);
    expect((await get('/api/v1/analytics?indicator=RATIO&unit=A&periods=202301..202312&breakdown=leaves', 'bc_b')).json().error.code).toBe('FORBIDDEN');
    expect((await get('/api/v1/analytics?indicator=RATIO&unit=VN&periods=202301..202312&units=A', 'bc_a')).json().error.code).toBe('FORBIDDEN');
  });

  it('refuses periods it cannot answer with 400 naming the field and the limit', async () => {
    const refusal = async (query: string) => {
      const res = await get(`/api/v1/analytics?indicator=RATIO&unit=A&${query}`, 'admin');
      const { code, message, details } = res.json().error as { code: string; message: string; details: Array<{ field: string }> };
      return { status: res.statusCode, code, field: details?.[0]?.field, message };
    };
    expect(await refusal('periods=201501..202501')).toMatchObject({
      status: 400,
      code: 'BAD_REQUEST',
      field: 'periods',
      message: expect.stringContaining('tối đa 120 kỳ'),
    });
    expect((await refusal('periods=201501..202501')).message).toContain('121 asked');
    expect(await refusal('from=2000&to=2130')).toMatchObject({ status: 400, field: 'to' });
    expect(await refusal('periods=2023Q1..202312')).toMatchObject({ status: 400, field: 'periods', message: expect.stringContaining('khác loại') });
    expect(await refusal('periods=202312..202301')).toMatchObject({ status: 400, field: 'periods', message: expect.stringContaining('trước kỳ đầu') });
    expect(await refusal('periods=202301..202313')).toMatchObject({ status: 400, field: 'periods', message: expect.stringContaining("'202313'") });
    expect(await refusal('periods=202301')).toMatchObject({ status: 400, field: 'periods', message: expect.stringContaining('ĐẦU..CUỐI') });
    expect(await refusal('periods=202301..202302..202303')).toMatchObject({ status: 400, field: 'periods' });
    expect(await refusal('period=202301&periods=202301..202302')).toMatchObject({
      status: 400,
      field: 'period',
      message: expect.stringContaining('chỉ dùng một'),
    });
    expect(await refusal('from=202301')).toMatchObject({ status: 400, field: 'to' });
    expect(await refusal('to=202301')).toMatchObject({ status: 400, field: 'from' });
    expect(await refusal('view=was')).toMatchObject({ status: 400, field: 'period', message: expect.stringContaining('cần kỳ') });
    // 120 periods are answered.
    expect((await get('/api/v1/analytics?indicator=RATIO&unit=A&periods=201502..202501', 'admin')).json().periods).toHaveLength(120);
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
      expect(body.unit).toEqual({
        code: 'A',
        name: 'Đơn vị A',
        level: 'province',
        validFrom: null,
        validTo: '2025-07-01',
        reorganisation: { kind: 'merge', date: '2025-07-01', legalBasis: null, successors },
      });
      expect(body.targets[0]).toMatchObject({ period: '202301', status: 'exceeded', value: 25, reorganisation: null, now: null });
      expect(body.targets[1]).toMatchObject({
        period: '2025',
        status: 'reorganised',
        statusLabel: { vi: 'đơn vị đã sắp xếp lại', en: 'unit reorganised' },
        gap: null,
        reorganisation: { kind: 'merge', successors },
      });
      expect(body.targets[1].now).toEqual([
        { unit: { code: 'N', name: 'Đơn vị N' }, value: null, coverage: expect.objectContaining({ reported: 0 }), approximate: false },
      ]);
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
