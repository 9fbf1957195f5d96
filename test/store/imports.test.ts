import { copyFile, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/access.ts';
import { describeDataset } from '../../src/app/imports/dataset-description.ts';
import { AppError } from '../../src/domain/errors.ts';
import { commitImport, startImport } from '../../src/app/imports/import-job.ts';
import { getImportJob } from '../../src/store/imports/repo.ts';
import { listCurrentValues } from '../../src/store/values/repo.ts';
import { saveDataset } from '../../src/store/collection/datasets.ts';
import { upsertDataElement } from '../../src/store/metadata/repo.ts';
import { seedFixtureDataset } from '../fixtures/spreadsheets/seed-store.ts';
import { describeEachDialect } from '../helpers/stores.ts';

const admin: Actor = { kind: 'user', name: 'admin', role: 'admin', unitScopes: [] };
const reporter: Actor = { kind: 'user', name: 'bc-nghia-duc', role: 'reporter', unitScopes: ['24611'] };
const fixtures = join(import.meta.dirname, '../fixtures/spreadsheets');

describeEachDialect('spreadsheet imports', (ctx) => {
  let dir = '';
  const upload = async (fixture: string): Promise<string> => {
    const path = join(dir, `${Math.random().toString(36).slice(2)}.upload`);
    await copyFile(join(fixtures, fixture), path);
    return path;
  };
  const count = async () =>
    (
      await ctx.store.db
        .selectFrom('dataValues')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dxioc-imports-'));
    await seedFixtureDataset(ctx.store);
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('describes the dataset: elements with their sections, units expected on the period end, writable per actor', async () => {
    const d = await describeDataset(ctx.store, 'CDS_XA', '2023', reporter);
    expect(d.elements.map((e) => [e.code, e.valueType, e.group ?? null])).toEqual([
      ['FIBRE_VILLAGES', 'integer', 'Hạ tầng số'],
      ['VILLAGES', 'integer', 'Hạ tầng số'],
      ['FIBRE_RATE', 'percentage', 'Hạ tầng số'],
      ['ONLINE_FILES', 'integer', 'Dịch vụ công trực tuyến'],
      ['PLAN_ISSUED', 'boolean', null],
    ]);
    expect(d.units).toHaveLength(8);
    expect(d.units.filter((u) => u.writable !== false).map((u) => u.code)).toEqual(['24611']);
    await expect(describeDataset(ctx.store, 'NOPE', '2023')).rejects.toBeInstanceOf(AppError);
    await expect(describeDataset(ctx.store, 'CDS_XA', '2023Q1')).rejects.toThrow(/quarterly/);
  });

  it('a broken file gives cell-level errors, cannot be committed, and writes nothing', async () => {
    const before = await count();
    const job = await startImport(ctx.store, {
      storedFile: await upload('text-in-number.csv'),
      fileName: 'bieu.csv',
      datasetCode: 'CDS_XA',
      period: '2023',
      actor: admin,
    });
    expect(job.status).toBe('invalid');
    expect((job.preview as { errors: Array<{ cell: string }> }).errors.map((e) => e.cell)).toEqual(['C3', 'D4']);
    await expect(commitImport(ctx.store, job.id, admin)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await count()).toBe(before);
  });

  it('the LibreOffice workbook previews, then commits all values through recordValues', async () => {
    const stored = await upload('libreoffice-merged-headers.xlsx');
    const job = await startImport(ctx.store, { storedFile: stored, fileName: 'Biểu 01 - CĐS xã.xlsx', datasetCode: 'CDS_XA', period: '2023', actor: admin });
    expect(job.status).toBe('ready');
    expect(job.preview).toMatchObject({ rows: 5, values: 24, errorCount: 0 });
    const outcome = await commitImport(ctx.store, job.id, admin);
    expect(outcome).toMatchObject({ created: 24, updated: 0, unchanged: 0 });
    const after = await getImportJob(ctx.store.db, job.id);
    expect(after).toMatchObject({ status: 'committed', storedFile: null });
    await expect(stat(stored)).rejects.toThrow(); // the upload is gone once written
    const values = await listCurrentValues(ctx.store.db, { periods: ['2023'] });
    expect(values).toHaveLength(24);
    const online = values.find((v) => v.elementCode === 'ONLINE_FILES' && v.value === 1607294);
    expect(online).toMatchObject({ source: 'import', author: 'admin' });
    const audit = await ctx.store.db.selectFrom('auditEvents').select(['via', 'source']).where('source', '=', 'import').execute();
    expect(audit).toHaveLength(24);
    expect(audit.every((a) => a.via === 'Biểu 01 - CĐS xã.xlsx')).toBe(true);
    await expect(commitImport(ctx.store, job.id, admin)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it("a reporter's rows for other communes are errors; nothing is written", async () => {
    const before = await count();
    const job = await startImport(ctx.store, {
      storedFile: await upload('windows-1258.csv'),
      fileName: 'x.csv',
      datasetCode: 'CDS_XA',
      period: '2024',
      actor: reporter,
    });
    expect(job.status).toBe('invalid');
    const errors = (job.preview as { errors: Array<{ row: number; message: string }> }).errors;
    expect(errors.map((e) => e.row)).toEqual([3, 4]);
    expect(errors[0]?.message).toMatch(/Không có quyền/);
    expect(await count()).toBe(before);
  });
  it('GET shows progress while a large file is read', async () => {
    const path = join(dir, 'large.upload');
    const lines = ['Mã đơn vị;Tên đơn vị;Tổng số thôn'];
    for (let i = 0; i < 30_000; i++) lines.push(`${24611 + (i % 8) * 3};x;${i % 50}`);
    await writeFile(path, lines.join('\n'));
    const running = startImport(ctx.store, { storedFile: path, fileName: 'large.csv', datasetCode: 'CDS_XA', period: '2021', actor: admin });
    const seen: number[] = [];
    let done = false;
    void running.finally(() => (done = true));
    while (!done) {
      const jobs = await ctx.store.db.selectFrom('imports').select(['rowsRead', 'status']).where('fileName', '=', 'large.csv').execute();
      if (jobs[0]?.status === 'reading') seen.push(Number(jobs[0].rowsRead));
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const job = await running;
    expect(job).toMatchObject({ status: 'invalid', rowsRead: 30_001 });
    // Rows beyond the first eight repeat a unit: errors, capped, counted exactly.
    expect(job.preview).toMatchObject({ rows: 8, errorCount: 30_000 - 8 });
    expect((job.preview as { errors: unknown[] }).errors).toHaveLength(1000);
    expect(seen.some((n) => n > 0 && n < 30_001)).toBe(true);
  });

  it('a commit the write path refuses (evidence required) writes nothing and locates the problem', async () => {
    await upsertDataElement(ctx.store.db, {
      code: 'DOC_COUNT',
      name: 'Số văn bản',
      nameEn: 'Documents',
      valueType: 'integer',
      timeAggregation: 'last',
      hierarchyAggregation: 'sum',
      periodType: 'yearly',
    });
    await ctx.store.db.transaction().execute((trx) =>
      saveDataset(
        trx,
        {
          code: 'CDS_MC',
          name: 'Minh chứng',
          nameEn: 'Evidence',
          periodType: 'yearly',
          deadlineDays: 10,
          elements: [{ code: 'DOC_COUNT', evidenceRequired: true }],
          units: [{ unit: '67', level: 'commune' }],
        },
        'create',
      ),
    );
    const path = join(dir, 'mc.upload');
    await writeFile(path, 'Mã đơn vị;DOC_COUNT\n24611;3\n24614;\n');
    const job = await startImport(ctx.store, { storedFile: path, fileName: 'mc.csv', datasetCode: 'CDS_MC', period: '2023', actor: admin });
    expect(job.status).toBe('ready');
    const error = await commitImport(ctx.store, job.id, admin).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ row: 2, cell: 'B2', column: 'DOC_COUNT' }] });
    expect((error as AppError).details?.[0]).toMatchObject({ message: expect.stringMatching(/minh chứng/) });
    expect(await getImportJob(ctx.store.db, job.id)).toMatchObject({ status: 'invalid' });
    const docs = await ctx.store.db
      .selectFrom('currentValues')
      .innerJoin('dataElements', 'dataElements.id', 'currentValues.elementId')
      .select('code')
      .where('code', '=', 'DOC_COUNT')
      .execute();
    expect(docs).toEqual([]);
  });
});
