import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'dx-ioc-units-import-cli-'));
const db = join(dir, 'store.sqlite');
const fixture = (name: string): string => join(ROOT, 'test', 'fixtures', 'units-csv', name);

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.DATABASE_URL;
    execFile(process.execPath, [join(ROOT, 'bin', 'dx-ioc.js'), ...args, '--db', db], { cwd: ROOT, env }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dx-ioc units import', () => {
  it('rejects a bad row with exit code 1, naming file, row and column', async () => {
    expect((await cli(['migrate'])).code).toBe(0);
    const bad = await cli(['units', 'import', fixture('bad-row')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('lineage-2025-07-01-communes.csv, dòng 5, cột share');
    expect(bad.stdout).toBe('');
  });

  it('prints the counts in Vietnamese and English, then nothing new on a second run', async () => {
    const first = await cli(['units', 'import', fixture('good')]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Đã nạp đơn vị hành chính từ tệp CSV / units imported from CSV files.');
    expect(first.stdout).toContain('cấp xã: ghi mới 13, đã có 0 phiên bản / commune: 13 inserted, 0 present');
    expect(first.stdout).toContain('liên kết phả hệ 10');
    expect(first.stdout).toContain('lineage rows skipped (code not in the unit lists): 1');
    const second = await cli(['units', 'import', fixture('good')]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('already imported: nothing written');
    expect(second.stdout).toContain('cấp xã: ghi mới 0, đã có 13 phiên bản');
  });
});
