/**
 * /admin/units in Chromium on a fresh demo, as the administrator: a ward of the merged Lâm Đồng found by a name
 * without diacritics at a date typed d/m/yyyy, a rename refused without its legal basis (the API's message at the
 * field), then saved with it: the new name at the date and the old one the day before, through the screen and
 * through the API, and the notice that the aggregates wait for a recompute; then the event withdrawn. Thừa Thiên
 * Huế's history: unit 46 on 31/12/2022 is still "Tỉnh Thừa Thiên Huế", reclassified under Nghị quyết
 * 1314/NQ-UBTVQH15. Screenshots at 1920×1080 and 360×740 of the search, the versions and lineage, the form with
 * its error and the screen after the save; at neither size does the page scroll sideways.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { eventually, launchChromium, requireChromium, RUN_BROWSER_TESTS, SCREENSHOTS, signIn, startDemoServer, type DemoServer } from './harness.ts';

const WARD = '22918';
const OLD_NAME = 'Phường Mũi Né';
const NEW_NAME = 'Phường Mũi Né Hàm Tiến';
const DATE = '2026-03-01';
const BASIS = 'Nghị quyết 9999/NQ-UBTVQH15 ngày 15/2/2026 (mô phỏng cho kiểm thử)';

describe.skipIf(!RUN_BROWSER_TESTS)('web app in Chromium: administrative units, their history and events', () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  const scrollsSideways = () => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  /** The page at 1920×1080 (the wall) and 360×740 (a phone), full length; at neither does it scroll sideways. */
  const screenshots = async (name: string) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    expect(await scrollsSideways()).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-1920.png`), fullPage: true });
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await scrollsSideways()).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-360.png`), fullPage: true });
    await page.setViewportSize({ width: 1920, height: 1080 });
  };
  const finder = () => page.locator('.admin-units__finder');
  const detail = () => page.locator('.admin-units__detail');
  /** The finder's answer for `text` on `date`, typed as an official writes it ("1/3/2026"). */
  const find = async (text: string, date: string) => {
    await finder().getByLabel('Tại ngày').fill(date);
    await finder().getByLabel('Tìm đơn vị').fill(text);
  };
  const unitAt = async (code: string, at: string) => {
    const answer = await page.request.get(`${server.url}/api/v1/units/${code}?at=${at}`);
    expect(answer.status()).toBe(200);
    return ((await answer.json()) as { fullName: string }).fullName;
  };

  beforeAll(async () => {
    const executable = requireChromium();
    server = await startDemoServer();
    browser = await launchChromium(executable);
    page = await signIn(browser, server, 'admin', { width: 1920, height: 1080, problems });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds a ward at a date by a name typed without diacritics', async () => {
    await page.goto(`${server.url}/admin/units`);
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Đơn vị hành chính');
    expect(await detail().getByRole('status').textContent()).toContain('rồi chọn trong danh sách');
    await find('mui ne', '1/3/2026');
    const result = finder().getByRole('button', { name: `${OLD_NAME} (${WARD})` });
    await result.waitFor();
    await eventually(() => new URL(page.url()).searchParams.get('at')).toBe(DATE);
    await screenshots('admin-units-search');
    await result.click();
    // Two versions already: the ward of Phan Thiết until 1/7/2025, then of the merged Lâm Đồng.
    await eventually(() => detail().locator('.admin-units__version').count()).toBe(2);
    expect(await detail().locator('.admin-units__version').last().textContent()).toContain(OLD_NAME);
  });

  it('refuses a rename without its legal basis, the message at the field', async () => {
    const form = page.locator('form.admin-units__form');
    // Not a day: said at the field before anything is sent.
    const dateError = form.locator('.ui-field', { has: page.getByLabel('Ngày hiệu lực') }).locator('.ui-field__error');
    await form.getByLabel('Ngày hiệu lực').fill('30/2/2026');
    expect(await dateError.textContent()).toContain('Chưa phải một ngày');
    await form.getByLabel('Ngày hiệu lực').fill('1/3/2026');
    expect(await dateError.count()).toBe(0);
    await form.getByLabel('Tên mới đầy đủ').fill(NEW_NAME);
    await form.getByRole('button', { name: 'Ghi sự kiện' }).click();
    const error = form.locator('.ui-field', { has: page.getByLabel('Căn cứ pháp lý') }).locator('.ui-field__error');
    await eventually(() => error.count()).toBe(1);
    expect(await error.textContent()).toBe('Cần căn cứ pháp lý (số, ký hiệu văn bản)'); // the API's message, its Vietnamese half
    expect(await unitAt(WARD, DATE)).toBe(OLD_NAME);
    await screenshots('admin-units-form-error');
  });

  it('renames it with a date and a legal basis: the new name from the date, the old before, and the recompute notice', async () => {
    const form = page.locator('form.admin-units__form');
    await form.getByLabel('Căn cứ pháp lý').fill(BASIS);
    await form.getByRole('button', { name: 'Ghi sự kiện' }).click();
    await eventually(() => detail().textContent()).toMatch(/Đã ghi sự kiện #\d+/);
    await eventually(() => page.getByText('Số liệu tổng hợp cần tính lại').count()).toBe(1);
    await eventually(() => detail().locator('.admin-units__version').count()).toBe(3);
    expect(await detail().locator('.admin-units__version').last().textContent()).toContain(NEW_NAME);
    const versions = await detail().locator('.admin-units__versions').textContent();
    expect(versions).toContain(NEW_NAME);
    expect(versions).toContain('1/3/2026');
    expect(versions).toContain('Nghị quyết 9999/NQ-UBTVQH15');
    // The form is emptied after the save (a second click would not send the same event again).
    expect(await form.getByLabel('Căn cứ pháp lý').inputValue()).toBe('');
    await screenshots('admin-units-saved');

    // The API: the new name on the date, the old one the day before.
    expect(await unitAt(WARD, DATE)).toBe(NEW_NAME);
    expect(await unitAt(WARD, '2026-02-28')).toBe(OLD_NAME);
    // The screen: the finder on each date.
    await find('mui ne', '1/3/2026');
    await finder()
      .getByRole('button', { name: `${NEW_NAME} (${WARD})` })
      .waitFor();
    await find('mui ne', '28/2/2026');
    await finder()
      .getByRole('button', { name: `${OLD_NAME} (${WARD})` })
      .waitFor();
    expect(
      await finder()
        .getByRole('button', { name: `${NEW_NAME} (${WARD})` })
        .count(),
    ).toBe(0);
  });

  it('withdraws the rename: the old name again on the date, the new version gone', async () => {
    await detail()
      .getByRole('button', { name: /Rút lại sự kiện #\d+/ })
      .click();
    await eventually(() => detail().textContent()).toMatch(/Đã rút lại sự kiện #\d+/);
    await eventually(() => detail().locator('.admin-units__version').count()).toBe(2);
    expect(await unitAt(WARD, DATE)).toBe(OLD_NAME);
  });

  it("shows Thừa Thiên Huế's history: Tỉnh Thừa Thiên Huế on 31/12/2022, reclassified under Nghị quyết 1314/NQ-UBTVQH15", async () => {
    await page.goto(`${server.url}/admin/units`);
    await find('thua thien hue', '31/12/2022');
    const province = finder().getByRole('button', { name: 'Tỉnh Thừa Thiên Huế (46)' });
    await province.waitFor();
    await province.click();
    await eventually(() => detail().locator('.admin-units__version').count()).toBe(2);
    const [before, after] = await detail().locator('.admin-units__version').allTextContents();
    expect(before).toContain('Tỉnh Thừa Thiên Huế');
    expect(before).toContain('Nghị quyết 1314/NQ-UBTVQH15');
    expect(before).toContain('đến hết ngày 31/12/2024');
    expect(before).toContain('hiệu lực ngày 31/12/2022');
    expect(after).toContain('Từ 1/1/2025 đến nay');
    expect(after).toContain('Thành phố Huế');
    expect(await unitAt('46', '2022-12-31')).toBe('Tỉnh Thừa Thiên Huế');
    await screenshots('admin-units-lineage');
    expect(problems).toEqual([]);
  });
});
