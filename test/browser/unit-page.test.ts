/**
 * The unit page in Chromium on the demo, as the viewer: Đắk Nông (67) in 2022 as reported — its header, its plan,
 * the empty rankings, its reporting record as GET /units/67/reporting answers it, and its lineage into Lâm Đồng (68)
 * on 1/7/2025; from the timeline to Lâm Đồng in the now view, formed from three provinces; a ward of Gia Nghĩa in
 * 2022 with its parents and its merge into Bắc Gia Nghĩa. Screenshots at 1440 and 360 px wide.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
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
import { formatNumber } from '../../web/src/lib/format.ts';

interface Record {
  datasets: Array<{ code: string; periods: Array<{ period: string; state: string; onTime: boolean | null; overdue: boolean }> }>;
}

describe.skipIf(!RUN_BROWSER_TESTS)('web app in Chromium: the unit page', () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  const scrollsSideways = () => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  /** The page as it is now, at 1440 px and at 360 px wide (full length); at those and on a 1920×1080 wall nothing scrolls sideways. */
  const screenshots = async (name: string) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    expect(await scrollsSideways()).toBe(false);
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(await scrollsSideways()).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-1440.png`), fullPage: true });
    await page.setViewportSize({ width: 360, height: 780 });
    expect(await scrollsSideways()).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-360.png`), fullPage: true });
    await page.setViewportSize({ width: 1440, height: 900 });
  };
  const heading = () => page.getByRole('heading', { level: 1 }).textContent();

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium(requireChromium());
    page = await signIn(browser, server, 'lanhdao', { width: 1440, height: 900, problems });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('Đắk Nông in 2022, as reported: from the overview, its header, plan, rankings, reporting record and its merge into Lâm Đồng on 1/7/2025', async () => {
    await page.goto(`${server.url}/?unit=67&period=2022&view=was`);
    await page.getByTestId('unit-page-link').click();
    await eventually(() => heading()).toBe('Tỉnh Đắk Nông');
    const url = new URL(page.url());
    expect(url.pathname).toBe('/units/67');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ unit: '67', period: '2022', view: 'was' });
    expect(await page.getByTestId('screen-context').textContent()).toBe('Đắk Nông (67) · Năm 2022 · Như đã báo cáo');
    expect(await page.getByTestId('unit-validity').textContent()).toBe('đến hết 30/6/2025');
    await eventually(() => page.locator('.unit-header__chain').textContent()).toBe('Việt Nam (VN)');

    // Lineage: the 2022 province, then the merge on 1/7/2025 into Lâm Đồng, with its legal basis.
    const timeline = page.getByTestId('lineage-timeline');
    await eventually(() => timeline.locator('li.timeline__item').count()).toBe(2);
    const [version, merge] = await timeline.locator('li.timeline__item').allTextContents();
    expect(version).toContain('Tỉnh Đắk Nông (67)');
    expect(version).toContain('Đang xem');
    expect(merge).toContain('1/7/2025 · hợp nhất');
    expect(merge).toContain('Lâm Đồng (68)');
    expect(merge).toContain('Căn cứ: Nghị quyết 202/2025/QH15');
    expect(await timeline.locator('[aria-current="true"]').count()).toBe(1);

    // Every indicator with a value: the seeds' fibre to all 71 communes among them, linked to its indicator page.
    const values = page.getByTestId('indicator-values');
    const fibre = values.getByRole('row').filter({ hasText: 'Tỷ lệ xã, phường, thị trấn được kết nối cáp quang đến trung tâm' });
    await eventually(() => fibre.textContent()).toContain('100%');
    expect(await fibre.getByRole('link').getAttribute('href')).toBe('/indicators/CT_XA_CAP_QUANG?unit=67&period=2022&view=was');

    // The plan of 2022, and no published ranking yet (an empty state that says what happens next).
    await eventually(() => page.getByTestId('plan-targets').textContent()).toContain('Kế hoạch chuyển đổi số năm 2022 tỉnh Đắk Nông');
    // Its published results: each edition whose published run lists Đắk Nông (DTI 2021: 41st, as the article says).
    const scores = (await (await page.request.get(`${server.url}/api/v1/units/67/scores`)).json()) as { items: unknown[] };
    if (scores.items.length === 0) await eventually(() => page.locator('.unit-page__scores').textContent()).toContain('Chưa có kết quả xếp hạng đã công bố');
    else await eventually(() => page.locator('.unit-scores__run').count()).toBe(scores.items.length);
    // DTI 2021 as the article states it: rank 41/63, up 13, the three pillar ranks; no main index it does not state.
    const dti2021 = page.locator('.unit-scores__run').filter({ hasText: 'năm 2021' });
    await eventually(() => dti2021.textContent()).toContain('Hạng 41/63');
    const stated = await dti2021.textContent();
    for (const pillar of ['Chính quyền số: hạng 52', 'Kinh tế số: hạng 34', 'Xã hội số: hạng 18']) expect(stated).toContain(pillar);
    expect(stated).not.toContain('Nhận thức số');
    expect(stated).toContain('Nguồn: Kết quả Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2021');

    // The reporting record, 2020–2022, as the API answers it: the half-year report's on time / late / approved.
    const record = (await (await page.request.get(`${server.url}/api/v1/units/67/reporting?from=2020&to=2022`)).json()) as Record;
    const report = record.datasets.find((d) => d.code === 'BC_CDS_TINH_6T')!;
    const count = (test: (p: Record['datasets'][number]['periods'][number]) => boolean) => formatNumber(report.periods.filter(test).length, 'vi', 0);
    const section = page.getByTestId('reporting-record').locator('.reporting-record__dataset').first();
    await eventually(() => section.locator('.reporting-record__summary').textContent()).toBe(
      `${report.periods.length} kỳ: ${count((p) => p.onTime === true)} đúng hạn, ${count((p) => p.onTime === false)} trễ hạn, ` +
        `${count((p) => p.overdue)} quá hạn chưa nộp; ${count((p) => p.state === 'approved')} đã duyệt`,
    );
    const rows = await section.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(report.periods.length);
    const s2 = report.periods.find((p) => p.period === '2022S2')!;
    expect(rows[0]).toContain('6 tháng cuối năm 2022');
    expect(rows[0]).toContain(s2.onTime ? 'Đúng hạn' : 'Trễ hạn');
    expect(rows[0]).toContain('Đã duyệt');
    await screenshots('unit-page-dak-nong-2022-was');
    expect(problems).toEqual([]);
  });

  it('from the timeline to Lâm Đồng (68) on today’s boundaries: formed on 1/7/2025 from Bình Thuận, Đắk Nông and the old Lâm Đồng', async () => {
    await page.getByTestId('lineage-timeline').getByRole('link', { name: 'Lâm Đồng (68)' }).click();
    await eventually(() => new URL(page.url()).pathname).toBe('/units/68');
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({ unit: '68', view: 'now', at: '2025-07-01' });
    await eventually(() => heading()).toBe('Tỉnh Lâm Đồng');
    expect(await page.getByTestId('unit-validity').textContent()).toBe('từ 1/7/2025, đang có hiệu lực');
    expect(await page.getByTestId('screen-context').textContent()).toContain('Theo địa giới hiện nay');

    const items = page.getByTestId('lineage-timeline').locator('li.timeline__item');
    await eventually(() => items.count()).toBe(3);
    const [before, merge, after] = await items.allTextContents();
    expect(before).toContain('đến hết 30/6/2025');
    expect(before).toContain('Tỉnh Lâm Đồng (68)');
    for (const name of ['Bình Thuận (60)', 'Đắk Nông (67)', 'Lâm Đồng (68)']) expect(merge).toContain(name);
    expect(merge).toContain('1/7/2025 · hợp nhất');
    expect(after).toContain('từ 1/7/2025');
    expect(after).toContain('Đang xem');
    // The record keeps the screen's years (2020–2022): each period is the unit in force on its last day, the old Lâm Đồng.
    await eventually(() => page.getByTestId('reporting-record').textContent()).toContain('6 tháng cuối năm 2022');

    // A link without ?unit= takes it from the path, not from the user's default unit; in 2025 the record reaches the
    // merged province's first half-year.
    await page.goto(`${server.url}/units/68?period=2025&view=now`);
    await eventually(() => heading()).toBe('Tỉnh Lâm Đồng');
    await eventually(() => new URL(page.url()).searchParams.get('unit')).toBe('68');
    await eventually(() => page.getByTestId('reporting-record').textContent()).toContain('6 tháng cuối năm 2025');
    await screenshots('unit-page-lam-dong-2025-now');

    // Đắk Nông in 2025 as reported: gone by the year's end, so shown as of the year's first day.
    await page.goto(`${server.url}/units/67?period=2025&view=was`);
    await eventually(() => heading()).toBe('Tỉnh Đắk Nông');
    expect(await page.getByTestId('unit-as-of').textContent()).toBe('1/1/2025');
    await eventually(() => page.getByTestId('lineage-timeline').locator('[aria-current="true"]').count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('a ward of Gia Nghĩa in 2022: its parents then, its reporting, and its merge into Bắc Gia Nghĩa, whose page names it as it is now', async () => {
    await page.goto(`${server.url}/units/24611?period=2022&view=was`);
    await eventually(() => heading()).toBe('Phường Nghĩa Đức');
    await eventually(() => page.locator('.unit-header__chain').textContent()).toBe('Gia Nghĩa (660)Đắk Nông (67)Việt Nam (VN)');
    const merge = page.getByTestId('lineage-timeline').locator('li.timeline__item--event');
    await eventually(() => merge.textContent()).toContain('Bắc Gia Nghĩa (24611)');
    await eventually(() => page.getByTestId('reporting-record').textContent()).toContain('6 tháng cuối năm 2022');
    expect(await page.getByTestId('reporting-record').locator('tbody tr').first().textContent()).toContain('Đã duyệt');
    await screenshots('unit-page-ward-24611-2022-was');

    await merge.getByRole('link', { name: 'Bắc Gia Nghĩa (24611)' }).click();
    await eventually(() => heading()).toBe('Phường Bắc Gia Nghĩa');
    await eventually(() => page.locator('.unit-header__chain').textContent()).toBe('Lâm Đồng (68)Việt Nam (VN)');
    // Its own predecessors, each as it was named until 1/7/2025.
    const sides = await page.getByTestId('lineage-timeline').locator('li.timeline__item--event').textContent();
    for (const name of ['Nghĩa Đức (24611)', 'Nghĩa Thành (24612)']) expect(sides).toContain(name);
    expect(problems).toEqual([]);
  });

  it("once an administrator publishes DTI 2022, Đà Nẵng's page shows its rank, score, grade and main indices", async () => {
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const headers = { cookie, 'x-csrf-token': ((await login.json()) as { csrfToken: string }).csrfToken, 'content-type': 'application/json' };
    const run = await fetch(`${server.url}/api/v1/frameworks/DTI_TINH/editions/2022/runs`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ period: '2022', level: 'province' }),
    });
    expect(run.status).toBe(201);
    const { run: draft, items } = (await run.json()) as {
      run: { id: number };
      items: Array<{ unit: { code: string }; rank: number | null; score: number | null }>;
    };
    const publish = await fetch(`${server.url}/api/v1/frameworks/DTI_TINH/editions/2022/runs/${draft.id}/publish`, { method: 'POST', headers, body: '{}' });
    expect(publish.status).toBe(200);
    const ranked = items.filter((i) => i.rank !== null);
    const best = ranked.find((i) => i.rank === 1)!;

    await page.goto(`${server.url}/units/${best.unit.code}?period=2022&view=was`);
    const block = page.locator('.unit-scores__run').filter({ hasText: 'DTI) năm 2022' });
    await eventually(() => block.locator('.unit-scores__figure').textContent()).toContain(
      `Hạng 1/${formatNumber(ranked.length, 'vi', 0)} · ${formatNumber(best.score, 'vi', 4)} điểm`,
    );
    expect(await block.locator('.unit-scores__indices li').count()).toBeGreaterThan(0);
    await page.locator('.unit-page__scores').screenshot({ path: join(SCREENSHOTS, 'unit-page-scores-published.png') });
    expect(problems).toEqual([]);
  });
});
