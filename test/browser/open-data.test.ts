/**
 * The public open-data portal in Chromium on the demo (issue 12): an anonymous visitor (no login) opens /du-lieu-mo,
 * sees the catalogue with vi-VN dates, opens the published fibre indicator for Đắk Nông (67) and its figures in
 * vi-VN, and its CSV link answers text/csv with a BOM; then an administrator unpublishes that indicator on
 * Quản trị › Dữ liệu mở (after a confirmation) and it is gone from the public catalogue. Screenshots of the
 * catalogue, the indicator page and the admin screen at phone (360 px) and wall (1920×1080) sizes.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { eventually, launchChromium, requireChromium, RUN_BROWSER_TESTS, SCREENSHOTS, signIn, startDemoServer, type DemoServer } from './harness.ts';

const PHONE = { width: 360, height: 740 };
const WALL = { width: 1920, height: 1080 };
const FIBRE = 'CT_XA_CAP_QUANG';
const FIBRE_NAME = 'Tỷ lệ xã, phường, thị trấn được kết nối cáp quang đến trung tâm';

describe.skipIf(!RUN_BROWSER_TESTS)('web app in Chromium: the public open-data portal', () => {
  let server: DemoServer;
  let browser: Browser;
  const problems: string[] = [];

  const shoot = async (page: Page, name: string) => {
    for (const [size, viewport] of [
      ['phone', PHONE],
      ['wall', WALL],
    ] as const) {
      await page.setViewportSize(viewport);
      // What the screen shows first, and the whole page.
      await page.screenshot({ path: join(SCREENSHOTS, `open-data-${name}-${size}.png`) });
      await page.screenshot({ path: join(SCREENSHOTS, `open-data-${name}-${size}-full.png`), fullPage: true });
    }
    await page.setViewportSize(WALL);
  };

  const anonymous = async () => {
    const context = await browser.newContext({ viewport: WALL, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    return page;
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

  it('shows the catalogue and a published indicator to an anonymous visitor, with its CSV', async () => {
    const page = await anonymous();
    await page.goto(`${server.url}/login`);
    await page.getByRole('link', { name: 'Xem dữ liệu mở (không cần đăng nhập)' }).click();
    await page.getByRole('heading', { name: 'Dữ liệu mở chuyển đổi số', level: 1 }).waitFor();
    expect(await page.getByTestId('user-menu').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Đăng nhập' }).isVisible()).toBe(true);
    const fibre = page.locator(`[data-identifier="indicator:${FIBRE}"]`);
    await fibre.waitFor();
    expect(await page.getByTestId('open-data-dataset').count()).toBeGreaterThan(5);
    expect(await page.locator('[data-identifier="ranking:DTI_TINH:2022:2022"]').count()).toBe(1);
    // vi-VN dates: "21/3/2022", never ISO.
    expect(await fibre.getByTestId('open-data-modified').textContent()).toMatch(/^\d{1,2}\/\d{1,2}\/\d{4}$/);
    expect(await fibre.textContent()).toContain('1/1/2022 – 31/12/2023');
    await shoot(page, 'catalogue');

    await fibre.getByRole('link', { name: FIBRE_NAME }).click();
    await page.getByRole('heading', { name: FIBRE_NAME, level: 1 }).waitFor();
    // From the country down to Đắk Nông (67), whose districts all have fibre (100%, 8/8 for Gia Nghĩa).
    await page.getByTestId('open-data-values').locator('[data-unit="67"] a').click();
    await eventually(() => new URL(page.url()).searchParams.get('unit')).toBe('67');
    const gia = page.getByTestId('open-data-values').locator('[data-unit="660"]');
    await gia.waitFor();
    expect(await gia.textContent()).toContain('100%');
    expect(await gia.textContent()).toContain('8/8');
    expect(await page.getByTestId('open-data-values').locator('tbody tr').first().textContent()).toContain('Toàn Đắk Nông');
    await page.getByLabel('Kỳ', { exact: true }).selectOption('2022S1');
    await eventually(() => new URL(page.url()).searchParams.get('ky')).toBe('2022S1');
    await eventually(() => page.getByTestId('open-data-values').locator('thead th').count()).toBe(2);
    await shoot(page, 'indicator');

    const href = await page.getByTestId('open-data-csv').getAttribute('href');
    expect(href).toContain(`/api/v1/public/indicators/${FIBRE}.csv?unit=67`);
    const csv = await fetch(new URL(href!, server.url));
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('Gia Nghĩa');

    // A plan's progress on its published indicators.
    await page.goto(`${server.url}/du-lieu-mo/ke-hoach/QD749`);
    await page.getByRole('heading', { name: 'Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030', level: 1 }).waitFor();
    await page.getByText(/\d+\/\d+ chỉ tiêu đạt và vượt kế hoạch/).waitFor();
    await shoot(page, 'plan');

    // The published DTI 2022 ranking: Ninh Thuận 27th among 63, up 26 places.
    await page.goto(`${server.url}/du-lieu-mo/xep-hang/DTI_TINH/2022/2022`);
    await page.getByRole('heading', { name: 'Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2022', level: 1 }).waitFor();
    expect(await page.getByTestId('open-data-ranked-among').first().textContent()).toBe('Xếp hạng trong số 63 đơn vị');
    const ninhThuan = page.locator('tr[data-unit="58"]');
    expect(await ninhThuan.textContent()).toContain('27/63');
    expect(await ninhThuan.textContent()).toContain('0,5934');
    expect(await ninhThuan.textContent()).toContain('+26');
    await shoot(page, 'ranking');
    await page.context().close();
  }, 240_000);

  it('lets an administrator unpublish an indicator, which then leaves the public catalogue', async () => {
    const page = await signIn(browser, server, 'admin', { ...WALL, problems });
    await page.goto(`${server.url}/admin`);
    await page.getByRole('link', { name: 'Dữ liệu mở' }).click();
    await page.getByRole('heading', { name: 'Dữ liệu mở', level: 1 }).waitFor();
    const row = page.locator(`[data-key="indicator:${FIBRE}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-published')).toBe('yes');
    expect(await page.locator('[data-key="ranking:DTI_TINH|2022|2022"]').getAttribute('data-published')).toBe('yes');
    await shoot(page, 'admin');

    await row.getByRole('button', { name: 'Ngừng công bố' }).click();
    await page.getByRole('dialog').getByText(FIBRE_NAME).waitFor();
    await page.getByTestId('open-data-confirm-unpublish').click();
    await eventually(() => row.getAttribute('data-published')).toBe('no');
    expect(await row.getByRole('button', { name: 'Công bố' }).isVisible()).toBe(true);

    const visitor = await anonymous();
    await visitor.goto(`${server.url}/du-lieu-mo`);
    await visitor.getByTestId('open-data-dataset').first().waitFor();
    expect(await visitor.locator(`[data-identifier="indicator:${FIBRE}"]`).count()).toBe(0);
    expect((await fetch(`${server.url}/api/v1/public/indicators/${FIBRE}?unit=67&periods=2022S1..2022S1`)).status).toBe(404);
    await visitor.context().close();
    expect(problems).toEqual([]);
  }, 240_000);
});
