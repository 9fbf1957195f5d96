/**
 * "Tạo báo cáo" in Chromium on the demo, with the real builder and renderers: a Sở official (baocao.daknong) opens
 * /reports (no screen bar: the screen's own fields set the unit and period), picks Đắk Nông's plan DN_KH_CDS_2022
 * (unit 67, 2022), reads the real figures in the preview ("71/71", the sections, coverage, sources, the simulated
 * notice), generates the DOCX (the bytes start with PK), then the PDF, whose progress shows while Chromium lays it
 * out (bytes start with %PDF). A leader opens Ninh Thuận's NT_KH_CDS_2023 × 58 × 2023S1 from a link and reads
 * "27/63" and "tăng 26 bậc". Screenshots at phone (360 px) and wall (1920×1080) sizes.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { eventually, launchChromium, requireChromium, RUN_BROWSER_TESTS, SCREENSHOTS, signIn, startDemoServer, type DemoServer } from './harness.ts';

const PHONE = { width: 360, height: 740 };
const WALL = { width: 1920, height: 1080 };

describe.skipIf(!RUN_BROWSER_TESTS)('web app in Chromium: Tạo báo cáo', () => {
  let server: DemoServer;
  let browser: Browser;
  const problems: string[] = [];

  const shoot = async (page: Page, name: string) => {
    for (const [size, viewport] of [
      ['phone', PHONE],
      ['wall', WALL],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.screenshot({ path: join(SCREENSHOTS, `reports-${name}-${size}.png`), fullPage: true });
    }
    await page.setViewportSize(WALL);
  };

  beforeAll(async () => {
    const executable = requireChromium();
    server = await startDemoServer();
    browser = await launchChromium(executable);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const download = async (page: Page, fileName: string, magic: string) => {
    const link = page.getByTestId('report-download').getByRole('link');
    await link.waitFor({ timeout: 90_000 });
    expect(await link.textContent()).toContain(fileName);
    const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(file.suggestedFilename()).toBe(fileName);
    const bytes = await readFile((await file.path())!);
    expect(bytes.subarray(0, magic.length).toString('latin1')).toBe(magic);
  };

  it('previews Đắk Nông 2022 with its real figures, downloads the DOCX and the PDF', async () => {
    const page = await signIn(browser, server, 'baocao.daknong', { ...WALL, problems });
    await page.getByRole('link', { name: 'Tạo báo cáo' }).first().click();
    await page.getByRole('heading', { name: 'Tạo báo cáo', level: 1 }).waitFor();
    await page.getByText('Chọn một kế hoạch để xem trước báo cáo').waitFor();
    // One set of unit and period fields: the screen's own (the app's screen bar is not shown here).
    expect(await page.getByTestId('filters-toggle').count()).toBe(0);
    expect(await page.getByLabel('Đơn vị', { exact: true }).count()).toBe(1);
    // The reporter's unit, which ended on 30/6/2025, is named (as at the period's end), not shown as its code.
    await eventually(() => page.getByLabel('Đơn vị', { exact: true }).locator('option:checked').textContent()).toBe('Đắk Nông (67)');
    await shoot(page, 'empty');

    await page.getByLabel('Kế hoạch', { exact: true }).selectOption('DN_KH_CDS_2022');
    await eventually(() => new URL(page.url()).searchParams.get('plan')).toBe('DN_KH_CDS_2022');
    await eventually(() => new URL(page.url()).searchParams.get('unit')).toBe('67');
    await eventually(() => page.getByLabel('Kỳ báo cáo', { exact: true }).inputValue()).toBe('2022');
    const preview = page.getByTestId('report-page');
    await preview.waitFor({ timeout: 30_000 });
    for (const text of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Nơi nhận:', 'Hạ tầng số', 'Tình hình báo cáo số liệu'])
      expect(await preview.getByText(text).first().isVisible(), text).toBe(true);
    const content = (await preview.textContent()) ?? '';
    expect(content).toContain('71/71');
    expect(content).toContain('73,08%');
    expect(content).toMatch(/dữ liệu mẫu/);
    expect(await preview.getByTestId('report-sources').getByText('PHỤ LỤC').isVisible()).toBe(true);

    await page.getByLabel('Định dạng', { exact: true }).selectOption('docx');
    await page.getByRole('button', { name: 'Tạo báo cáo' }).click();
    await download(page, 'bao-cao-cds-DN_KH_CDS_2022-67-2022.docx', 'PK');
    expect(new URL(page.url()).searchParams.get('job')).toMatch(/^\d+$/);
    await shoot(page, 'preview');

    // The URL reproduces the screen, the finished job's link included.
    await page.reload();
    await page.getByTestId('report-download').waitFor({ timeout: 30_000 });

    // A PDF takes seconds (Chromium lays it out): its steps show meanwhile.
    await page.getByLabel('Định dạng', { exact: true }).selectOption('pdf');
    await page.getByRole('button', { name: 'Tạo báo cáo' }).click();
    const progress = page.getByTestId('report-progress');
    await progress.waitFor({ timeout: 10_000 });
    expect(await progress.textContent()).toMatch(/Bước \d\/4|Đã xếp hàng/);
    expect(await page.getByRole('button', { name: 'Đang tạo báo cáo…' }).isDisabled()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'reports-progress-wall.png') });
    await download(page, 'bao-cao-cds-DN_KH_CDS_2022-67-2022.pdf', '%PDF');
    expect(problems).toEqual([]);
  }, 240_000);

  it("previews Ninh Thuận's first half of 2023 from a link: its published rank", async () => {
    const page = await signIn(browser, server, 'lanhdao', { ...WALL, problems });
    await page.goto(`${server.url}/reports?plan=NT_KH_CDS_2023&unit=58&period=2023S1`);
    const preview = page.getByTestId('report-page');
    await preview.waitFor({ timeout: 30_000 });
    const content = (await preview.textContent()) ?? '';
    expect(content).toContain('27/63');
    expect(content).toContain('tăng 26 bậc');
    expect(await page.getByLabel('Kỳ báo cáo', { exact: true }).inputValue()).toBe('2023S1');
    await shoot(page, 'ninh-thuan');
    expect(problems).toEqual([]);
  }, 120_000);
});
