/**
 * "Mẫu câu báo cáo" in Chromium on the demo: the administrator opens it from the admin hub, rewords the rank
 * change ("tăng {rankChange} bậc …"): an unknown placeholder is refused at the field, naming it (the API's 422);
 * a good wording is saved, and Ninh Thuận's 2023S1 preview on /reports reads it ("thăng 26 bậc"); the reset, after
 * its confirmation, brings the default back ("tăng 26 bậc"). Screenshots at phone (360 px) and wall (1920×1080).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, requireChromium, RUN_BROWSER_TESTS, SCREENSHOTS, signIn, startDemoServer, type DemoServer } from './harness.ts';

const PHONE = { width: 360, height: 740 };
const WALL = { width: 1920, height: 1080 };
const NT_REPORT = '/reports?plan=NT_KH_CDS_2023&unit=58&period=2023S1';

describe.skipIf(!RUN_BROWSER_TESTS)('web app in Chromium: Mẫu câu báo cáo', () => {
  let server: DemoServer;
  let browser: Browser;
  const problems: string[] = [];

  const shoot = async (page: Page, name: string) => {
    for (const [size, viewport] of [
      ['phone', PHONE],
      ['wall', WALL],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.screenshot({ path: join(SCREENSHOTS, `report-templates-${name}-${size}.png`), fullPage: true });
    }
    await page.setViewportSize(WALL);
  };

  const previewText = async (page: Page) => {
    await page.goto(`${server.url}${NT_REPORT}`);
    const preview = page.getByTestId('report-page');
    await preview.waitFor({ timeout: 30_000 });
    return (await preview.textContent()) ?? '';
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

  it('rewords the rank change, refuses an unknown placeholder at the field, shows the new wording in the preview, resets it', async () => {
    const page = await signIn(browser, server, 'admin', { ...WALL, problems });
    await page.goto(`${server.url}/admin`);
    await page.getByRole('link', { name: 'Mẫu câu báo cáo' }).click();
    await page.getByRole('heading', { name: 'Mẫu câu báo cáo', level: 1 }).waitFor();
    for (const group of ['Chỉ tiêu', 'Thứ hạng (từ kết quả đã công bố)', 'Tình hình báo cáo số liệu', 'Chỉ tiêu chưa đạt, giải trình và chỉ đạo'])
      await page.getByRole('heading', { name: group, level: 2, exact: true }).waitFor(); // the list loads after the title
    const card = page.getByTestId('template-rank.change.up');
    expect(await card.getByTestId('template-text').textContent()).toBe('tăng {rankChange} bậc so với năm {previous}');
    expect(await card.getByText('{previous}', { exact: true }).isVisible()).toBe(true);
    await shoot(page, 'list');

    await card.getByRole('button', { name: 'Sửa' }).click();
    const field = card.getByLabel('Nội dung mẫu câu');
    await field.fill('vượt {bac} bậc so với năm {previous}');
    await card.getByRole('button', { name: 'Lưu' }).click();
    const error = card.locator('.ui-field__error');
    await error.waitFor();
    expect(await error.textContent()).toContain('{bac}');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await card.scrollIntoViewIfNeeded();
    await shoot(page, 'invalid');

    await field.fill('thăng {rankChange} bậc so với năm {previous}');
    await card.getByRole('button', { name: 'Lưu' }).click();
    await card.getByTestId('template-text').waitFor();
    expect(await card.getByTestId('template-text').textContent()).toBe('thăng {rankChange} bậc so với năm {previous}');
    expect(await card.getByText('Đã sửa').isVisible()).toBe(true);
    expect(await card.getByText('Mặc định: tăng {rankChange} bậc so với năm {previous}').isVisible()).toBe(true);

    const edited = await previewText(page);
    expect(edited).toContain('xếp thứ 27/63, thăng 26 bậc so với năm 2021');
    expect(edited).not.toContain('tăng 26 bậc');

    await page.goto(`${server.url}/admin/report-templates`);
    await page.getByTestId('template-rank.change.up').getByRole('button', { name: 'Đặt lại mặc định' }).click();
    const dialog = page.getByRole('dialog', { name: 'Đặt lại mẫu câu về mặc định?' });
    await dialog.waitFor();
    await shoot(page, 'reset');
    await dialog.getByRole('button', { name: 'Đặt lại', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    const reset = page.getByTestId('template-rank.change.up');
    await reset.getByText('tăng {rankChange} bậc so với năm {previous}', { exact: true }).waitFor();
    expect(await reset.getByText('Đã sửa').count()).toBe(0);

    expect(await previewText(page)).toContain('xếp thứ 27/63, tăng 26 bậc so với năm 2021');
    expect(problems).toEqual([]);
  }, 240_000);
});
