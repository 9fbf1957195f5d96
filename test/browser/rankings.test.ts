/**
 * The rankings screen in Chromium on the demo: the viewer opens the DTI 2022 ranking from the menu, reads Ninh
 * Thuận's published rank 27, its total 0,5934 (vi-VN) and its rise of 26 places, opens Đà Nẵng's radar (its main
 * indices against the average and the best, and the table beside it), sees the 2024 edition's empty state with the
 * merged-unit rule and the latest ranking on the overview; screenshots at 1440 px and on a 360 px phone. The admin
 * sees the draft of 2022 marked "Bản nháp"; the viewer is never offered it.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { type DemoServer, eventually, launchChromium, requireChromium, RUN_BROWSER_TESTS, SCREENSHOTS, signIn, startDemoServer } from './harness.ts';
import { formatNumber } from '../../web/src/lib/format.ts';

describe.skipIf(!RUN_BROWSER_TESTS)('web app in Chromium: rankings', () => {
  let server: DemoServer;
  let browser: Browser;
  const problems: string[] = [];

  const open = (user: string, width: number, height: number): Promise<Page> => signIn(browser, server, user, { width, height, problems });

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium(requireChromium());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the viewer opens the DTI 2022 ranking: a published rank, a vi-VN total, the rank change, a unit’s radar', async () => {
    const page = await open('lanhdao', 1440, 900);
    await page.getByRole('link', { name: 'Xếp hạng', exact: true }).click();
    await eventually(() => new URL(page.url()).pathname).toBe('/rankings');
    const table = page.getByTestId('rankings-table');
    await table.waitFor({ timeout: 20_000 });
    expect(await page.getByLabel('Năm đánh giá').inputValue()).toBe('2022');
    const ninhThuan = table.locator('tr[data-unit="58"]');
    expect(await ninhThuan.getByTestId('rank').textContent()).toBe('27');
    expect(await ninhThuan.getByTestId('score').textContent()).toBe(formatNumber(0.5934, 'vi', 4));
    expect(await ninhThuan.getByTestId('score').textContent()).toBe('0,5934');
    expect(await ninhThuan.getByTestId('rank-change').textContent()).toContain('▲ 26');
    expect(await page.getByTestId('run-source').textContent()).toContain('Đã công bố');
    // Đà Nẵng: a total worked out from its published main indices, marked derived; no published rank.
    const daNang = table.locator('tr[data-unit="48"]');
    expect(await daNang.getByTestId('score').textContent()).toBe('0,8002* (suy ra)');
    expect(await daNang.getByTestId('rank').textContent()).toBe('—');
    // The viewer is offered no draft.
    expect(await page.getByText('Bản nháp').count()).toBe(0);

    // Sorting by the total puts Đà Nẵng first.
    await table.getByRole('button', { name: 'Sắp xếp theo Tổng (DTI)' }).click();
    await eventually(() => new URL(page.url()).searchParams.get('sort')).toBe('score');
    await eventually(() => table.locator('tbody tr').first().getAttribute('data-unit')).toBe('48');

    await daNang.getByRole('button', { name: /Đà Nẵng/ }).click();
    await eventually(() => new URL(page.url()).searchParams.get('focus')).toBe('48');
    const radar = page.getByTestId('unit-radar');
    await radar.getByRole('img', { name: /Đà Nẵng/ }).waitFor();
    await radar.getByText('Xem dạng bảng').click();
    const row = radar.locator('tr', { hasText: 'Hạ tầng số' });
    expect(await row.locator('td').first().textContent()).toBe('0,8253');
    await page.screenshot({ path: join(SCREENSHOTS, 'rankings-dti-2022-desktop.png'), fullPage: true });

    // Ninh Thuận has only a total and a rank: its radar says so.
    await page.getByLabel('Đơn vị', { exact: true }).selectOption('58');
    await eventually(() => radar.textContent()).toContain('không có giá trị chỉ số chính');

    // 2021: Đắk Nông's published pillar ranks; Ninh Thuận's derived figures marked.
    await page.getByLabel('Năm đánh giá').selectOption('2021');
    await eventually(() => table.locator('tr[data-unit="67"]').getByTestId('rank').textContent()).toBe('41');
    const dakNong = await table.locator('tr[data-unit="67"]').textContent();
    expect(dakNong).toContain('hạng 52');
    expect(dakNong).toContain('hạng 34');
    expect(dakNong).toContain('hạng 18');
    expect(await table.locator('tr[data-unit="58"]').getByTestId('rank').textContent()).toBe('53* (suy ra)');

    // 2024: no published figures; the merged-unit rule is shown, not invented numbers.
    await page.getByLabel('Năm đánh giá').selectOption('2024');
    await eventually(() => page.getByText(/Chưa có kết quả công bố/).count()).toBe(1);
    expect(await page.getByTestId('merged-unit-rule').textContent()).toContain('trung bình cộng');
    await page.screenshot({ path: join(SCREENSHOTS, 'rankings-dti-2024-empty-desktop.png'), fullPage: true });

    // The overview's latest ranking.
    await page.goto(`${server.url}/?unit=58&period=2022&view=was`);
    const latest = page.getByTestId('latest-ranking');
    await latest.waitFor({ timeout: 20_000 });
    expect(await latest.textContent()).toContain('#27');
    expect(await latest.textContent()).toContain('0,5934');
    await page.locator('.latest-ranking').screenshot({ path: join(SCREENSHOTS, 'rankings-overview-latest.png') });
    expect(problems).toEqual([]);
  });

  it('reads on a 360 px phone', async () => {
    const page = await open('lanhdao', 360, 780);
    await page.goto(`${server.url}/rankings?framework=DTI_TINH&edition=2022&focus=48`);
    await page.getByTestId('rankings-table').waitFor({ timeout: 20_000 });
    await page.getByTestId('unit-radar').getByRole('img').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'rankings-dti-2022-phone.png'), fullPage: true });
    // Nothing wider than the phone but the table, which scrolls inside its own region.
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((e) => !e.closest('.rankings-table__scroll') && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
    );
    expect(wide).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('the admin sees the draft of 2022, marked "Bản nháp", and what it changes against the published revision', async () => {
    const page = await open('admin', 1440, 900);
    await page.goto(`${server.url}/rankings?framework=DTI_TINH&edition=2022`);
    await page.getByTestId('rankings-table').waitFor({ timeout: 20_000 });
    const runs = page.getByLabel('Lần chấm điểm');
    const draft = await runs.locator('option', { hasText: 'Bản nháp' }).getAttribute('value');
    expect(draft).toBeTruthy();
    await runs.selectOption(draft!);
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Bản nháp');
    expect(await page.getByTestId('run-source').textContent()).toContain('Tính từ số liệu đã nhập');
    const diff = page.getByTestId('run-diff');
    await diff.waitFor();
    expect(await diff.textContent()).toContain('Ninh Thuận');
    await page.screenshot({ path: join(SCREENSHOTS, 'rankings-dti-2022-draft-admin.png'), fullPage: true });
    expect(problems).toEqual([]);
  });
});
