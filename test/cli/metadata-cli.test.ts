import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'dx-ioc-metadata-cli-'));
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

const metadata = {
  format: 'dx-ioc-metadata',
  version: 1,
  dataElements: [
    {
      code: 'THON_BANG_RONG',
      name: 'Số thôn có băng rộng cố định',
      nameEn: 'Villages with fixed broadband',
      valueType: 'integer',
      timeAggregation: 'last',
      hierarchyAggregation: 'sum',
      periodType: 'yearly',
      unitOfMeasure: 'thôn',
    },
    {
      code: 'THON_TONG',
      name: 'Tổng số thôn',
      nameEn: 'Villages, total',
      description: 'Thôn, bon, buôn, tổ dân phố',
      valueType: 'integer',
      timeAggregation: 'last',
      hierarchyAggregation: 'sum',
      periodType: 'yearly',
    },
  ],
  indicators: [
    {
      code: 'CT_THON_BANG_RONG',
      name: 'Tỷ lệ thôn có băng rộng cố định',
      nameEn: 'Villages with fixed broadband',
      numerator: '#{THON_BANG_RONG}',
      denominator: '#{THON_TONG}',
      factor: 100,
      unitOfMeasure: '%',
      decimals: 1,
      direction: 'higher_is_better',
    },
  ],
  plans: [
    {
      code: 'KH_67_2022',
      name: 'Kế hoạch chuyển đổi số tỉnh Đắk Nông năm 2022',
      nameEn: 'Dak Nong digital transformation plan 2022',
      unitCode: '67',
      startPeriod: '2022',
      endPeriod: '2022',
      targets: [{ indicator: 'CT_THON_BANG_RONG', unit: '67', period: '2022', value: 90, comparison: '>=', label: '585/624 thôn (93,8%)' }],
    },
  ],
};

function writeJson(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dx-ioc metadata import/export', () => {
  it('round trip: what is imported is exported', async () => {
    const input = writeJson('input.json', metadata);
    const imported = await cli('metadata', 'import', input);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Phần tử dữ liệu: 2 mới, 0 cập nhật, 0 không đổi');
    expect(imported.stdout).toContain('Mục tiêu trong tệp: 1');

    const output = join(dir, 'output.json');
    const exported = await cli('metadata', 'export', output);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('Đã xuất 2 phần tử dữ liệu, 1 chỉ tiêu, 1 kế hoạch (1 mục tiêu)');
    expect(JSON.parse(readFileSync(output, 'utf8'))).toEqual(metadata);

    const again = await cli('metadata', 'import', output);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Chỉ tiêu: 0 mới, 0 cập nhật, 1 không đổi');
  });

  it('a broken file exits 1, names the path of each problem and changes nothing', async () => {
    const broken = structuredClone(metadata);
    broken.indicators[0]!.numerator = '#{THON_BANG_RONG} * (2';
    broken.indicators[0]!.denominator = '#{THON_MOI}';
    broken.dataElements[0]!.name = 'Tên mới sẽ không được ghi';
    broken.plans[0]!.targets[0]!.period = '2022Q5';
    const result = await cli('metadata', 'import', writeJson('broken.json', broken));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('indicators[0].numerator');
    expect(result.stderr).toContain("indicators[0].denominator: Không có phần tử dữ liệu mã 'THON_MOI'");
    expect(result.stderr).toContain('plans[0].targets[0].period');
    expect(result.stdout).toBe('');

    const output = join(dir, 'after-broken.json');
    expect((await cli('metadata', 'export', output)).code).toBe(0);
    expect(JSON.parse(readFileSync(output, 'utf8'))).toEqual(metadata);
  });

  it('a file that is not JSON exits 1 with the file name', async () => {
    const path = writeJson('not-json.json', '{"format": "dx-ioc-metadata",');
    const result = await cli('metadata', 'import', path);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('not-json.json');
    expect(result.stderr).toContain('không phải JSON hợp lệ');
  });
});
