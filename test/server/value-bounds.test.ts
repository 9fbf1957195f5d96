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

const base = { timeAggregation: 'last', hierarchyAggregation: 'none', periodType: 'yearly' } as const;
const THON_TONG: DataElement = { ...base, code: 'THON_TONG', name: 'Tổng số thôn', nameEn: 'Villages', valueType: 'integer', hierarchyAggregation: 'sum' };
const DTI: DataElement = { ...base, code: 'DTI_TINH', name: 'Chỉ số DTI', nameEn: 'DTI', valueType: 'number', minValue: 0, maxValue: 1 };
const NET: DataElement = {
  ...base,
  code: 'TANG_GIAM_THON',
  name: 'Số thôn tăng (giảm)',
  nameEn: 'Net change of villages',
  valueType: 'integer',
  minValue: -100,
};
const admin: Actor = { kind: 'user', name: 'admin', role: 'admin', unitScopes: [] };

/** Counts are never negative (integer elements start at 0 unless declared), and declared bounds hold on every write path. */
describeEachDialect('value bounds on every write path', (ctx) => {
  let app: FastifyInstance;
  let dir = '';
  let bearer: Record<string, string> = {};
  let headers: Record<string, string> = {};
  const counts = async () => {
    const n = async (table: 'dataValues' | 'currentValues') =>
      Number(
        (
          await ctx.store.db
            .selectFrom(table)
            .select(sql<number>`count(*)`.as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return { dataValues: await n('dataValues'), currentValues: await n('currentValues') };
  };
  const v = (dataElement: string, value: number, period = '2023') => ({ dataElement, unit: '67', period, value });
  const csv = async (text: string) => {
    const path = join(dir, `${randomUUID()}.upload`);
    await writeFile(path, text);
    return path;
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dxioc-bounds-'));
    await seedUnits(ctx.store.db);
    for (const element of [THON_TONG, DTI, NET]) await upsertDataElement(ctx.store.db, element);
    app = buildApp({ store: ctx.store, today: () => '2024-01-05' });
    await createUser(ctx.store, { username: 'admin', role: 'admin' });
    headers = (await login(app, 'admin')).headers;
    bearer = { authorization: `Bearer ${await createToken(ctx.store, { name: 'nguon', units: ['67'] })}` };
    const dataset = {
      code: 'THON',
      name: 'Thôn',
      nameEn: 'Villages',
      periodType: 'yearly',
      deadlineDays: 15,
      elements: ['THON_TONG', 'DTI_TINH', 'TANG_GIAM_THON'],
      units: [{ unit: 'VN', level: 'province' }],
    };
    expect((await app.inject({ method: 'POST', url: '/api/v1/datasets', headers, payload: dataset })).statusCode).toBe(201);
  });
  afterAll(async () => {
    await app?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('batch API: THON_TONG = −1 is 422 naming the item, nothing written; declared bounds hold both ways', async () => {
    const before = await counts();
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/data-values',
      headers: bearer,
      payload: { values: [v('THON_TONG', 19), v('THON_TONG', -1, '2022')] },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ index: 1, field: 'value', message: expect.stringMatching(/^phải từ 0 trở lên, không phải -1 \/ must be at least 0 \(phần tử THON_TONG/) }],
    });
    const score = await app.inject({ method: 'POST', url: '/api/v1/data-values', headers: bearer, payload: { values: [v('DTI_TINH', 1.2)] } });
    expect(score.json().error.details).toEqual([expect.objectContaining({ index: 0, field: 'value', message: expect.stringMatching(/phải từ 0 đến 1/) })]);
    expect(await counts()).toEqual(before);
    const fine = await app.inject({
      method: 'POST',
      url: '/api/v1/data-values',
      headers: bearer,
      payload: { values: [v('THON_TONG', 0), v('TANG_GIAM_THON', -5), v('DTI_TINH', 0.5934)] },
    });
    expect([fine.statusCode, fine.json()]).toEqual([200, expect.objectContaining({ created: 3 })]);
  });

  it('forms: refused on save, and the form view shows each element’s bounds', async () => {
    const url = '/api/v1/forms/THON/67/2022';
    const saved = await app.inject({ method: 'PUT', url, headers, payload: { values: [{ dataElement: 'THON_TONG', value: -1 }] } });
    expect(saved.statusCode).toBe(422);
    expect(saved.json().error.details).toEqual([expect.objectContaining({ index: 0, field: 'value' })]);
    const form = await app.inject({ method: 'GET', url, headers });
    expect(form.json().elements.map((e: { code: string; minValue: number | null; maxValue: number | null }) => [e.code, e.minValue, e.maxValue])).toEqual([
      ['THON_TONG', 0, null],
      ['DTI_TINH', 0, 1],
      ['TANG_GIAM_THON', -100, null],
    ]);
  });

  it('imports: THON_TONG = −1 is an error at its cell (the preview and, should the bounds change after it, the commit); nothing written', async () => {
    const before = await counts();
    const header = 'Mã chỉ tiêu;Mã đơn vị;Kỳ;Giá trị\n';
    const negative = await startImport(ctx.store, {
      storedFile: await csv(`${header}THON_TONG;67;2021;19\nTHON_TONG;67;2020;-1\n`),
      fileName: 'thon.csv',
      datasetCode: 'THON',
      period: '',
      actor: admin,
    });
    expect(negative.status).toBe('invalid');
    expect(negative.preview).toMatchObject({ errorCount: 1, errors: [{ row: 3, cell: 'D3', message: expect.stringMatching(/phải từ 0 trở lên/) }] });
    // A declared negative minimum is what the preview checks against: −50 is fine for TANG_GIAM_THON (≥ −100)…
    const net = await startImport(ctx.store, {
      storedFile: await csv(`${header}TANG_GIAM_THON;67;2021;-50\n`),
      fileName: 'net.csv',
      datasetCode: 'THON',
      period: '',
      actor: admin,
    });
    expect(net.status).toBe('ready');
    // …until its bound narrows (the stored −5 still fits): the commit re-checks and refuses at the cell.
    await upsertDataElement(ctx.store.db, { ...NET, minValue: -10 });
    const error = await commitImport(ctx.store, net.id, admin).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ row: 2, cell: 'D2', message: expect.stringMatching(/phải từ -10 trở lên, không phải -50/) }],
    });
    expect(await counts()).toEqual(before);
  });
});
