import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { createToken, createUser, login } from '../helpers/auth.ts';
import { upsertPlan } from '../../src/store/metadata/repo.ts';
import { recomputeAll } from '../../src/compute/aggregates/recompute.ts';
import { startJob, waitForJob } from '../../src/compute/jobs/job-runner.ts';
import { buildProgressReport } from '../../src/reports/build/progress-report.ts';
import { renderReport } from '../../src/reports/render.ts';
import { REPORT_JOB, reportRequester } from '../../src/reports/generate/report-jobs.ts';
import { CLI_ACTOR } from '../../src/app/policy.ts';
import { buildFixture } from '../store/compute-fixture.ts';

const TODAY = '2026-01-15';
const REQUEST = { plan: 'P', unit: 'A', period: '2023' };

describeEachDialect('server: generated reports as jobs', (ctx) => {
  let app: FastifyInstance;
  const as: Record<string, Record<string, string>> = {};
  const post = (url: string, who: string, payload: object) => app.inject({ method: 'POST', url, headers: as[who], payload });
  const get = (url: string, who?: string) => app.inject({ method: 'GET', url, headers: who ? as[who] : {} });
  const jobCount = async () => (await ctx.store.db.selectFrom('computeJobs').select('id').execute()).length;
  const generate = async (format: string, who = 'bc_a') => {
    const started = await post('/api/v1/reports', who, { ...REQUEST, format });
    expect(started.statusCode, started.body).toBe(202);
    const { id } = started.json() as { id: number };
    await waitForJob(id);
    return id;
  };

  beforeAll(async () => {
    await buildFixture(ctx.store.db);
    await recomputeAll(ctx.store, { today: TODAY });
    await upsertPlan(ctx.store.db, {
      code: 'P',
      name: 'Kế hoạch chuyển đổi số',
      nameEn: 'Plan',
      unitCode: 'A',
      endPeriod: '2023',
      targets: [{ indicator: 'RATIO', unit: 'A', period: '2023', value: 20, comparison: '>=', group: 'G' }],
    });
    app = buildApp({ store: ctx.store, today: () => TODAY });
    await createUser(ctx.store, { username: 'admin', role: 'admin' });
    await createUser(ctx.store, { username: 'bc_a', role: 'reporter', units: ['A'] });
    await createUser(ctx.store, { username: 'bc_b', role: 'reporter', units: ['B'] });
    for (const user of ['admin', 'bc_a', 'bc_b']) as[user] = (await login(app, user)).headers;
    // A source system's token named like the user bc_a, with the same unit: another requester.
    as['token bc_a'] = { authorization: `Bearer ${await createToken(ctx.store, { name: 'bc_a', units: ['A'] })}` };
  });
  afterAll(async () => app?.close());

  it('refuses at once, queueing nothing: no access, unknown plan or unit, a bad period or format', async () => {
    const before = await jobCount();
    const refused = async (who: string, body: object, status: number, code: string) => {
      const response = await post('/api/v1/reports', who, { ...REQUEST, format: 'docx', ...body });
      expect(response.statusCode, response.body).toBe(status);
      expect(response.json().error.code).toBe(code);
      return response.json().error;
    };
    await refused('bc_b', {}, 403, 'FORBIDDEN');
    await refused('bc_a', { plan: 'NO_SUCH_PLAN' }, 404, 'PLAN_NOT_FOUND');
    await refused('admin', { unit: 'NO_SUCH_UNIT' }, 404, 'UNIT_NOT_FOUND');
    expect((await refused('bc_a', { period: '2023X' }, 400, 'BAD_REQUEST')).details[0].field).toBe('period');
    expect(JSON.stringify(await refused('bc_a', { format: 'odt' }, 400, 'BAD_REQUEST'))).toContain('format');
    expect((await app.inject({ method: 'POST', url: '/api/v1/reports', payload: { ...REQUEST, format: 'docx' } })).statusCode).toBe(401);
    expect(await jobCount()).toBe(before);
    expect((await post('/api/v1/reports/preview', 'bc_b', REQUEST)).statusCode).toBe(403);
  });

  it('runs a DOCX report as a job with four steps and keeps its file for the requester and admins', async () => {
    const started = await post('/api/v1/reports', 'bc_a', { ...REQUEST, format: 'docx' });
    expect(started.statusCode).toBe(202);
    const body = started.json();
    expect(body).toEqual({ id: expect.any(Number), status: 'queued', links: { self: `/api/v1/reports/${body.id}`, file: `/api/v1/reports/${body.id}/file` } });
    await waitForJob(body.id);

    const job = await get(body.links.self, 'bc_a');
    expect(job.statusCode).toBe(200);
    expect(job.json()).toMatchObject({
      id: body.id,
      status: 'done',
      error: null,
      requestedBy: 'bc_a',
      progress: { step: 4, steps: 4 },
      report: { fileName: 'bao-cao-cds-P-A-2023.docx', format: 'docx', size: expect.any(Number) },
    });
    expect(job.json().progress.message).toMatch(/^Lưu tệp/);
    expect((await get(body.links.self, 'bc_b')).statusCode).toBe(403);
    expect((await get(body.links.self, 'admin')).statusCode).toBe(200);
    // the recompute's job route answers its own jobs only
    expect((await get(`/api/v1/compute/jobs/${body.id}`, 'admin')).json().error.code).toBe('JOB_NOT_FOUND');

    const file = await get(body.links.file, 'bc_a');
    expect(file.statusCode).toBe(200);
    const expected = await renderReport(await buildProgressReport(ctx.store, { ...REQUEST, date: TODAY }, CLI_ACTOR), 'docx');
    expect(file.headers['content-type']).toBe(expected.mediaType);
    expect(file.headers['content-disposition']).toBe(`attachment; filename="bao-cao-cds-P-A-2023.docx"; filename*=UTF-8''bao-cao-cds-P-A-2023.docx`);
    expect(file.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(file.rawPayload.length).toBe(job.json().report.size);
    expect((await get(body.links.file, 'bc_b')).statusCode).toBe(403);

    const list = await get('/api/v1/reports', 'admin');
    expect(list.json().items[0]).toMatchObject({ jobId: body.id, plan: 'P', unit: 'A', period: '2023', format: 'docx', fileName: 'bao-cao-cds-P-A-2023.docx' });
    expect(list.json().items[0].bytes).toBeUndefined();
    expect((await get('/api/v1/reports', 'bc_a')).statusCode).toBe(403);
  });

  it('sends each format in its renderer media type; the bytes are what the builder and renderer make of the request', async () => {
    const model = await buildProgressReport(ctx.store, { ...REQUEST, date: TODAY }, CLI_ACTOR);
    for (const format of ['md', 'pdf', 'xlsx'] as const) {
      const id = await generate(format);
      const file = await get(`/api/v1/reports/${id}/file`, 'bc_a');
      const expected = await renderReport(model, format);
      expect(file.headers['content-type']).toBe(expected.mediaType);
      expect(file.headers['content-disposition']).toContain(`filename="bao-cao-cds-P-A-2023.${expected.extension}"`);
      if (format === 'md') expect(file.rawPayload.equals(expected.bytes)).toBe(true);
      if (format === 'pdf') expect(file.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      if (format === 'xlsx') expect(file.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    }
  });

  it('answers 409 REPORT_NOT_READY for the file of a job not done, and 404 for an unknown report', async () => {
    let finish!: () => void;
    const id = await startJob(ctx.store, {
      kind: REPORT_JOB,
      requestedBy: reportRequester({ kind: 'user', name: 'bc_a' }),
      run: () => new Promise<void>((resolve) => (finish = resolve)),
    });
    const early = await get(`/api/v1/reports/${id}/file`, 'bc_a');
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('REPORT_NOT_READY');
    expect((await get(`/api/v1/reports/${id}`, 'bc_a')).json().status).toMatch(/^(queued|running)$/);
    finish();
    await waitForJob(id);
    expect((await get('/api/v1/reports/999999', 'admin')).json().error.code).toBe('REPORT_NOT_FOUND');
  });

  it('previews the model the report lays out', async () => {
    const preview = await post('/api/v1/reports/preview', 'bc_a', REQUEST);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toEqual(JSON.parse(JSON.stringify(await buildProgressReport(ctx.store, { ...REQUEST, date: TODAY }, CLI_ACTOR))));
  });

  it('writes an audit event for each generated report: who, plan, unit, period, format and file name', async () => {
    const id = await generate('md');
    const events = await ctx.store.db.selectFrom('auditEvents').selectAll().where('entity', '=', 'report').where('action', '=', 'generated').execute();
    const event = events.find((e) => (JSON.parse(e.after ?? 'null') as { jobId?: number } | null)?.jobId === id);
    expect(event, JSON.stringify(events)).toBeDefined();
    expect(event).toMatchObject({ actorName: 'bc_a', actorKind: 'user', source: 'api', entityKey: 'P|A|2023', before: null });
    expect(event!.via).toBeTruthy();
    expect(JSON.parse(event!.after!)).toEqual({
      jobId: id,
      plan: 'P',
      unit: 'A',
      period: '2023',
      date: TODAY,
      format: 'md',
      fileName: 'bao-cao-cds-P-A-2023.md',
      size: expect.any(Number),
    });
  });

  it('tells a token from a user of the same name: each sees only its own report jobs', async () => {
    const byToken = await generate('md', 'token bc_a');
    const byUser = await generate('md', 'bc_a');
    expect((await get(`/api/v1/reports/${byToken}`, 'token bc_a')).json()).toMatchObject({ status: 'done', requestedBy: 'bc_a' });
    expect((await get(`/api/v1/reports/${byToken}`, 'bc_a')).statusCode).toBe(403);
    expect((await get(`/api/v1/reports/${byToken}/file`, 'bc_a')).statusCode).toBe(403);
    expect((await get(`/api/v1/reports/${byUser}`, 'token bc_a')).statusCode).toBe(403);
    expect((await get(`/api/v1/reports/${byUser}/file`, 'token bc_a')).statusCode).toBe(403);
    expect((await get(`/api/v1/reports/${byUser}`, 'bc_a')).statusCode).toBe(200);
    expect((await get(`/api/v1/reports/${byToken}`, 'admin')).statusCode).toBe(200);
    const audit = await ctx.store.db.selectFrom('auditEvents').select(['actorKind', 'after']).where('entity', '=', 'report').execute();
    expect(audit.find((e) => (JSON.parse(e.after ?? 'null') as { jobId: number }).jobId === byToken)?.actorKind).toBe('token');
  });
});
