/**
 * A one-stop-shop system's file drop (app/dossiers/import.ts) on both databases: a CSV in the systems' own words
 * ("Trực tuyến", "Toàn trình", "21/3/2024") is counted into the derived element at once; a file with one bad row is
 * refused naming the row, the column and the cell, and writes nothing; the same dossiers as XLSX with one changed
 * are one new version and the rest unchanged; a unit not in force on the day received is named by its row.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../helpers/stores.ts';
import { buildFixture } from './compute-fixture.ts';
import { recomputeAll } from '../../src/compute/aggregates/recompute.ts';
import { upsertDataElement, upsertIndicator } from '../../src/store/metadata/repo.ts';
import { queryIndicator } from '../../src/app/analytics/indicator-query.ts';
import { CLI_ACTOR } from '../../src/app/policy.ts';
import { importDossiers } from '../../src/app/dossiers/import.ts';
import { ValidationError } from '../../src/domain/metadata.ts';

const HEADER = 'Mã hồ sơ,Mã thủ tục,Tên thủ tục,Mã lĩnh vực,Kênh tiếp nhận,Mức độ,Mã đơn vị,Ngày tiếp nhận,Ngày hẹn trả,Ngày giải quyết';
const ROWS = [
  'HS-001,DAT_DAI.001,Đăng ký biến động,DAT_DAI,Trực tuyến,Toàn trình,C1,21/3/2024,30/3/2024,28/3/2024',
  'HS-002,HO_TICH.002,Đăng ký khai sinh,HO_TICH,Trực tiếp,,C2,22/3/2024,25/3/2024,',
  'HS-003,HO_TICH.002,Đăng ký khai sinh,HO_TICH,Trực tuyến,Một phần,C3,2024-03-25,,',
];
const csv = (rows: string[]) => `\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`;

describeEachDialect('dossier file import', (ctx) => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dxioc-dossiers-'));
    await buildFixture(ctx.store.db);
    for (const [code, derivedFrom] of [
      ['HS_TN', 'dossiers.received'],
      ['HS_TT', 'dossiers.received_online'],
    ] as const)
      await upsertDataElement(ctx.store.db, {
        code,
        name: code,
        nameEn: code,
        valueType: 'integer',
        timeAggregation: 'sum',
        hierarchyAggregation: 'sum',
        periodType: 'monthly',
        derivedFrom,
      });
    await upsertIndicator(ctx.store.db, {
      code: 'TL_TT',
      name: 'TL_TT',
      nameEn: 'TL_TT',
      numerator: '#{HS_TT}',
      denominator: '#{HS_TN}',
      factor: 100,
      decimals: 2,
      direction: 'higher_is_better',
    });
    await recomputeAll(ctx.store);
  });
  const figure = async () => (await queryIndicator(ctx.store, { indicator: 'TL_TT', unit: 'A', periods: ['202403'] }, CLI_ACTOR)).rows[0];
  const count = async () =>
    Number(
      (
        await ctx.store.db
          .selectFrom('dossierVersions')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('refuses a file with one bad row, naming the row, the column and the cell, and writes nothing', async () => {
    const path = join(dir, 'bad.csv');
    await writeFile(path, csv([...ROWS, 'HS-004,X.1,,DAT_DAI,Qua mạng,,C1,31/2/2024,,']));
    const refused = await importDossiers(ctx.store, { path, fileName: 'bad.csv', source: 'MOTCUA_A' }, { actor: CLI_ACTOR }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    const paths = (refused as ValidationError).problems.map((p) => p.path).sort();
    expect(paths).toEqual(['dòng 5, cột Kênh tiếp nhận (E5)', 'dòng 5, cột Ngày tiếp nhận (H5)']);
    expect(await count()).toBe(0);
    // A unit that no longer existed on the day received: its row is named.
    const gone = join(dir, 'gone.csv');
    await writeFile(gone, csv(['HS-009,HO_TICH.002,,HO_TICH,Trực tuyến,,C1,1/8/2025,,']));
    const late = await importDossiers(ctx.store, { path: gone, fileName: 'gone.csv', source: 'MOTCUA_A' }, { actor: CLI_ACTOR }).catch((e: unknown) => e);
    expect((late as ValidationError).problems.map((p) => p.path)).toEqual(['dòng 2, cột Mã đơn vị']);
    expect(await count()).toBe(0);
  });

  it('imports the CSV in the systems’ words, moves the figure at once, and an XLSX with one change is one new version', async () => {
    const path = join(dir, 'good.csv');
    await writeFile(path, csv(ROWS));
    expect(await importDossiers(ctx.store, { path, fileName: 'good.csv', source: 'MOTCUA_A' }, { actor: CLI_ACTOR })).toMatchObject({ created: 3, updated: 0 });
    expect(await figure()).toMatchObject({ numerator: 2, denominator: 3 });
    const stored = await ctx.store.db
      .selectFrom('dossiers')
      .select(['sourceId', 'channel', 'level', 'receivedOn', 'result', 'state'])
      .orderBy('sourceId')
      .execute();
    expect(stored[0]).toEqual({ sourceId: 'HS-001', channel: 'online', level: 'full', receivedOn: '2024-03-21', result: 'on_time', state: 'finished' });

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Hồ sơ');
    sheet.addRow(HEADER.split(','));
    for (const row of ROWS) sheet.addRow(row.split(',').map((c) => (c === '' ? null : c)));
    sheet.getRow(3).getCell(5).value = 'Trực tuyến'; // HS-002 was received online after all
    sheet.getRow(3).getCell(8).value = new Date(Date.UTC(2024, 2, 22));
    const xlsx = join(dir, 'again.xlsx');
    await workbook.xlsx.writeFile(xlsx);
    expect(await importDossiers(ctx.store, { path: xlsx, fileName: 'again.xlsx', source: 'MOTCUA_A' }, { actor: CLI_ACTOR })).toMatchObject({
      created: 0,
      updated: 1,
      unchanged: 2,
    });
    expect(await figure()).toMatchObject({ numerator: 3, denominator: 3 });
    expect(await count()).toBe(4);
  });
});
