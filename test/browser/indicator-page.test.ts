/**
 * The indicator page in Chromium on the demo: from the overview's "Xem chi tiết chỉ tiêu" to "71/71" of the
 * fibre indicator, its definition (numerator and denominator by name), a drill down the table from Đắk Nông to the
 * district of Gia Nghĩa, and the history of a ward's values as GET /data-values/history answers it: each version,
 * its author and source.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { type DemoServer, eventually, launchChromium, requireChromium, RUN_BROWSER_TESTS, SCREENSHOTS, signIn, startDemoServer } from './harness.ts';
import { formatNumber } from '../../web/src/lib/format.ts';

describe.skipIf(!RUN_BROWSER_TESTS)('web app in Chromium: the indicator page', () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium(requireChromium());
    page = await signIn(browser, server, 'lanhdao', { problems });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens from the overview, defines the indicator, drills down the table and traces a ward’s values to their versions', async () => {
    await page.goto(`${server.url}/?unit=67&period=2022&view=was&indicator=CT_XA_CAP_QUANG`);
    await page.getByRole('link', { name: /Xem chi tiết chỉ tiêu/ }).click();
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Tỷ lệ xã, phường, thị trấn được kết nối cáp quang đến trung tâm');
    expect(new URL(page.url()).pathname).toBe('/indicators/CT_XA_CAP_QUANG');
    const definition = await page.locator('.indicator-page__definition').textContent();
    expect(definition).toContain('Số xã, phường, thị trấn được kết nối cáp quang đến trung tâm');
    expect(definition).toContain('Tổng số xã, phường, thị trấn');
    await eventually(() => page.getByTestId('figure-value').textContent()).toBe('100%');

    // Down the table: Đắk Nông's districts, then the city of Gia Nghĩa (660).
    const map = page.getByTestId('indicator-map');
    await map.getByText(/Xem số liệu \d+ đơn vị dạng bảng/).click();
    await map.getByRole('link', { name: 'Gia Nghĩa', exact: true }).click();
    await eventually(() => new URL(page.url()).searchParams.get('unit')).toBe('660');

    const ward = (await (await page.request.get(`${server.url}/api/v1/units?parent=660&at=2022-12-31&limit=50`)).json()) as {
      items: { code: string; name: string }[];
    };
    const first = ward.items[0]!;
    const history = (await (
      await page.request.get(`${server.url}/api/v1/data-values/history?dataElement=XA_CAP_QUANG&unit=${first.code}&period=2022S2`)
    ).json()) as { versions: { value: number; author: string; source: string }[] };
    expect(history.versions.length).toBeGreaterThan(0);
    await page.getByLabel('Lịch sử số liệu của đơn vị').selectOption(first.code);
    const panel = page.getByTestId('value-history');
    await eventually(() => panel.textContent()).toContain(`Lịch sử số liệu: ${first.name} (${first.code}), 6 tháng cuối năm 2022`);
    const items = panel.locator('.history__element').first().locator('li');
    await eventually(() => items.count()).toBe(history.versions.length);
    const newest = history.versions[history.versions.length - 1]!;
    expect(await items.first().textContent()).toContain(
      `${formatNumber(newest.value, 'vi')} — phiên bản ${history.versions.length}, ${newest.author} (${newest.source})`,
    );
    // The ward's form was submitted and approved: its values say so (not "nháp").
    expect(await items.first().textContent()).toContain('đã duyệt');
    await page.screenshot({ path: join(SCREENSHOTS, 'indicator-page-gia-nghia-2022-desktop.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('marks a figure worked back from the text as "suy ra": Ninh Thuận ranked 53 in 2021 ("xếp thứ 27 …, tăng 26 bậc")', async () => {
    await page.goto(`${server.url}/indicators/CT_DTI_XEP_HANG?unit=58&period=2021&view=was`);
    const panel = page.getByTestId('value-history');
    await eventually(() => panel.locator('[data-testid="value-derived"]').count()).toBe(1);
    const item = await panel.locator('li').first().textContent();
    expect(item).toContain('53');
    expect(item).toContain('suy ra');
    expect(item).toContain('Suy ra: năm 2022 xếp 27, tăng 26 bậc');
    // A rank reads in its own unit of measure, not as a percentage, and has no numerator/denominator line.
    await eventually(() => page.getByTestId('figure-value').textContent()).toBe('53 hạng');
    expect(await page.locator('.figure__facts').textContent()).not.toContain('Tử số/mẫu số');
    await page.screenshot({ path: join(SCREENSHOTS, 'indicator-page-ninh-thuan-rank-2021-derived.png'), fullPage: true });
  });
});
