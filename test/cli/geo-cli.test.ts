import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** `dx-ioc geo import` and `geo list` as child processes on a fresh SQLite file with the reference units. */
const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'dx-ioc-geo-cli-'));
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

const square = (lon: number) => [
  [
    [lon, 11],
    [lon + 0.1, 11],
    [lon + 0.1, 11.1],
    [lon, 11.1],
    [lon, 11],
  ],
];
const file = (name: string, codes: string[]) => {
  const path = join(dir, name);
  writeFileSync(
    path,
    JSON.stringify({
      type: 'FeatureCollection',
      features: codes.map((code, i) => ({ type: 'Feature', properties: { code }, geometry: { type: 'Polygon', coordinates: square(105 + i) } })),
    }),
  );
  return path;
};

describe('dx-ioc geo', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a file with a code not in the tree of the date (exit 1, naming the feature), then imports a good one and lists it', async () => {
    expect((await cli('units', 'load')).code).toBe(0);
    const bad = await cli('geo', 'import', file('bad.geojson', ['68', '67']), '--level', 'province', '--valid-from', '2025-07-01');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('features[1].properties.code: 67: không có đơn vị mã này ngày 2025-07-01');
    expect((await cli('geo', 'list')).stdout).toContain('Chưa có lớp ranh giới nào');

    const good = await cli('geo', 'import', file('good.geojson', ['68', '56']), '--level', 'province', '--valid-from', '2025-07-01');
    expect(good.stderr).toBe('');
    expect(good.stdout).toContain('Đã nạp 2 ranh giới cấp tỉnh từ ngày 2025-07-01 (good.geojson)');
    expect((await cli('geo', 'list')).stdout).toMatch(/^province\t2025-07-01 → …\t2\tgood\.geojson\tcli /m);
  }, 240_000);
});
