/**
 * "Tạo báo cáo" in Chromium on the demo: a Sở official (baocao.daknong) opens /reports, picks Đắk Nông's plan
 * DN_KH_CDS_2022 (unit 67, 2022), sees the preview page, generates the DOCX, follows its steps and downloads it (a
 * zip: the bytes start with PK). The choices are in the URL. Screenshots of the empty screen and of the preview
 * with the download link at phone (360 px) and wall (1920×1080) sizes.
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

  it('previews Đắk Nông 2022, generates the DOCX and downloads it', async () => {
    const page = await signIn(browser, server, 'baocao.daknong', { ...WALL, problems });
    await page.getByRole('link', { name: 'Tạo báo cáo' }).first().click();
    await page.getByRole('heading', { name: 'Tạo báo cáo', level: 1 }).waitFor();
    await page.getByText('Chọn một kế hoạch để xem trước báo cáo').waitFor();
    await shoot(page, 'empty');

    await page.getByLabel('Kế hoạch', { exact: true }).selectOption('DN_KH_CDS_2022');
    await eventually(() => new URL(page.url()).searchParams.get('plan')).toBe('DN_KH_CDS_2022');
    await eventually(() => new URL(page.url()).searchParams.get('unit')).toBe('67');
    await eventually(() => page.getByLabel('Kỳ báo cáo', { exact: true }).inputValue()).toBe('2022');
    const preview = page.getByTestId('report-page');
    await preview.waitFor({ timeout: 30_000 });
    expect(await preview.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').isVisible()).toBe(true);
    expect(await preview.getByText('Độc lập - Tự do - Hạnh phúc').isVisible()).toBe(true);
    expect(await preview.getByText('Nơi nhận:').isVisible()).toBe(true);

    await page.getByLabel('Định dạng', { exact: true }).selectOption('docx');
    await page.getByRole('button', { name: 'Tạo báo cáo' }).click();
    const link = page.getByTestId('report-download').getByRole('link');
    await link.waitFor({ timeout: 60_000 });
    expect(await link.textContent()).toContain('bao-cao-cds-DN_KH_CDS_2022-67-2022.docx');
    expect(new URL(page.url()).searchParams.get('job')).toMatch(/^\d+$/);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('bao-cao-cds-DN_KH_CDS_2022-67-2022.docx');
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await shoot(page, 'preview');

    // The URL reproduces the screen, the finished job's link included.
    await page.reload();
    await page.getByTestId('report-download').waitFor({ timeout: 30_000 });
    expect(problems).toEqual([]);
  }, 240_000);
});
