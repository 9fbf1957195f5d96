import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/access.ts';
import { AppError } from '../../src/domain/errors.ts';
import { commitImport, startImport } from '../../src/app/imports/import-job.ts';
import type { ImportProgress } from '../../src/app/imports/types.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { readUnitTotals } from '../../src/compute/analytics/unit-totals.ts';
import { parsePeriod, type PeriodType } from '../../src/domain/periods.ts';
import { communeCode, LARGE, LARGE_ROWS, largeValue, monthOf, seedLargeDataset, writeLargeCsv } from '../fixtures/spreadsheets/large-long.ts';

const admin: Actor = { kind: 'user', name: 'admin', role: 'admin', unitScopes: [] };
const LONG = 180_000;

describeEachDialect('a 100,000-row long import', (ctx) => {
  let dir = '';
  const count = async (table: 'dataValues' | 'currentValues' | 'auditEvents') =>
    Number(
      (
        await ctx.store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dxioc-large-import-'));
    await seedLargeDataset(ctx.store);
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it(
    'a bad cell at row 99,999: the preview names it; a value the write path refuses there writes nothing and is named',
    async () => {
      const unreadable = join(dir, 'unreadable.upload');
      await writeLargeCsv(unreadable, { row: 99_999, value: '12a' });
      const invalid = await startImport(ctx.store, { storedFile: unreadable, fileName: 'hs.csv', datasetCode: 'DVC_THANG', period: '', actor: admin });
      expect(invalid).toMatchObject({ status: 'invalid', rowsRead: LARGE_ROWS + 1, preview: { errorCount: 1, shape: 'long' } });
      expect((invalid.preview as { errors: unknown[] }).errors).toEqual([expect.objectContaining({ row: 99_999, column: 'Giá trị', cell: 'D99999' })]);
      await expect(commitImport(ctx.store, invalid.id, admin)).rejects.toMatchObject({ code: 'CONFLICT' });

      // Readable, but HS_GIAI_QUYET 0 at row 99,999 breaks the rule "on time ≤ resolved": refused at commit.
      const refused = join(dir, 'refused.upload');
      await writeLargeCsv(refused, { row: 99_999, value: '0' });
      const ready = await startImport(ctx.store, { storedFile: refused, fileName: 'hs.csv', datasetCode: 'DVC_THANG', period: '', actor: admin });
      expect(ready).toMatchObject({ status: 'ready', preview: { errorCount: 0, values: LARGE_ROWS } });
      const error = (await commitImport(ctx.store, ready.id, admin).catch((e: unknown) => e)) as AppError;
      expect(error).toBeInstanceOf(AppError);
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.details).toEqual([
        expect.objectContaining({ row: 99_999, cell: 'D99999', column: 'HS_GIAI_QUYET', message: expect.stringMatching(/vượt số đã giải quyết/) }),
      ]);
      expect([await count('dataValues'), await count('currentValues'), await count('auditEvents')]).toEqual([0, 0, 0]);
      expect(await ctx.store.db.selectFrom('aggregates').select('unitId').where('n', '!=', 0).execute()).toEqual([]);
    },
    LONG,
  );

  it(
    'previews and commits 100,000 values in one transaction, with progress while reading and writing',
    async () => {
      const path = join(dir, 'good.upload');
      await writeLargeCsv(path);
      const previewProgress: ImportProgress[] = [];
      const job = await startImport(ctx.store, {
        storedFile: path,
        fileName: 'hs-2023-2025.csv',
        datasetCode: 'DVC_THANG',
        period: '',
        actor: admin,
        onProgress: (p) => previewProgress.push(p),
      });
      expect(job).toMatchObject({ status: 'ready', period: '', rowsRead: LARGE_ROWS + 1 });
      expect(job.preview).toMatchObject({ shape: 'long', rows: LARGE_ROWS, values: LARGE_ROWS, errorCount: 0, columns: [...LARGE.elements] });
      expect((job.preview as { periods: string[] }).periods).toEqual(Array.from({ length: LARGE.months }, (_, m) => monthOf(m)));
      expect(previewProgress.length).toBeGreaterThan(10);
      expect(previewProgress.at(-1)).toEqual({ phase: 'reading', done: LARGE_ROWS + 1, total: 0 });

      const progress: ImportProgress[] = [];
      const outcome = await commitImport(ctx.store, job.id, admin, { onProgress: (p) => progress.push(p) });
      expect(outcome).toMatchObject({ created: LARGE_ROWS, updated: 0, unchanged: 0, warnings: [] });
      const reading = progress.filter((p) => p.phase === 'reading');
      const writing = progress.filter((p) => p.phase === 'committing');
      expect(reading.length).toBeGreaterThan(10);
      expect(reading.every((p) => p.total === LARGE_ROWS + 1)).toBe(true);
      expect(progress.indexOf(writing[0] as ImportProgress)).toBeGreaterThan(progress.indexOf(reading.at(-1) as ImportProgress));
      expect(writing.length).toBeGreaterThanOrEqual(10);
      expect(writing.every((p, i) => p.total === LARGE_ROWS && (i === 0 || p.done >= (writing[i - 1] as ImportProgress).done))).toBe(true);
      expect(writing.at(-1)).toEqual({ phase: 'committing', done: LARGE_ROWS, total: LARGE_ROWS });

      expect([await count('dataValues'), await count('currentValues'), await count('auditEvents')]).toEqual([LARGE_ROWS, LARGE_ROWS, LARGE_ROWS]);
      // A value, and the live aggregate of the province for a quarter (sum over the communes and its months).
      const c = 123;
      const one = await ctx.store.db
        .selectFrom('currentValues')
        .innerJoin('units', 'units.id', 'currentValues.unitId')
        .innerJoin('dataElements', 'dataElements.id', 'currentValues.elementId')
        .select(['currentValues.valueNum', 'currentValues.version'])
        .where('units.code', '=', communeCode(c))
        .where('dataElements.code', '=', 'HS_DUNG_HAN')
        .where('period', '=', monthOf(7))
        .executeTakeFirstOrThrow();
      expect(one).toEqual({ valueNum: largeValue(2, c, 7), version: 1 });
      let expected = 0;
      for (let k = 0; k < LARGE.communes; k++) for (const m of [3, 4, 5]) expected += largeValue(0, k, m);
      // The quarter is folded at read time from the monthly inflows of the province's communes.
      const province = await ctx.store.db.selectFrom('units').select('id').where('code', '=', 'P99').executeTakeFirstOrThrow();
      const element = await ctx.store.db
        .selectFrom('dataElements')
        .select(['id', 'periodType', 'timeAggregation', 'hierarchyAggregation'])
        .where('code', '=', 'HS_TIEP_NHAN')
        .executeTakeFirstOrThrow();
      const [quarter] = await readUnitTotals(
        ctx.store.db,
        'was',
        [{ ...element, periodType: element.periodType as PeriodType }],
        [province.id],
        [parsePeriod('2023Q2')],
      );
      expect(quarter).toBeDefined();
      expect({ sum: quarter!.sum, n: quarter!.n }).toEqual({ sum: expected, n: 3 * LARGE.communes });
      const audit = await ctx.store.db.selectFrom('auditEvents').select(['via', 'source']).distinct().execute();
      expect(audit).toEqual([{ via: 'hs-2023-2025.csv', source: 'import' }]);
    },
    LONG,
  );
});
