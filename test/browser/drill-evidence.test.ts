/**
 * From "71/71" to the document behind it, in Chromium on the demo, as the viewer and by keyboard: Đắk Nông's
 * communes connected by fibre (6 tháng cuối năm 2022), the indicator page, the districts' table (opened with Enter),
 * the city of Gia Nghĩa, one ward's history of values, and the evidence its value cites — the article, as a
 * document (số/ký hiệu, ngày, trích yếu) in a dialog that Escape closes, giving the focus back. Then the overview
 * in English and back in Vietnamese. Screenshots of the drill-down and of the English overview.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { type DemoServer, eventually, launchChromium, requireChromium, RUN_BROWSER_TESTS, SCREENSHOTS, signIn, startDemoServer } from './harness.ts';
import { SOURCES } from '../../src/app/demo/sources.ts';

describe.skipIf(!RUN_BROWSER_TESTS)('web app in Chromium: drill from 71/71 to the evidence', () => {
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

  it('the skip link is the first stop of the keyboard and takes it to the main content', async () => {
    await page.goto(`${server.url}/?unit=67&period=2022S2&view=was&indicator=CT_XA_CAP_QUANG`);
    await page.getByTestId('figure-value').first().waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bỏ qua, đến nội dung chính');
    // The focus ring shows (a box shadow from the design tokens).
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).boxShadow)).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('drills from 71/71 down to a ward and opens the document its value cites', async () => {
    await page.goto(`${server.url}/?unit=67&period=2022S2&view=was&indicator=CT_XA_CAP_QUANG`);
    await eventually(() => page.getByTestId('figure-value').first().textContent()).toBe('100%');
    expect(await page.locator('.figure-card').textContent()).toContain('Tử số/mẫu số: 71/71');
    await page.getByRole('link', { name: /Xem chi tiết chỉ tiêu/ }).press('Enter');
    await eventually(() => new URL(page.url()).pathname).toBe('/indicators/CT_XA_CAP_QUANG');

    // The table alternative of the map, by keyboard: its summary opens with Enter, a district's link follows with Enter.
    const map = page.getByTestId('indicator-map');
    await map.getByText(/Xem số liệu \d+ đơn vị dạng bảng/).press('Enter');
    await map.getByRole('link', { name: 'Gia Nghĩa', exact: true }).press('Enter');
    await eventually(() => new URL(page.url()).searchParams.get('unit')).toBe('660');
    await map.getByText(/Xem số liệu \d+ đơn vị dạng bảng/).press('Enter');
    const wards = map.locator('tbody tr');
    // The table shows Gia Nghĩa's wards once their figures arrive (until then it may still list the districts).
    const children = (await (await page.request.get(`${server.url}/api/v1/units?parent=660&at=2022-12-31&limit=50`)).json()) as { items: { name: string }[] };
    const wardNames = children.items.map((u) => u.name);
    expect(wardNames.length).toBeGreaterThan(1);
    const firstRowName = async () => (await wards.first().locator('th a').first().textContent()) ?? ''; // the drill link, not the unit-page link after it
    await eventually(async () => wardNames.includes(await firstRowName())).toBe(true);
    const ward = await firstRowName();

    // The ward's history (chosen with the keyboard's select), and its value's evidence.
    const select = page.getByLabel('Lịch sử số liệu của đơn vị');
    const option = await select.locator('option', { hasText: ward }).first().getAttribute('value');
    await select.focus();
    await select.selectOption(option!);
    const panel = page.getByTestId('value-history');
    await eventually(() => panel.textContent()).toContain(`Lịch sử số liệu: ${ward}`);
    const open = panel.getByRole('button', { name: /Xem minh chứng của phiên bản/ }).first();
    await open.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('evidence-dialog');
    await eventually(() => dialog.getByTestId('evidence-summary').textContent()).toBe(SOURCES.dakNong2022.title);
    expect(await dialog.getByTestId('evidence-number').textContent()).toBe(SOURCES.dakNong2022.reference);
    expect(await dialog.textContent()).toContain('Ngày ban hành11/11/2022');
    expect(await dialog.textContent()).toContain('Văn bản');
    expect(await dialog.textContent()).toContain(`Đơn vị ${ward} (`);
    await page.screenshot({ path: join(SCREENSHOTS, 'drill-71-71-evidence-desktop.png') });
    await page.keyboard.press('Escape');
    await eventually(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Xem minh chứng');
    await page.screenshot({ path: join(SCREENSHOTS, 'drill-71-71-ward-history-desktop.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('switches the overview to English and back', async () => {
    await page.goto(`${server.url}/?unit=67&period=2022S2&view=was&indicator=CT_XA_CAP_QUANG`);
    await eventually(() => page.getByTestId('figure-value').first().textContent()).toBe('100%');
    await page.getByTestId('language-switch').click();
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Overview');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByTestId('screen-context').textContent()).toContain('Đắk Nông (67)');
    await page.screenshot({ path: join(SCREENSHOTS, 'overview-dak-nong-2022S2-english-desktop.png'), fullPage: true });
    await page.getByTestId('language-switch').click();
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Trang điều hành');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(problems).toEqual([]);
  });
});
