/**
 * `dx-ioc report` as a child process on a SQLite file with the compute fixture: it writes the file the builder
 * and renderer make of the request, prints its path and size, keeps it in report_files, and refuses a bad value
 * naming the option.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/db.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { upsertPlan } from '../../src/store/metadata/repo.ts';
import { recomputeAll } from '../../src/compute/aggregates/recompute.ts';
import { CLI_ACTOR } from '../../src/app/policy.ts';
import { buildProgressReport } from '../../src/reports/build/progress-report.ts';
import { renderReport } from '../../src/reports/render.ts';
import { buildFixture } from '../store/compute-fixture.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'dx-ioc-report-cli-'));
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

beforeAll(async () => {
  const store = openStore(db);
  try {
    await migrateToLatest(store);
    await buildFixture(store.db);
    await recomputeAll(store, { today: '2026-01-15' });
    await upsertPlan(store.db, { code: 'P', name: 'Kế hoạch chuyển đổi số', nameEn: 'Plan', unitCode: 'A', endPeriod: '2023', targets: [] });
  } finally {
    await store.close();
  }
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dx-ioc report', () => {
  it('writes the Markdown the renderer makes of the model, prints the path and size, and keeps the file', async () => {
    const out = join(dir, 'bao-cao.md');
    const run = await cli('report', '--plan', 'P', '--unit', 'A', '--period', '2023', '--format', 'md', '--date', '2026-01-15', '--out', out);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('[4/4]');
    const written = readFileSync(out);
    expect(run.stdout).toContain(out);
    expect(run.stdout).toContain(`(${written.length} bytes)`);
    const store = openStore(db);
    try {
      const expected = await renderReport(await buildProgressReport(store, { plan: 'P', unit: 'A', period: '2023', date: '2026-01-15' }, CLI_ACTOR), 'md');
      expect(written.equals(expected.bytes)).toBe(true);
      const kept = await store.db.selectFrom('reportFiles').select(['fileName', 'requestedBy']).execute();
      expect(kept).toEqual([{ fileName: 'bao-cao-cds-P-A-2023.md', requestedBy: 'cli' }]);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('refuses a bad value naming the option, an unknown plan by its code', async () => {
    const base = ['report', '--plan', 'P', '--unit', 'A', '--period', '2023', '--out', join(dir, 'x')];
    const format = await cli(...base, '--format', 'odt');
    expect(format.code).not.toBe(0);
    expect(format.stderr).toContain('--format');
    const period = await cli(...base.map((a) => (a === '2023' ? '2023X' : a)), '--format', 'md');
    expect(period.code).toBe(1);
    expect(period.stderr).toContain('period');
    const plan = await cli(...base.map((a) => (a === 'P' ? 'KHONG_CO' : a)), '--format', 'md');
    expect(plan.code).toBe(1);
    expect(plan.stderr).toContain('KHONG_CO');
  }, 60_000);
});
