/**
 * The import screen (/imports) in Chromium over a fresh demo database, as the reporter of Đắk Nông (67): the
 * template of the commune dataset is downloaded, filled in with exceljs with one bad cell in row 7 and uploaded
 * (with its upload progress): the cell is red with its message, the commit button is disabled and says why, and
 * nothing is written (the forms, read through the API, are as before). The corrected file commits with its
 * progress bar, and the values are there. A 100,000-row file previews with a grid that keeps only a window of rows
 * in the page. Screenshots at 360×740 and 1920×1080 of the upload, the preview with the error, and the result.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_MISSING, DEMO_PASSWORD, findChromium, launchChromium, SCREENSHOTS, startDemoServer, type DemoServer } from './harness.ts';
import { localMessage } from '../../web/src/lib/api/errors.ts';

const executable = findChromium();
const inCi = process.env.CI === 'true';
if (!executable && !inCi) console.warn(CHROMIUM_MISSING);

/** expect.poll with room for a loaded 2-core machine. Not a timing assertion: it only waits. */
const eventually = <T>(read: () => T | Promise<T>, timeout = 30_000) => expect.poll(read, { timeout, interval: 100 });

const DATASET = 'HA_TANG_SO_XA';
const PERIOD = '2025S1';
const SCREEN = `/imports?dataset=${DATASET}&period=${PERIOD}`;

interface FormAnswer {
  elements: Array<{ code: string; value: unknown; author: string | null }>;
}
interface ImportAnswer {
  status: string;
  errors: Array<{ row: number; cell: string; message: string }>;
  result: { created: number; updated: number; unchanged: number } | null;
  values: number;
}

