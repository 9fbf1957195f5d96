/**
 * `dx-ioc dhis2 export|import` as child processes on a SQLite file: a CSV exported to a file imports back with
 * nothing changed, --dry-run writes nothing, and a set with an unknown org unit exits 1 naming its code and row.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/db.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { upsertDataElement } from '../../src/store/metadata/repo.ts';
import { recordValues } from '../../src/app/collection/record-values.ts';
import { CLI_ACTOR } from '../../src/app/policy.ts';
import { seedUnits } from '../server/fixtures/seed-units.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'dx-ioc-dhis2-cli-'));
const db = join(dir, 'store.sqlite');

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env };
    delete env.DATABASE_URL;
    execFile(process.execPath, [join(ROOT, 'bin', 'dx-ioc.js'), ...args, '--db', db], { cwd: ROOT, env }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('dx-ioc dhis2', () => {
  beforeAll(async () => {
    const store = openStore(db);
    await migrateToLatest(store);
    await seedUnits(store.db);
    await upsertDataElement(store.db, {
      code: 'XA_TONG',
      name: 'Tổng số xã',
      nameEn: 'Communes',
      valueType: 'integer',
      timeAggregation: 'last',
      hierarchyAggregation: 'sum',
      periodType: 'yearly',
    });
    await recordValues(
      store,
      ['67', '660', '24611'].map((unit, i) => ({ dataElement: 'XA_TONG', unit, period: '2022', value: 71 - i, comment: 'đạt 71/71' })),
      { actor: CLI_ACTOR, source: 'form' },
    );
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exports CSV to a file that imports back with nothing changed; --dry-run says so too', async () => {
    const out = join(dir, 'set.csv');
    const exported = await cli(
      'dhis2',
      'export',
      '--data-element',
      'XA_TONG',
      '--org-unit',
      '67',
      '--children',
      '--period',
      '2022',
      '--format',
      'csv',
      '--out',
      out,
    );
    expect(exported.code, exported.stderr).toBe(0);
    expect(readFileSync(out, 'utf8').split('\r\n').filter(Boolean)).toHaveLength(4);
    const dry = await cli('dhis2', 'import', out, '--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('SUCCESS');
    expect(dry.stdout).toContain('0 mới, 0 cập nhật, 3 không đổi');
    const real = await cli('dhis2', 'import', out);
    expect(real.stdout).toContain('3 không đổi');
  }, 60_000);

  it('refuses a set with an unknown org unit, naming its code and row, exit code 1', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        dataValues: [
          { dataElement: 'XA_TONG', period: '2021', orgUnit: '67', value: '1' },
          { dataElement: 'XA_TONG', period: '2021', orgUnit: 'KHONG_CO', value: '2' },
        ],
      }),
    );
    const run = await cli('dhis2', 'import', file);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Dòng 2 \(orgUnit\): .*KHONG_CO/);
  }, 60_000);
});
