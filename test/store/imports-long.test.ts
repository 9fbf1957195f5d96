import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/access.ts';
import type { AppError } from '../../src/domain/errors.ts';
import { commitImport, startImport } from '../../src/app/imports/import-job.ts';
import { saveDataset } from '../../src/store/collection/datasets.ts';
import { insertEvidence } from '../../src/store/evidence/repo.ts';
import { upsertDataElement } from '../../src/store/metadata/repo.ts';
import { saveValidationRule } from '../../src/store/collection/validation-rules.ts';
import { listCurrentValues } from '../../src/store/values/repo.ts';
import { seedFixtureDataset } from '../fixtures/spreadsheets/seed-store.ts';
import { describeEachDialect } from '../helpers/stores.ts';

const admin: Actor = { kind: 'user', name: 'admin', role: 'admin', unitScopes: [] };
const reporter: Actor = { kind: 'user', name: 'bc-nghia-duc', role: 'reporter', unitScopes: ['24611'] };

describeEachDialect('long imports, notes and evidence columns', (ctx) => {
  let dir = '';
  const file = async (text: string): Promise<string> => {
    const path = join(dir, `${Math.random().toString(36).slice(2)}.upload`);
    await writeFile(path, text);
    return path;
  };
  const valuesOf = async (code: string) =>
    ctx.store.db
      .selectFrom('currentValues')
      .innerJoin('dataValues', 'dataValues.id', 'currentValues.valueId')
      .innerJoin('dataElements', 'dataElements.id', 'currentValues.elementId')
      .innerJoin('units', 'units.id', 'currentValues.unitId')
      .select(['units.code as unit', 'currentValues.period', 'currentValues.valueNum', 'dataValues.comment', 'dataValues.evidenceRef'])
      .where('dataElements.code', '=', code)
      .orderBy('units.code')
      .orderBy('currentValues.period')
      .execute();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dxioc-imports-long-'));
    await seedFixtureDataset(ctx.store);
    await upsertDataElement(ctx.store.db, {
      code: 'DOC_COUNT',
      name: 'Số văn bản',
      nameEn: 'Documents',
      valueType: 'integer',
      timeAggregation: 'last',
      hierarchyAggregation: 'sum',
      periodType: 'yearly',
    });
    await ctx.store.db.transaction().execute(async (trx) => {
      await saveDataset(
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
      );
      await saveValidationRule(trx, {
        kind: 'compare',
        code: 'CAP_QUANG_LE_THON',
        name: 'thôn có cáp quang ≤ tổng số thôn',
        left: '#{FIBRE_VILLAGES}',
        operator: '<=',
        right: '#{VILLAGES}',
        severity: 'warning',
        message: 'Số thôn có cáp quang vượt tổng số thôn / more fibre villages than villages',
      });
    });
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it("a DHIS2 data value set over two years, uploaded without a period, commits with the rows' periods and comments", async () => {
    const csv = [
      'dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,lastupdated,comment,followup',
      'ONLINE_FILES,2022,24611,HllvX50cXC0,HllvX50cXC0,1200,dhis,2023-01-05T00:00:00.000+0000,,false',
      'ONLINE_FILES,2023,24611,HllvX50cXC0,HllvX50cXC0,1607294,dhis,2024-01-05T00:00:00.000+0000,từ Cổng DVC,false',
      'ONLINE_FILES,2023,24614,HllvX50cXC0,HllvX50cXC0,98765,dhis,2024-01-05T00:00:00.000+0000,,false',
    ].join('\n');
    const job = await startImport(ctx.store, { storedFile: await file(csv), fileName: 'dhis2.csv', datasetCode: 'CDS_XA', period: '', actor: admin });
    expect(job).toMatchObject({ status: 'ready', period: '', preview: { shape: 'long', values: 3, periods: ['2022', '2023'], errorCount: 0, warnings: [] } });
    expect(await commitImport(ctx.store, job.id, admin)).toMatchObject({ created: 3, updated: 0, unchanged: 0, warnings: [] });
    expect(await valuesOf('ONLINE_FILES')).toEqual([
      { unit: '24611', period: '2022', valueNum: 1200, comment: null, evidenceRef: null },
      { unit: '24611', period: '2023', valueNum: 1607294, comment: 'từ Cổng DVC', evidenceRef: null },
      { unit: '24614', period: '2023', valueNum: 98765, comment: null, evidenceRef: null },
    ]);
  });

  it("a reporter's long file: rows of other communes are errors in every period; nothing is written", async () => {
    const before = await listCurrentValues(ctx.store.db, { periods: ['2021', '2020'] });
    const csv = 'Mã chỉ tiêu;Mã đơn vị;Kỳ;Giá trị\nVILLAGES;24611;2021;5\nVILLAGES;24614;2021;6\nVILLAGES;24611;2020;5\nVILLAGES;24617;2020;6\n';
    const job = await startImport(ctx.store, { storedFile: await file(csv), fileName: 'bc.csv', datasetCode: 'CDS_XA', period: '', actor: reporter });
    expect(job.status).toBe('invalid');
    expect((job.preview as { errors: Array<{ cell: string; message: string }> }).errors.map((e) => [e.cell, /Không có quyền/.test(e.message)])).toEqual([
      ['B3', true],
      ['B5', true],
    ]);
    expect(await listCurrentValues(ctx.store.db, { periods: ['2021', '2020'] })).toEqual(before);
  });

  it('a dataset that requires evidence imports through a "Minh chứng" column (evidence ids); a missing one is named at its cell', async () => {
    const [decision, link] = [randomUUID(), randomUUID()];
    const base = { period: '2023', element: 'DOC_COUNT', dataset: null, file: null, createdBy: 'admin', createdAt: '2024-01-05T00:00:00.000Z' };
    await insertEvidence(ctx.store.db, {
      ...base,
      id: decision,
      kind: 'document',
      unit: '24611',
      document: { number: 'QĐ 15/QĐ-UBND', date: null, issuer: null, summary: null },
      url: null,
    });
    await insertEvidence(ctx.store.db, { ...base, id: link, kind: 'link', unit: '24614', document: null, url: 'https://example.vn/cv-4.pdf' });
    const missing = await startImport(ctx.store, {
      storedFile: await file(`Mã đơn vị;DOC_COUNT;Minh chứng\n24611;3;${decision}\n24614;4;\n`),
      fileName: 'mc.csv',
      datasetCode: 'CDS_MC',
      period: '2023',
      actor: admin,
    });
    expect(missing.status).toBe('ready');
    const error = (await commitImport(ctx.store, missing.id, admin).catch((e: unknown) => e)) as AppError;
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ row: 3, column: 'Minh chứng', cell: 'C3', message: expect.stringMatching(/yêu cầu minh chứng/) }],
    });
    expect(await valuesOf('DOC_COUNT')).toEqual([]);
    const full = await startImport(ctx.store, {
      storedFile: await file(`Mã đơn vị;DOC_COUNT;Minh chứng\n24611;3;${decision}\n24614;4;${link}\n`),
      fileName: 'mc.csv',
      datasetCode: 'CDS_MC',
      period: '2023',
      actor: admin,
    });
    expect(await commitImport(ctx.store, full.id, admin)).toMatchObject({ created: 2 });
    expect((await valuesOf('DOC_COUNT')).map((v) => [v.unit, v.valueNum, v.evidenceRef])).toEqual([
      ['24611', 3, decision],
      ['24614', 4, link],
    ]);
  });

  it("a warning is saved when the row's Ghi chú explains it, and refused (naming the comment cell) when it does not", async () => {
    const header = 'Mã đơn vị;Tổng số thôn;Số thôn có cáp quang;Ghi chú';
    const bare = await startImport(ctx.store, {
      storedFile: await file(`${header}\n24617;10;12;\n`),
      fileName: 'w.csv',
      datasetCode: 'CDS_XA',
      period: '2019',
      actor: admin,
    });
    const refused = (await commitImport(ctx.store, bare.id, admin).catch((e: unknown) => e)) as AppError;
    expect(refused).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ row: 2, column: 'Ghi chú', cell: 'D2', message: expect.stringMatching(/vượt tổng số thôn.*cột Ghi chú/) }],
    });
    expect(await listCurrentValues(ctx.store.db, { periods: ['2019'] })).toEqual([]);

    const explained = await startImport(ctx.store, {
      storedFile: await file(`${header}\n24617;10;12;2 thôn mới tách, chưa cập nhật tổng\n24620;8;8;\n`),
      fileName: 'w.csv',
      datasetCode: 'CDS_XA',
      period: '2019',
      actor: admin,
    });
    const outcome = await commitImport(ctx.store, explained.id, admin);
    expect(outcome).toMatchObject({ created: 4, warnings: [{ row: 2, column: 'Ghi chú', cell: 'D2', rule: 'CAP_QUANG_LE_THON' }] });
    const audit = await ctx.store.db
      .selectFrom('auditEvents')
      .select(['entityKey', 'after'])
      .where('entityKey', 'like', '%|24617|2019')
      .orderBy('entityKey')
      .execute();
    // The warning is kept with the first value of the row the rule reads (VILLAGES, column B).
    expect(audit.map((a) => [a.entityKey, JSON.parse(a.after ?? '{}').acceptedWarnings ?? null])).toEqual([
      ['FIBRE_VILLAGES|24617|2019', null],
      ['VILLAGES|24617|2019', ['CAP_QUANG_LE_THON']],
    ]);
    expect((await valuesOf('FIBRE_VILLAGES')).find((v) => v.period === '2019')).toMatchObject({
      unit: '24617',
      comment: '2 thôn mới tách, chưa cập nhật tổng',
    });
  });
});
