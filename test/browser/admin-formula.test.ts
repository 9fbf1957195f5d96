/**
 * The formula editor in Chromium on a fresh demo database: the administrator opens Quản trị → Chỉ số, starts a new
 * indicator, types a formula with an unclosed parenthesis and sees the parser's message with the character marked;
 * fixes it and sees the preview for Ninh Thuận in 2023 (the province's online applications rate, 81,17%, from the
 * seed article), then saves and finds the indicator on the server. Screenshots at 1920×1080 and on a 360 px phone.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_MISSING, DEMO_PASSWORD, findChromium, launchChromium, SCREENSHOTS, startDemoServer, type DemoServer } from './harness.ts';

const executable = findChromium();
const inCi = process.env.CI === 'true';
if (!executable && !inCi) console.warn(CHROMIUM_MISSING);

const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 });
const SCREEN = '?unit=58&period=2023&view=was';
// Typing waits for each check's answer: a loaded machine (the CI's two cores) needs more than the default minute.

describe.skipIf(!executable && !inCi)('web app in Chromium: the indicator formula editor', () => {
  let server: DemoServer;
  let browser: Browser;
  const problems: string[] = [];

  async function signedIn(width: number, height: number): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width, height }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })).newPage();
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByTestId('user-menu').waitFor({ timeout: 20_000 });
    return page;
  }

  async function typeBrokenFormula(page: Page) {
    await page.goto(`${server.url}/admin/indicators${SCREEN}`);
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Chỉ số');
    await page.getByRole('button', { name: 'Thêm chỉ số' }).click();
    const form = page.getByTestId('indicator-form');
    await form.getByLabel('Mã').fill('CT_HS_TRUC_TUYEN_THU');
    await form.getByLabel('Tên (tiếng Việt)').fill('Tỷ lệ hồ sơ trực tuyến (thử)');
    await form.getByLabel('Tên (tiếng Anh)').fill('Online applications (test)');
    await form.getByLabel('Số chữ số thập phân').fill('2');
    await form.getByLabel('Tử số').pressSequentially('(#{TL_HS_TTHC_TRUC_TUYEN} * 1', { delay: 20 });
    const error = page.getByTestId('formula-error-numerator');
    await eventually(() => error.textContent()).toContain("Lỗi ở ký tự thứ 1: Thiếu dấu ')' cho dấu '(' mở");
    expect(await error.textContent()).not.toContain('vị trí 0');
    expect(await error.locator('mark').textContent()).toBe('(');
    expect(await form.getByLabel('Tử số').getAttribute('aria-invalid')).toBe('true');
    await expect(page.getByTestId('formula-preview').count()).resolves.toBe(0);
    return form;
  }

  beforeAll(async () => {
    if (!executable) throw new Error('CI=true and no Chromium: install it with apt-get install -y chromium (.ci/run does)');
    server = await startDemoServer();
    browser = await launchChromium(executable);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('marks the error in the formula, previews the fixed one for Ninh Thuận 2023 and saves it (1920×1080)', async () => {
    const page = await signedIn(1920, 1080);
    const form = await typeBrokenFormula(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-formula-error-desktop.png') });

    await form.getByLabel('Tử số').fill('#{TL_HS_TTHC_TRUC_TUYEN}');
    await eventually(() => page.getByTestId('formula-preview-value').textContent()).toBe('81,17');
    expect(await page.getByTestId('formula-error-numerator').count()).toBe(0);
    const status = await page.getByTestId('formula-status').textContent();
    expect(status).toContain('Công thức hợp lệ.');
    expect(status).toContain('TL_HS_TTHC_TRUC_TUYEN');
    expect(status).toContain('Xem trước giá trị — Ninh Thuận, Năm 2023');
    await page.getByTestId('formula-preview').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-formula-preview-desktop.png') });

    await form.getByRole('button', { name: 'Lưu' }).click();
    await eventually(() => page.getByRole('status').filter({ hasText: 'Đã tạo CT_HS_TRUC_TUYEN_THU.' }).count()).toBe(1);
    await eventually(() => page.getByRole('button', { name: 'Sửa CT_HS_TRUC_TUYEN_THU' }).count()).toBe(1);
    const saved = await page.request.get(`${server.url}/api/v1/indicators/CT_HS_TRUC_TUYEN_THU`);
    expect(saved.status()).toBe(200);
    expect(await saved.json()).toMatchObject({ numerator: '#{TL_HS_TTHC_TRUC_TUYEN}', denominator: null, decimals: 2, name: 'Tỷ lệ hồ sơ trực tuyến (thử)' });
    expect(problems).toEqual([]);
  }, 180_000);

  it('shows the same on a 360 px phone without sideways scrolling', async () => {
    const page = await signedIn(360, 740);
    const form = await typeBrokenFormula(page);
    await page.getByTestId('formula-error-numerator').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-formula-error-phone.png') });
    await form.getByLabel('Tử số').fill('#{TL_HS_TTHC_TRUC_TUYEN} / 100');
    await eventually(() => page.getByTestId('formula-preview-value').textContent()).toBe('0,81');
    await page.getByTestId('formula-preview').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-formula-preview-phone.png') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(problems).toEqual([]);
  }, 180_000);

  it('finds data elements without accents, marks a refused field, and lists the forms with their elements by section', async () => {
    const page = await signedIn(1920, 1080);
    await page.goto(`${server.url}/admin/elements${SCREEN}`);
    await page.getByLabel('Tìm theo mã hoặc tên (không cần dấu)').fill('cap quang');
    await eventually(() => page.getByRole('button', { name: 'Sửa XA_CAP_QUANG' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Sửa XA_CAP_QUANG' }).click();
    const form = page.getByTestId('element-form');
    await form.getByLabel('Tên (tiếng Anh)').fill('');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await eventually(() => form.getByText('bắt buộc').count()).toBe(1);
    expect(await form.getByLabel('Tên (tiếng Anh)').getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-elements-refused-desktop.png') });

    await page.goto(`${server.url}/admin/datasets${SCREEN}`);
    const edit = page.getByRole('button', { name: /^Sửa / }).first();
    await edit.click();
    const dataset = page.getByTestId('dataset-form');
    await eventually(() => dataset.locator('fieldset legend').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-datasets-edit-desktop.png') });
    expect(problems).toEqual([]);
  }, 180_000);
});
