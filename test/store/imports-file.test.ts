import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/access.ts';
import { importFile } from '../../src/app/imports/import-file.ts';
import { listCurrentValues } from '../../src/store/values/repo.ts';
import { seedFixtureDataset } from '../fixtures/spreadsheets/seed-store.ts';
import { describeEachDialect } from '../helpers/stores.ts';

const admin: Actor = { kind: 'user', name: 'cli', role: 'admin', unitScopes: [] };
const fixture = (name: string) => join(import.meta.dirname, '../fixtures/spreadsheets', name);

describeEachDialect('importFile (the CLI path)', (ctx) => {
  beforeAll(async () => seedFixtureDataset(ctx.store));

  it('previews without writing, then commits all values', async () => {
    const preview = await importFile(ctx.store, fixture('windows-1258.csv'), { datasetCode: 'CDS_XA', period: '2023', actor: admin, commit: false });
    expect(preview.preview).toMatchObject({ rows: 3, values: 9, errorCount: 0 });
    expect(preview.result).toBeUndefined();
    expect(await listCurrentValues(ctx.store.db, { periods: ['2023'] })).toEqual([]);
    const progress: number[] = [];
    const committed = await importFile(ctx.store, fixture('windows-1258.csv'), {
      datasetCode: 'CDS_XA',
      period: '2023',
      actor: admin,
      commit: true,
      onProgress: (n) => progress.push(n),
    });
    expect(committed.result).toMatchObject({ created: 9, updated: 0, unchanged: 0 });
    expect(progress.at(-1)).toBe(5);
    const again = await importFile(ctx.store, fixture('windows-1258.csv'), { datasetCode: 'CDS_XA', period: '2023', actor: admin, commit: true });
    expect(again.result).toMatchObject({ created: 0, unchanged: 9 });
  });

  it('a file with errors is never written, even with commit', async () => {
    const outcome = await importFile(ctx.store, fixture('text-in-number.csv'), { datasetCode: 'CDS_XA', period: '2022', actor: admin, commit: true });
    expect(outcome.preview.errorCount).toBe(2);
    expect(outcome.result).toBeUndefined();
    expect(await listCurrentValues(ctx.store.db, { periods: ['2022'] })).toEqual([]);
  });
});
