/**
 * The overview's blocks in Chromium on the demo. The trend: one indicator over 7 years in one request, its table
 * equal to the API's series. The plan progress: Ninh Thuận's 2023 plan ("…/19 chỉ tiêu đạt và vượt kế
 * hoạch" in the article; the demo holds the targets whose figures the article gives), its status counts and
 * lagging targets as GET /plans/{code}/status answers them, written with the app's own formatters; the plan kept in
 * the URL; a unit and period without a plan show an empty state that says what to do. Screenshots at desktop and
 * phone width.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request as playwrightRequest, type Browser, type Page } from 'playwright-core';
import {
  DEMO_PASSWORD,
  type DemoServer,
  eventually,
  launchChromium,
  requireChromium,
  RUN_BROWSER_TESTS,
  SCREENSHOTS,
  signIn,
  startDemoServer,
} from './harness.ts';
import { formatNumber, formatPercent, formatRatio } from '../../web/src/lib/format.ts';

interface PlanStatusAnswer {
  targets: { indicator: string; status: string }[];
  summary: { total: number; metOrExceeded: number; byStatus: Record<string, number> };
  reported?: { met: number; total: number } | null;
}

describe.skipIf(!RUN_BROWSER_TESTS)('web app in Chromium: the overview’s plan progress and trend', () => {
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

  it('shows Ninh Thuận’s 2023 plan as its status answers it: the count met, each status, the lagging targets', async () => {
    // The screen of 2023 asks for the status of the closed year: the day after it.
    const status = (await (await page.request.get(`${server.url}/api/v1/plans/NT_KH_CDS_2023/status?asOf=2024-01-01`)).json()) as PlanStatusAnswer;
    expect(status.summary.total).toBeGreaterThan(0);
    await page.goto(`${server.url}/?unit=58&period=2023&view=was`);
    const block = page.getByTestId('plan-progress');
    await eventually(() => block.isVisible()).toBe(true);
    await eventually(() => block.textContent()).toContain('Kế hoạch hoạt động chuyển đổi số năm 2023 tỉnh Ninh Thuận');
    // What the province reported ("có 8/19 chỉ tiêu đạt và vượt kế hoạch") first, then what its 2 known targets compute.
    expect(status.reported).toMatchObject({ met: 8, total: 19 });
    expect(await page.getByTestId('plan-reported').textContent()).toContain('8/19 chỉ tiêu đạt và vượt kế hoạch theo báo cáo (6 tháng đầu năm 2023)');
    const summary = `${formatNumber(status.summary.metOrExceeded, 'vi', 0)}/${formatNumber(status.summary.total, 'vi', 0)} chỉ tiêu có số liệu đạt và vượt`;
    expect(await page.getByTestId('plan-summary').textContent()).toContain(summary);

    const labels: Record<string, string> = {
      exceeded: 'Vượt',
      met: 'Đạt',
      at_risk: 'Có nguy cơ',
      not_met: 'Chưa đạt',
      no_data: 'Chưa có số liệu',
      reorganised: 'Đơn vị đã sắp xếp lại',
    };
    const badges = await page.getByRole('list', { name: 'Số chỉ tiêu theo tình trạng' }).getByRole('listitem').allTextContents();
    const expected = Object.entries(labels)
      .filter(([s]) => (status.summary.byStatus[s] ?? 0) > 0)
      .map(([s, label]) => `${label}: ${status.summary.byStatus[s]}`);
    expect(badges).toEqual(expected);

    const lagging = status.targets.filter((t) => t.status === 'not_met' || t.status === 'at_risk').length;
    const items = block.locator('.plan__target');
    expect(await items.count()).toBe(lagging);
    if (lagging === 0) expect(await block.textContent()).toContain('Không có chỉ tiêu nào chưa đạt hoặc có nguy cơ.');
    await page.screenshot({ path: join(SCREENSHOTS, 'plan-progress-ninh-thuan-2023-desktop.png'), fullPage: true });

    await page.setViewportSize({ width: 360, height: 800 });
    await eventually(() => page.getByTestId('plan-summary').isVisible()).toBe(true);
    // Nothing wider than the phone: no horizontal scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: join(SCREENSHOTS, 'plan-progress-ninh-thuan-2023-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('VN, 6 tháng đầu năm 2022: the five national figures against the 2022 plan, 2 ahead and 3 at risk by the projection', async () => {
    await page.goto(`${server.url}/?unit=VN&period=2022S1&view=was&plan=UBQG_KH_2022&indicator=CT_TRUONG_THANH_SMARTPHONE`);
    const block = page.getByTestId('plan-progress');
    await eventually(() => page.getByTestId('plan-summary').textContent()).toContain('2/5 chỉ tiêu đạt và vượt kế hoạch');
    const badges = await page.getByRole('list', { name: 'Số chỉ tiêu theo tình trạng' }).getByRole('listitem').allTextContents();
    expect(badges).toEqual(['Vượt: 2', 'Có nguy cơ: 3']);
    const lagging = await block.locator('.plan__target').allTextContents();
    expect(lagging).toHaveLength(3);
    expect(lagging.join(' | ')).toContain('đạt 70,91%, mục tiêu ≥ 85%');
    expect(lagging.join(' | ')).toContain('dự báo cuối kỳ 45,78%');
    await page.screenshot({ path: join(SCREENSHOTS, 'plan-progress-vn-2022s1-desktop.png'), fullPage: true });
  });

  it('keeps the chosen plan in the URL, and says what to do where no plan covers the unit and period', async () => {
    const status = (await (await page.request.get(`${server.url}/api/v1/plans/DN_KH_CDS_2022/status`)).json()) as PlanStatusAnswer;
    await page.goto(`${server.url}/?unit=67&period=2022&view=was&plan=DN_KH_CDS_2022`);
    const block = page.getByTestId('plan-progress');
    await eventually(() => block.textContent()).toContain('Kế hoạch chuyển đổi số năm 2022 tỉnh Đắk Nông');
    expect(new URL(page.url()).searchParams.get('plan')).toBe('DN_KH_CDS_2022');
    const lagging = status.targets.filter((t) => t.status === 'not_met' || t.status === 'at_risk').length;
    expect(await block.locator('.plan__target').count()).toBe(lagging);
    await page.screenshot({ path: join(SCREENSHOTS, 'plan-progress-dak-nong-2022-desktop.png'), fullPage: true });

    await page.goto(`${server.url}/?unit=01&period=2019&view=was`);
    await eventually(() => page.getByText('Chưa có kế hoạch nào của').isVisible()).toBe(true);
    expect(await page.getByText('dx-ioc metadata import').first().isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('draws the chosen indicator’s trend over 7 years from one series request, its table equal to the API’s answer', async () => {
    const series = (await (await page.request.get(`${server.url}/api/v1/analytics?indicator=CT_XA_CAP_QUANG&unit=67&periods=2016..2022&view=was`)).json()) as {
      rows: { period: string; value: number | null; numerator: number | null; denominator: number | null }[];
    };
    const withValue = series.rows.filter((r) => r.value !== null);
    expect(withValue.length).toBeGreaterThan(0);
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/analytics')) requests.push(new URL(request.url()).search);
    });
    await page.goto(`${server.url}/?unit=67&period=2022&view=was&indicator=CT_XA_CAP_QUANG`);
    const trend = page.getByTestId('indicator-trend');
    await eventually(() => trend.locator('canvas').count()).toBeGreaterThan(0);
    expect(requests.filter((q) => q.includes('periods=2016..2022') || q.includes('periods=2016.2022'))).toHaveLength(1);
    await trend.getByText('Xem số liệu dạng bảng').click();
    const cells = await trend.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? '')));
    expect(cells.map((c) => c[0])).toEqual(['Năm 2016', 'Năm 2017', 'Năm 2018', 'Năm 2019', 'Năm 2020', 'Năm 2021', 'Năm 2022']);
    for (const row of withValue) {
      const line = cells[Number(row.period) - 2016]!;
      expect(line[1]).toBe(formatPercent(row.value, 'vi'));
      expect(line[2]).toBe(formatRatio(row.numerator, row.denominator, 'vi'));
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'trend-dak-nong-2016-2022-desktop.png'), fullPage: true });

    // Another indicator from the picker: the URL names it, and the trend follows.
    const picker = page.getByLabel('Chỉ tiêu');
    const options = await picker.locator('option').evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value));
    expect(options.length).toBeGreaterThan(1);
    const other = options.find((code) => code !== 'CT_XA_CAP_QUANG')!;
    await picker.selectOption(other);
    await eventually(() => new URL(page.url()).searchParams.get('indicator')).toBe(other);
    expect(problems).toEqual([]);
  });

  it('colours Lâm Đồng’s communes on today’s boundaries by class, with a legend and the same figures as a table', async () => {
    const children = (await (
      await page.request.get(`${server.url}/api/v1/analytics?indicator=CT_XA_CAP_QUANG&unit=68&period=2022&view=now&breakdown=children`)
    ).json()) as { rows: { unit: { code: string }; value: number | null }[] };
    const rows = children.rows.filter((r) => r.unit.code !== '68');
    expect(rows.length).toBe(124);
    const withValue = rows.filter((r) => r.value !== null).length;
    expect(withValue).toBeGreaterThan(0);
    await page.goto(`${server.url}/?unit=68&period=2022&view=now&indicator=CT_XA_CAP_QUANG`);
    const map = page.getByTestId('indicator-map');
    await eventually(() => map.locator('canvas').count()).toBeGreaterThan(0);
    const legend = await map.getByRole('list', { name: 'Chú giải' }).getByRole('listitem').allTextContents();
    expect(legend.length).toBeGreaterThan(0);
    if (withValue < rows.length) expect(legend[legend.length - 1]).toBe(`Chưa có số liệu (${rows.length - withValue} đơn vị)`);
    await map.getByText('Xem số liệu 124 đơn vị dạng bảng').click();
    expect(await map.locator('tbody tr').count()).toBe(124);
    await page.screenshot({ path: join(SCREENSHOTS, 'map-lam-dong-communes-2022-now-desktop.png'), fullPage: true });

    // The country by province, Hoàng Sa and Trường Sa on the map (the boundaries keep them; the screenshot shows them).
    await page.goto(`${server.url}/?unit=VN&period=2022&view=now&indicator=CT_XA_CAP_QUANG`);
    await eventually(() => page.getByTestId('indicator-map').locator('canvas').count()).toBeGreaterThan(0);
    await page.getByTestId('indicator-map').scrollIntoViewIfNeeded();
    await page.getByTestId('indicator-map').screenshot({ path: join(SCREENSHOTS, 'map-vn-provinces-2022-now.png') });
    expect(problems).toEqual([]);
  });

  it('shows who reported each form due for Đắk Nông in 2022 (the year-end half), as the coverage API counts them', async () => {
    const datasets = ((await (await page.request.get(`${server.url}/api/v1/datasets`)).json()) as { items: { code: string }[] }).items;
    const expected: string[] = [];
    for (const { code } of datasets) {
      const coverage = (await (await page.request.get(`${server.url}/api/v1/datasets/${code}/coverage?period=2022S2&within=67`)).json()) as {
        expected: number;
        submitted: number;
      };
      if (coverage.expected > 0)
        expected.push(
          `Đã báo cáo ${formatNumber(coverage.submitted, 'vi', 0)}/${formatNumber(coverage.expected, 'vi', 0)} đơn vị (${formatPercent((100 * coverage.submitted) / coverage.expected, 'vi', 1)})`,
        );
    }
    expect(expected.length).toBeGreaterThan(0);
    await page.goto(`${server.url}/?unit=67&period=2022&view=was`);
    const block = page.getByTestId('reporting-coverage');
    await eventually(() => block.locator('.coverage__figure').count()).toBe(expected.length);
    expect(await block.locator('.coverage__figure').allTextContents()).toEqual(expected);
    expect(await block.textContent()).toContain('6 tháng cuối năm 2022');
    await block.scrollIntoViewIfNeeded();
    await block.screenshot({ path: join(SCREENSHOTS, 'coverage-dak-nong-2022.png') });
    expect(problems).toEqual([]);
  });

  it('shows a value another user writes through the API on the open overview, without a reload, with its freshness', async () => {
    const screen = `${server.url}/?unit=67&period=2024S1&view=was&indicator=CT_XA_CAP_QUANG`;
    await page.goto(screen);
    const figure = page.locator('.figure-card');
    await eventually(() => figure.textContent()).toContain('chưa có số liệu');
    let navigations = 0;
    page.on('framenavigated', () => (navigations += 1));

    // Another user, another session: the admin writes a commune of Đắk Nông for the first half of 2024.
    const admin = await playwrightRequest.newContext({ baseURL: server.url });
    const signedIn = (await (await admin.post('/api/v1/auth/login', { data: { username: 'admin', password: DEMO_PASSWORD } })).json()) as { csrfToken: string };
    const write = await admin.post('/api/v1/data-values', {
      headers: { 'x-csrf-token': signedIn.csrfToken },
      data: {
        values: [
          { dataElement: 'XA_CAP_QUANG', unit: '24611', period: '2024S1', value: 1 },
          { dataElement: 'XA_TONG', unit: '24611', period: '2024S1', value: 1 },
        ],
      },
    });
    expect(write.status(), await write.text()).toBe(200);
    const row = (
      (await (await page.request.get(`${server.url}/api/v1/analytics?indicator=CT_XA_CAP_QUANG&unit=67&period=2024S1&view=was`)).json()) as {
        rows: { value: number }[];
      }
    ).rows[0]!;
    await eventually(() => page.getByTestId('figure-value').textContent()).toBe(formatPercent(row.value, 'vi'));
    expect(navigations).toBe(0);
    expect(await figure.getByTestId('freshness').textContent()).toMatch(/^Cập nhật lúc \d{2}:\d{2} \d{1,2}\/\d{1,2}\/\d{4}$/);
    await admin.dispose();
    expect(problems).toEqual([]);
  });
});