describe.skipIf(!executable && !inCi)('import screen in Chromium: template, upload, preview with a bad cell, commit', () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  let dir = '';
  const problems: string[] = [];
  /** The template's unit rows: sheet row → unit code. */
  const units = new Map<number, string>();
  let template: Buffer = Buffer.alloc(0);

  /** At both sizes; `then` runs after each resize (to show a cell in the grid, which depends on the width). */
  const shot = async (name: string, then?: () => Promise<void>) => {
    for (const [label, size] of [
      ['phone', { width: 360, height: 740 }],
      ['wall', { width: 1920, height: 1080 }],
    ] as const) {
      await page.setViewportSize(size);
      await page.waitForTimeout(300);
      await then?.();
      await page.screenshot({ path: join(SCREENSHOTS, `import-${name}-${label}.png`), fullPage: true });
    }
    await page.setViewportSize({ width: 1366, height: 900 });
  };
  const api = async <T>(path: string): Promise<T> => {
    const answer = await page.request.get(`${server.url}${path}`);
    expect(answer.status(), path).toBe(200);
    return (await answer.json()) as T;
  };
  const forms = async () => {
    const out: Record<string, FormAnswer['elements']> = {};
    for (const code of units.values()) out[code] = (await api<FormAnswer>(`/api/v1/forms/${DATASET}/${code}/${PERIOD}`)).elements;
    return out;
  };
  /** The template filled in: 1 commune with fibre of 1 for every unit, and `bad` in D7 when given. */
  const filled = async (name: string, bad?: string) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    for (const row of units.keys()) {
      sheet.getCell(`D${row}`).value = 1;
      sheet.getCell(`E${row}`).value = 1;
    }
    if (bad !== undefined) sheet.getCell('D7').value = bad;
    const path = join(dir, name);
    writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
    return path;
  };
  const upload = async (path: string) => {
    await page.getByLabel('Tệp số liệu (XLSX hoặc CSV)').setInputFiles(path);
    await page.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();
    await eventually(() => page.getByTestId('import-preview').isVisible(), 120_000).toBe(true);
    return new URL(page.url()).searchParams.get('import') ?? '';
  };

  beforeAll(async () => {
    if (!executable) throw new Error('CI=true and no Chromium: install it with apt-get install -y chromium (.ci/run does)');
    dir = mkdtempSync(join(tmpdir(), 'dx-ioc-import-screen-'));
    server = await startDemoServer((line) => console.log(line));
    browser = await launchChromium(executable);
    const context = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) problems.push(`console: ${message.text()}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("is in the reporter's navigation; the template downloads with the reporter's communes", async () => {
    await page.goto(`${server.url}/login?next=${encodeURIComponent(SCREEN)}`);
    await page.getByLabel('Tên đăng nhập').fill('baocao.daknong');
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Nhập số liệu từ tệp');
    const sections = await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('link').allTextContents();
    expect(sections).toContain('Nhập từ tệp');
    const download = page.waitForEvent('download');
    await page.getByTestId('template-button').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`mau-${DATASET}-${PERIOD}.xlsx`);
    const path = join(dir, 'template.xlsx');
    await file.saveAs(path);
    template = readFileSync(path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    sheet.eachRow((row, n) => {
      const code = row.getCell(2).value;
      if (n >= 6 && typeof code === 'string' && code.trim() !== '') units.set(n, code);
    });
    expect(units.size).toBeGreaterThanOrEqual(2);
    expect(units.has(7)).toBe(true);
  });

  it('a file with a bad cell in row 7: the cell is red with its message, the commit is disabled, nothing is written', async () => {
    const before = await forms();
    const path = await filled('bad.xlsx', 'có cáp');
    await page.getByLabel('Tệp số liệu (XLSX hoặc CSV)').setInputFiles(path);
    await shot('upload');
    await page.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();
    await eventually(() => page.getByTestId('import-preview').isVisible(), 120_000).toBe(true);
    const id = new URL(page.url()).searchParams.get('import') ?? '';
    const answer = await api<ImportAnswer>(`/api/v1/imports/${id}`);
    expect(answer.status).toBe('invalid');
    const error = answer.errors.find((e) => e.cell === 'D7');
    expect(error, JSON.stringify(answer.errors)).toBeDefined();
    const message = localMessage(error!.message, 'vi');
    const cell = page.getByTestId('import-grid').locator('[data-cell="D7"]');
    await eventually(() => cell.isVisible()).toBe(true);
    expect(await cell.getAttribute('class')).toContain('import-grid__cell--bad');
    expect(await cell.locator('button').getAttribute('title')).toBe(message);
    expect(await cell.textContent()).toContain('có cáp');
    await cell.locator('button').click();
    await eventually(() => page.getByTestId('grid-selected').textContent()).toBe(`Lỗi ô D7: ${message}`);
    // In the list of errors too, by row and cell, in Vietnamese.
    const listed = page.getByTestId('import-errors');
    expect(await listed.textContent()).toContain(message);
    expect(await listed.getByRole('row').nth(1).textContent()).toMatch(/^7D7/);
    const commit = page.getByRole('button', { name: /^Ghi \d+ giá trị$/ });
    expect(await commit.isDisabled()).toBe(true);
    expect(await page.locator('#import-commit-why').textContent()).toBe('Không ghi được khi tệp còn lỗi.');
    expect(await page.getByTestId('count-errors').textContent()).toBe('Lỗi1');
    // "D7" in the list shows the cell in the grid, scrolled across to it on a phone.
    const show = listed.getByRole('button', { name: 'Xem ô D7 trong bảng' });
    await shot('preview-error', async () => {
      await show.click();
      await eventually(() => cell.isVisible()).toBe(true);
    });
    // Nothing written: the forms read through the API are as they were; the commit itself is refused.
    expect(await forms()).toEqual(before);
    const refused = await page.request.post(`${server.url}/api/v1/imports/${id}/commit`, {
      headers: { 'x-csrf-token': (await api<{ csrfToken: string }>('/api/v1/auth/me')).csrfToken },
    });
    expect(refused.status()).toBe(409);
    expect(await forms()).toEqual(before);
  });

  it('the corrected file commits with a progress bar, then the result; the values are there', async () => {
    await page.getByRole('button', { name: 'Tải tệp khác' }).click();
    const id = await upload(await filled('fixed.xlsx'));
    const preview = await api<ImportAnswer>(`/api/v1/imports/${id}`);
    expect(preview.status).toBe('ready');
    expect(await page.getByTestId('import-preview').textContent()).toContain('Tệp hợp lệ: có thể ghi.');
    // Watch for the commit's progress bar: a small file commits fast, so an observer records that it appeared.
    await page.evaluate(() => {
      const w = window as unknown as { sawCommitProgress: boolean };
      w.sawCommitProgress = false;
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="commit-progress"] progress')) w.sawCommitProgress = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.getByRole('button', { name: `Ghi ${preview.values} giá trị` }).click();
    await eventually(() => page.getByTestId('import-result').isVisible(), 120_000).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { sawCommitProgress: boolean }).sawCommitProgress)).toBe(true);
    const done = await api<ImportAnswer>(`/api/v1/imports/${id}`);
    expect(done.status).toBe('committed');
    const result = done.result!;
    expect(result.created + result.updated + result.unchanged).toBe(preview.values);
    expect(await page.getByTestId('result-created').textContent()).toBe(`Giá trị mới${result.created}`);
    expect(await page.getByTestId('result-updated').textContent()).toBe(`Giá trị cập nhật${result.updated}`);
    expect(await page.getByTestId('result-unchanged').textContent()).toBe(`Không đổi${result.unchanged}`);
    await shot('result');
    for (const elements of Object.values(await forms())) {
      expect(elements.find((e) => e.code === 'XA_CAP_QUANG')?.value).toBe(1);
      expect(elements.find((e) => e.code === 'XA_TONG')?.value).toBe(1);
    }
  });

  it('a 100,000-row file previews, and the grid keeps only a window of its rows in the page', { timeout: 180_000 }, async () => {
    const lines = ['Mã đơn vị;XA_CAP_QUANG;XA_TONG'];
    for (let i = 0; i < 100_000; i++) lines.push(`Z${String(i).padStart(6, '0')};1;1`);
    const path = join(dir, 'lon.csv');
    writeFileSync(path, lines.join('\n'));
    await page.getByRole('button', { name: 'Nhập tệp khác' }).click();
    // Its upload and reading take long enough to see the progress bar (1.6 MB up, then seconds of reading).
    await page.getByLabel('Tệp số liệu (XLSX hoặc CSV)').setInputFiles(path);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();
    const bar = page.getByTestId('upload-progress');
    await eventually(() => bar.isVisible()).toBe(true);
    expect(await bar.textContent()).toMatch(/^(Đang tải lên \d+%|Đang đọc và kiểm tra tệp…)$/);
    await page.screenshot({ path: join(SCREENSHOTS, 'import-upload-progress-phone.png'), fullPage: true });
    await eventually(() => page.getByTestId('import-preview').isVisible(), 120_000).toBe(true);
    await page.setViewportSize({ width: 1366, height: 900 });
    const id = new URL(page.url()).searchParams.get('import') ?? '';
    const grid = page.getByTestId('import-grid');
    await eventually(() => grid.locator('[role="row"][data-grid-row="2"]').isVisible()).toBe(true);
    expect(await grid.getAttribute('aria-rowcount')).toBe(String(100_001 + 1));
    const rendered = await grid.locator('[role="row"]').count();
    expect(rendered).toBeLessThan(80);
    // Scrolled to the end, the last rows are fetched and shown, still only a window of them.
    await grid.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await eventually(() => grid.locator('[role="row"][data-grid-row="100001"]').isVisible()).toBe(true);
    expect(await grid.locator('[role="row"]').count()).toBeLessThan(80);
    const answer = await api<{ errorCount: number }>(`/api/v1/imports/${id}`);
    expect(answer.errorCount).toBe(100_000);
    // A page answers quickly wherever it is in the file (a key range, not a scan): the median of three under 1 s
    // (typically a few ms; the bound is generous for a loaded 2-core machine).
    for (const offset of [0, 99_801]) {
      const times: number[] = [];
      for (let k = 0; k < 3; k++) {
        const started = performance.now();
        const page$ = await api<{ items: Array<{ row: number }> }>(`/api/v1/imports/${id}/rows?offset=${offset}&limit=200`);
        times.push(performance.now() - started);
        expect(page$.items).toHaveLength(200);
        expect(page$.items[0]?.row).toBe(offset + 1);
      }
      expect(times.sort((a, b) => a - b)[1], `offset ${offset}: ${times.join(', ')} ms`).toBeLessThan(1000);
    }
    expect(problems).toEqual([]);
  });
});
