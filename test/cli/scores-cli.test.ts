import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** `dx-ioc scores import` and `scores list` as child processes on a fresh SQLite file with the reference units and the shipped frameworks. */
const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'dx-ioc-scores-cli-'));
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

const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('dx-ioc scores', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a file with problems (exit 1, each named), imports a CSV as a published run with its source, and lists it', async () => {
    expect((await cli('units', 'load')).code).toBe(0);
    expect((await cli('frameworks', 'load')).code).toBe(0);
    const bad = await cli(
      'scores',
      'import',
      file('bad.csv', 'unit;score;rank\n99;0,5;1\n58;1,5;64\n'),
      '--framework',
      'DTI_TINH',
      '--edition',
      '2022',
      '--source-title',
      'x',
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('results[0].unit: [unknown_unit]');
    expect(bad.stderr).toContain('results[1].score: [out_of_range]');
    expect(bad.stderr).toContain('results[1].rank: [out_of_range]');
    const csv = file('dti-2022.csv', 'unit;name;score;rank;rank_change\n58;Ninh Thuận;0,5934;27;26\n');
    const ok = await cli(
      'scores',
      'import',
      csv,
      '--framework',
      'DTI_TINH',
      '--edition',
      '2022',
      '--source-title',
      'Kết quả DTI 2022',
      '--source-date',
      '2023-07-31',
    );
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('lần 1');
    expect(ok.stdout).toContain('27 ▲26\t58\tNinh Thuận\t0,5934');
    const list = await cli('scores', 'list', 'DTI_TINH', '2022');
    expect(list.stdout).toMatch(/\tprovince\t2022\tlần 1\tđã công bố\timported\t1 đơn vị\tKết quả DTI 2022/);
  }, 240_000);
});
