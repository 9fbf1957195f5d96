import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/access.ts';
import type { DataElement } from '../../src/domain/metadata.ts';
import { commitImport, startImport } from '../../src/app/imports/import-job.ts';
import { buildApp } from '../../src/server/app.ts';
import { upsertDataElement } from '../../src/store/metadata/repo.ts';
import { createToken, createUser, login } from '../helpers/auth.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { seedUnits } from './fixtures/seed-units.ts';

const element = (code: string): DataElement => ({
  code,
  name: code,
  nameEn: code,
  valueType: 'integer',
  timeAggregation: 'last',
  hierarchyAggregation: 'sum',
  periodType: 'yearly',
});
const reporterActor: Actor = { kind: 'user', name: 'baocao.daknong', role: 'reporter', unitScopes: ['67'] };

/**
 * A value's evidence must be an evidence record of the same unit, period and element (or of a dataset that
 * contains the element), on every path through the write path; and dataset evidence needs write access to
 * one of the dataset's elements.
 */
describeEachDialect('evidence references and dataset evidence', (ctx) => {
  let app: FastifyInstance;
  let dir = '';
  const as: Record<string, Record<string, string>> = {};
  const evidenceOf: Record<string, string> = {};

  const counts = async () => {
    const n = async (table: 'dataValues' | 'currentValues' | 'evidence') =>
      Number(
        (
          await ctx.store.db
            .selectFrom(table)
            .select(sql<number>`count(*)`.as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return { dataValues: await n('dataValues'), currentValues: await n('currentValues'), evidence: await n('evidence') };
  };
  const post = (who: string, payload: object) => app.inject({ method: 'POST', url: '/api/v1/data-values', headers: as[who], payload });
  const link = async (who: string, target: Record<string, string>) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/evidence',
      headers: as[who],
      payload: { kind: 'link', url: 'https://daknong.gov.vn/bao-cao', ...target },
    });
    return response;
  };
  const v = (value: number, evidence: unknown, over: Record<string, unknown> = {}) => ({
    dataElement: 'THON_TONG',
    unit: '67',
    period: '2023',
    value,
    evidence,
    ...over,
  });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dxioc-evidence-refs-'));
    await seedUnits(ctx.store.db);
    for (const code of ['THON_TONG', 'THON_BANG_RONG', 'XA_TONG']) await upsertDataElement(ctx.store.db, element(code));
    app = buildApp({ store: ctx.store, today: () => '2024-01-05' });
    await createUser(ctx.store, { username: 'admin', role: 'admin' });
    await createUser(ctx.store, { username: 'baocao.daknong', role: 'reporter', units: ['67'] });
    as.admin = (await login(app, 'admin')).headers;
    as.bc = (await login(app, 'baocao.daknong')).headers;
    as.token = { authorization: `Bearer ${await createToken(ctx.store, { name: 'thon', units: ['67'], elements: ['THON_TONG'] })}` };
    for (const [code, elements] of [
      ['HA_TANG', ['THON_TONG', 'THON_BANG_RONG']],
      ['XA', ['XA_TONG']],
    ] as const) {
      const payload = {
        code,
        name: code,
        nameEn: code,
        periodType: 'yearly',
        deadlineDays: 15,
        elements: [...elements],
        units: [{ unit: 'VN', level: 'province' }],
      };
      expect((await app.inject({ method: 'POST', url: '/api/v1/datasets', headers: as.admin, payload })).statusCode).toBe(201);
    }
    const make = async (key: string, who: string, target: Record<string, string>) => {
      const response = await link(who, target);
      expect(response.statusCode).toBe(201);
      evidenceOf[key] = response.json().id;
    };
    await make('admin68', 'admin', { unit: '68', period: '2023', element: 'THON_TONG' });
    await make('own', 'bc', { unit: '67', period: '2023', element: 'THON_TONG' });
    await make('own2022', 'bc', { unit: '67', period: '2022', element: 'THON_TONG' });
    await make('otherElement', 'bc', { unit: '67', period: '2023', element: 'THON_BANG_RONG' });
    await make('dataset', 'bc', { unit: '67', period: '2023', dataset: 'HA_TANG' });
    await make('otherDataset', 'bc', { unit: '67', period: '2023', dataset: 'XA' });
  });
  afterAll(async () => {
    await app?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('batch API: another unit’s, another period’s, another element’s or dataset’s evidence, and unknown ids are 422 naming each item; nothing written', async () => {
    const before = await counts();
    const bad = [evidenceOf.admin68, evidenceOf.own2022, evidenceOf.otherElement, evidenceOf.otherDataset, randomUUID(), 'QĐ 12/QĐ-UBND'];
    for (const evidence of bad) {
      const response = await post('bc', { values: [v(19, evidence)] });
      expect(response.statusCode, String(evidence)).toBe(422);
      expect(response.json().error).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [{ index: 0, field: 'evidence', message: expect.stringMatching(/^không có minh chứng .* \/ no evidence with this id/) }],
      });
    }
    // The message is the same for an unknown id and a foreign one: it does not tell what exists elsewhere.
    const messages = new Set<string>();
    for (const evidence of [evidenceOf.admin68, randomUUID()])
      messages.add((await post('bc', { values: [v(19, 'x', { evidence })] })).json().error.details[0].message.replace(/'[^']*'/, "'…'"));
    expect(messages.size).toBe(1);
    const mixed = await post('bc', {
      values: [v(19, evidenceOf.own), v(5, evidenceOf.admin68, { dataElement: 'THON_BANG_RONG' }), v(3, 'bất kỳ', { dataElement: 'XA_TONG' })],
    });
    expect(mixed.statusCode).toBe(422);
    expect(mixed.json().error.details.map((d: { index: number; field: string }) => [d.index, d.field])).toEqual([
      [1, 'evidence'],
      [2, 'evidence'],
    ]);
    expect(await counts()).toEqual(before);
  });

  it('the value’s own evidence, or its dataset’s, is accepted; re-sending the stored reference is not looked up again', async () => {
    const own = await post('bc', { values: [v(19, evidenceOf.own), v(5, evidenceOf.dataset, { dataElement: 'THON_BANG_RONG' })] });
    expect([own.statusCode, own.json()]).toEqual([200, expect.objectContaining({ created: 2 })]);
    expect((await post('bc', { values: [v(20, evidenceOf.own)] })).json()).toMatchObject({ updated: 1 });
    // A reference stored before references were checked (free text) is kept, and may be sent back unchanged.
    await ctx.store.db.updateTable('dataValues').set({ evidenceRef: 'BC 12/UBND (cũ)' }).where('period', '=', '2023').execute();
    expect((await post('bc', { values: [v(21, 'BC 12/UBND (cũ)')] })).statusCode).toBe(200);
    expect((await post('bc', { values: [{ ...v(22, null), evidence: undefined }] })).statusCode).toBe(200);
    expect((await post('bc', { values: [v(23, 'BC 13/UBND (mới)')] })).statusCode).toBe(422);
  });

  it('forms: the same check (PUT /forms)', async () => {
    const before = await counts();
    const url = '/api/v1/forms/HA_TANG/67/2023';
    const response = await app.inject({
      method: 'PUT',
      url,
      headers: as.bc,
      payload: { values: [{ dataElement: 'THON_BANG_RONG', value: 6, evidence: evidenceOf.admin68 }] },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details).toEqual([expect.objectContaining({ index: 0, field: 'evidence' })]);
    expect(await counts()).toEqual(before);
  });

  it('imports: a "Minh chứng" cell with a foreign or unknown id is refused at its cell; nothing written', async () => {
    const before = await counts();
    for (const evidence of [evidenceOf.admin68, evidenceOf.own2022, 'QĐ 15/QĐ-UBND']) {
      const path = join(dir, `${randomUUID()}.upload`);
      await writeFile(path, `Mã chỉ tiêu;Mã đơn vị;Kỳ;Giá trị;Minh chứng\nTHON_BANG_RONG;67;2021;4;\nTHON_TONG;67;2021;19;${evidence}\n`);
      const job = await startImport(ctx.store, { storedFile: path, fileName: 'mc.csv', datasetCode: 'HA_TANG', period: '', actor: reporterActor });
      expect(job.status).toBe('ready');
      const error = await commitImport(ctx.store, job.id, reporterActor).catch((e: unknown) => e);
      expect(error).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [{ row: 3, column: 'Minh chứng', cell: 'E3', message: expect.stringMatching(/không có minh chứng/) }],
      });
    }
    expect(await counts()).toEqual(before);
  });

  it('dataset evidence needs write access to one of the dataset’s elements: an element-scoped token gets 403 elsewhere', async () => {
    const before = await counts();
    const other = await link('token', { unit: '67', period: '2023', dataset: 'XA' });
    expect(other.statusCode).toBe(403);
    expect(other.json().error).toMatchObject({ code: 'FORBIDDEN', details: [{ field: 'dataset' }] });
    expect((await link('token', { unit: '67', period: '2023', element: 'XA_TONG' })).statusCode).toBe(403);
    expect((await link('token', { unit: '68', period: '2023', dataset: 'HA_TANG' })).statusCode).toBe(403);
    expect(await counts()).toEqual(before);
    expect((await link('token', { unit: '67', period: '2023', dataset: 'HA_TANG' })).statusCode).toBe(201);
    expect((await link('token', { unit: '67', period: '2023', element: 'THON_TONG' })).statusCode).toBe(201);
    expect((await link('bc', { unit: '67', period: '2023', dataset: 'XA' })).statusCode).toBe(201);
  });
});
