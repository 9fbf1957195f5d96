/**
 * `dx-ioc analytics` as a child process on a SQLite file with the compute fixture: it prints, as a vi-VN table,
 * exactly what the one analytics query (app/analytics/indicator-query.ts) answers — for a period, a range, a
 * breakdown — and refuses what the query refuses, on stderr with exit code 1.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/db.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { upsertPlan } from '../../src/store/metadata/repo.ts';
import { recomputeAll } from '../../src/compute/aggregates/recompute.ts';
import { queryIndicator, type IndicatorQuery } from '../../src/app/analytics/indicator-query.ts';
import { analyticsTable } from '../../src/cli/commands/analytics.ts';
import { buildFixture, writeLive } from '../store/compute-fixture.ts';
import { ANALYTICS_ADMIN } from '../helpers/analytics.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'dx-ioc-analytics-cli-'));
const db = join(dir, 'store.sqlite');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const env = { ...process.env };
    delete env.DATABASE_URL;
    execFile(process.execPath, [join(ROOT, 'bin', 'dx-ioc.js'), ...args, '--db', db], { cwd: ROOT, env }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** What the query answers, printed as the command prints it. */
async function expected(query: IndicatorQuery): Promise<string> {
  const store = openStore(db);
  try {
    return `${analyticsTable(await queryIndicator(store, query, ANALYTICS_ADMIN))}\n`;
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  const store = openStore(db);
  try {
    await migrateToLatest(store);
    const ids = await buildFixture(store.db);
    await recomputeAll(store, { today: '2026-01-15' });
    await writeLive(store.db, ids, [
      ['NUM', 'C1', '202301', 1],
      ['DEN', 'C1', '202301', 1],
      ['NUM', 'C2', '202301', 0],
      ['DEN', 'C2', '202301', 3],
      ['NUM', 'C1', '202302', 2],
      ['DEN', 'C1', '202302', 3],
    ]);
    await upsertPlan(store.db, {
      code: 'P',
      name: 'Kế hoạch',
      nameEn: 'Plan',
      unitCode: 'A',
      endPeriod: '2023',
      targets: [{ indicator: 'RATIO', unit: 'A', period: '202301', value: 20, comparison: '>=' }],
    });
  } finally {
    await store.close();
  }
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dx-ioc analytics', () => {
  it('prints one period by children as the query answers it, numbers in vi-VN', async () => {
    const run = await cli('analytics', 'RATIO', 'D', '202301', '--by', 'children');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(await expected({ indicator: 'RATIO', unit: 'D', periods: ['202301'], breakdown: 'children' }));
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('Chỉ tiêu RATIO — D Đơn vị D, kỳ 202301, cây đơn vị trong kỳ: 3 dòng');
    expect(lines[2]).toMatch(/^Kỳ\s+Đơn vị\s+Giá trị\s+Tử số\s+Mẫu số\s+Báo cáo/);
    expect(lines.slice(3).map((l) => l.split(/\s{2,}/))).toEqual([
      ['202301', 'C1 Đơn vị C1', '100,00', '1', '1', '1/1'],
      ['202301', 'C2 Đơn vị C2', '0,00', '0', '3', '1/1'],
      ['202301', 'C3 Đơn vị C3', '—', '—', '—', '0/1'],
    ]);
  }, 30_000);

  it('prints a range period by period, with the target, its status and gap on its period', async () => {
    const run = await cli('analytics', 'RATIO', 'A', '202301..202303');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(await expected({ indicator: 'RATIO', unit: 'A', periods: ['202301', '202302', '202303'] }));
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('Chỉ tiêu RATIO — A Đơn vị A, 3 kỳ 202301..202303, cây đơn vị trong kỳ: 3 dòng');
    expect(lines.slice(3).map((l) => l.split(/\s{2,}/))).toEqual([
      ['202301', 'A Đơn vị A', '25,00', '1', '4', '2/3', '20,00', 'vượt', '5,00'],
      ['202302', 'A Đơn vị A', '66,67', '2', '3', '1/3'],
      ['202303', 'A Đơn vị A', '—', '—', '—', '0/3'],
    ]);
  }, 30_000);

  it('reads the now view by listed units, marking an approximate figure', async () => {
    const run = await cli('analytics', 'RATIO', 'N', '202301', '--view', 'now', '--by', 'Y,X');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(await expected({ indicator: 'RATIO', unit: 'N', periods: ['202301'], view: 'now', units: ['Y', 'X'] }));
    const lines = run.stdout.trim().split('\n');
    expect(lines.slice(3, 5).map((l) => l.split(/\s{2,}/).slice(1, 3))).toEqual([
      ['Y Đơn vị Y', expect.stringMatching(/^≈/)],
      ['X Đơn vị X', '≈40,00'],
    ]);
    expect(lines.at(-1)).toMatch(/^≈: có phần số liệu qua liên kết/);
  }, 30_000);

  it('refuses what the query refuses, on stderr with exit code 1', async () => {
    const reversed = await cli('analytics', 'RATIO', 'A', '202303..202301');
    expect([reversed.code, reversed.stdout]).toEqual([1, '']);
    expect(reversed.stderr).toContain('kỳ cuối 202301 trước kỳ đầu 202303');
    const unknown = await cli('analytics', 'NOPE', 'A', '202301');
    expect([unknown.code, unknown.stderr]).toEqual([1, expect.stringContaining('Không có chỉ tiêu mã "NOPE"')]);
    const view = await cli('analytics', 'RATIO', 'A', '202301', '--view', 'sideways');
    expect(view.code).toBe(1);
    expect(view.stderr).toContain('sideways');
  }, 60_000);
});
