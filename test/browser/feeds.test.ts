/**
 * The feeds' screens in Chromium on the demo (issue 14): /dossiers at Ninh Thuận (58) for 2023S1 shows the online
 * rate 81,17% and đất đai 2,06% counted from the simulated dossiers; /feedback at Lâm Đồng (68) for 2025 shows the
 * reports' totals, the map by state, the units ranked by the on-time rate and the overdue queue; a report's page
 * lets the admin answer it (refused without the answer); a citizen files a report on /phan-anh/gui (no login: the
 * missing fields named, a commune picked by name, a photo), follows it by its secret and rates the answer; the
 * public /phan-anh lists the answered reports without login and without any name. Screenshots at phone (360 px) and wall (1920×1080) sizes.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_MISSING, eventually, findChromium, launchChromium, SCREENSHOTS, signIn, startDemoServer, type DemoServer } from './harness.ts';

const executable = findChromium();
const inCi = process.env.CI === 'true';
if (!executable && !inCi) console.warn(CHROMIUM_MISSING);
const PHONE = { width: 360, height: 740 };
const WALL = { width: 1920, height: 1080 };
const ANSWER = 'Đã cử tổ công tác kiểm tra và khắc phục ngày hôm nay.';
const CITIZEN_REPORT = 'Ổ gà lớn trên đường Lê Duẩn, gần chợ Gia Nghĩa, nguy hiểm cho xe máy.';
const CITIZEN_NAME = 'Nguyễn Thị Kiểm Thử';

describe.skipIf(!executable && !inCi)('web app in Chromium: dossiers and citizen feedback', () => {
  let server: DemoServer;
  let browser: Browser;
  const problems: string[] = [];
  const shoot = async (page: Page, name: string) => {
    for (const [size, viewport] of [
      ['phone', PHONE],
      ['wall', WALL],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.screenshot({ path: join(SCREENSHOTS, `feeds-${name}-${size}.png`), fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} at ${size} scrolls sideways`).toBeLessThanOrEqual(1);
    }
    await page.setViewportSize(WALL);
  };

  beforeAll(async () => {
    if (!executable) throw new Error('CI=true and no Chromium');
    server = await startDemoServer(() => {});
    browser = await launchChromium(executable);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('dossiers: Ninh Thuận 6 tháng đầu 2023 at 81,17% online, đất đai 2,06%, from the simulated records', async () => {
    const page = await signIn(browser, server, 'lanhdao', { width: WALL.width, height: WALL.height, problems });
    await page.goto(`${server.url}/dossiers?unit=58&period=2023S1&view=was`);
    await eventually(() => page.getByTestId('dossiers-online-rate').locator('dd').textContent()).toBe('81,17%');
    expect(await page.getByTestId('dossiers-totals').textContent()).toContain('75.000');
    const land = page.getByTestId('dossiers-field-DAT_DAI');
    expect(await land.textContent()).toContain('Đất đai');
    expect(await land.textContent()).toContain('2,06%');
    expect(await land.textContent()).toContain('9.700');
    expect(await page.getByText('mô phỏng').first().isVisible()).toBe(true);
    await shoot(page, 'dossiers');

    // The land rate's indicator page drills down to its 200 records, each marked simulated.
    await page.goto(`${server.url}/indicators/CT_HS_DAT_DAI_TRUC_TUYEN?unit=58&period=2023S1&view=was`);
    await eventually(() => page.locator('main').textContent()).toContain('2,06%');
    await page.getByRole('link', { name: /Xem các hồ sơ đứng sau con số “Số hồ sơ lĩnh vực đất đai tiếp nhận trực tuyến/ }).click();
    await eventually(() => page.locator('main').textContent()).toContain('200 hồ sơ');
    expect(await page.locator('main').textContent()).toContain('mô phỏng');
    await shoot(page, 'dossiers-records');
  });

  it('feedback: Lâm Đồng 2025, the map, the ranking with a minimum of reports, and a report answered by the admin', async () => {
    const page = await signIn(browser, server, 'admin', { width: WALL.width, height: WALL.height, problems });
    await page.goto(`${server.url}/feedback?unit=68&period=2025&view=now`);
    await eventually(() => page.getByTestId('feedback-kpis').locator('tbody tr').count()).toBeGreaterThan(10);
    expect(await page.getByTestId('feedback-kpis').locator('tbody tr').first().locator('td').first().textContent()).toBe('1');
    expect(await page.getByTestId('feedback-on-time').locator('dd').textContent()).toMatch(/^\d{2},\d%$/);
    await page.locator('canvas').first().waitFor({ timeout: 20_000 });
    await shoot(page, 'feedback');

    const open = (await (await page.request.get(`${server.url}/api/v1/feedback/reports?unit=68&period=2025&state=acknowledged&limit=1`)).json()) as {
      items: Array<{ id: number }>;
    };
    const id = open.items[0]!.id;
    await page.goto(`${server.url}/feedback/${id}?unit=68&period=2025&view=now`);
    await eventually(() => page.getByTestId('feedback-facts').textContent()).toContain('Đã tiếp nhận');
    // Handling needs the public answer: without it the server refuses, naming it.
    await page.getByRole('button', { name: 'Đã xử lý, gửi trả lời' }).click();
    await eventually(() => page.getByRole('alert').textContent()).toContain('trả lời công khai');
    await page.getByLabel('Nội dung trả lời, lý do hoặc ghi chú').fill(ANSWER);
    await page.getByRole('button', { name: 'Đã xử lý, gửi trả lời' }).click();
    await eventually(() => page.getByTestId('feedback-facts').textContent()).toContain('Đã xử lý');
    expect(await page.getByTestId('feedback-facts').textContent()).toContain(ANSWER);
    expect(await page.getByTestId('feedback-history').textContent()).toContain('Đã xử lý, trả lời');
    await shoot(page, 'feedback-report');
  });

  it('an empty year of a province the reform merged points to its successor (Đắk Nông 2024 → Lâm Đồng)', async () => {
    const page = await signIn(browser, server, 'lanhdao', { problems });
    await page.goto(`${server.url}/feedback?unit=67&period=2024&view=was`);
    await page.getByText('Chưa có phản ánh nào trong kỳ này').waitFor();
    const notes = page.getByRole('region', { name: 'Sắp xếp đơn vị hành chính' });
    expect(await notes.textContent()).toContain('Từ 1/7/2025, hợp nhất vào:');
    await shoot(page, 'feedback-empty-merged');
    await notes.getByRole('button', { name: 'Xem Lâm Đồng (68) theo địa giới hiện nay' }).click();
    await eventually(() => new URL(page.url()).searchParams.get('unit')).toBe('68');
    expect(new URL(page.url()).searchParams.get('view')).toBe('now');

    await page.goto(`${server.url}/dossiers?unit=67&period=2024&view=was`);
    await page.getByText('Chưa có hồ sơ nào trong kỳ này').waitFor();
    await page
      .getByRole('region', { name: 'Sắp xếp đơn vị hành chính' })
      .getByRole('button', { name: /Lâm Đồng \(68\)/ })
      .waitFor();
    await shoot(page, 'dossiers-empty-merged');
    await page.close();
  });

  it('a citizen files a report on the web (no login), follows it by its secret and rates the answer', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.goto(`${server.url}/phan-anh`);
    await page.getByRole('link', { name: 'Gửi phản ánh' }).click();
    await page.getByTestId('feedback-form').waitFor();
    // Nothing filled in: each missing field is named before anything is sent.
    await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
    await eventually(() => page.getByTestId('feedback-form').textContent()).toContain('Còn 3 chỗ cần sửa');
    expect(await page.getByTestId('feedback-form').textContent()).toContain('Chọn xã, phường nơi xảy ra việc.');
    await shoot(page, 'file-refused');

    await page.getByLabel('Loại phản ánh').selectOption('GIAO_THONG');
    await eventually(() => page.getByTestId('feedback-form').textContent()).toContain('thời hạn xử lý 120 giờ');
    await page.getByLabel('Nội dung', { exact: true }).fill(CITIZEN_REPORT);
    await page.getByLabel('Xã, phường', { exact: true }).fill('bac gia nghia');
    await page.getByRole('button', { name: 'Bắc Gia Nghĩa, Lâm Đồng' }).click();
    await page.getByLabel('Họ và tên').fill(CITIZEN_NAME);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
    await page.getByLabel('Ảnh (không bắt buộc)').setInputFiles({ name: 'o-ga.png', mimeType: 'image/png', buffer: png });
    expect(await page.getByTestId('feedback-form').textContent()).toContain('o-ga.png');
    await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
    await page.getByTestId('feedback-filed').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('feedback-filed').textContent()).toContain('chờ kiểm duyệt');
    expect(await page.getByTestId('feedback-filed').textContent()).toContain('Bắc Gia Nghĩa, Lâm Đồng');
    const token = ((await page.getByTestId('feedback-token').textContent()) ?? '').trim();
    expect(token.length).toBeGreaterThan(20);
    await shoot(page, 'file-done');

    // Followed by its secret (handed over in the router's state, not the URL): waiting for moderation.
    await page.getByRole('link', { name: 'Theo dõi phản ánh này ›' }).click();
    await eventually(() => page.getByTestId('feedback-tracked').textContent()).toContain('Chờ kiểm duyệt');
    expect(page.url()).not.toContain(token);
    const id = Number(/#(\d+)/.exec((await page.getByTestId('feedback-tracked').textContent()) ?? '')![1]);

    // Staff approve and answer it; the citizen sees the answer and rates it once.
    const staff = await signIn(browser, server, 'admin', { problems });
    const act = async (body: Record<string, string>) => {
      const csrf = (await (await staff.request.get(`${server.url}/api/v1/auth/me`)).json()) as { csrfToken: string };
      const answer = await staff.request.post(`${server.url}/api/v1/feedback/reports/${id}/actions`, {
        data: body,
        headers: { 'x-csrf-token': csrf.csrfToken },
      });
      expect(answer.status(), await answer.text()).toBe(200);
    };
    await act({ action: 'approve' });
    await staff.goto(`${server.url}/feedback/${id}`);
    await eventually(() => staff.getByTestId('feedback-facts').textContent()).toContain(CITIZEN_NAME); // staff with personal data see the name
    await act({ action: 'handle', note: ANSWER });
    await staff.context().close();
    await page.reload();
    await page.getByLabel('Mã theo dõi').fill(token);
    await page.getByRole('button', { name: 'Xem phản ánh' }).click();
    await eventually(() => page.getByTestId('feedback-tracked').textContent()).toContain(ANSWER);
    await page.getByRole('button', { name: '4 sao' }).click();
    await eventually(() => page.getByTestId('feedback-tracked').textContent()).toContain('Cảm ơn bạn đã đánh giá (4 sao).');
    await shoot(page, 'track-rated');
    // On the public list without the name, with its photo.
    const shown = (await (await page.request.get(`${server.url}/api/v1/public/feedback/${id}`)).json()) as { mediaUrls: string[]; rating: number };
    expect(shown.rating).toBe(4);
    expect(shown.mediaUrls).toHaveLength(1);
    expect(JSON.stringify(shown)).not.toContain(CITIZEN_NAME);
    await context.close();
  });

  it('the public page lists answered reports, the newest first, without login and without a name', async () => {
    const context = await browser.newContext({ viewport: WALL, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.goto(`${server.url}/phan-anh`);
    await eventually(() => page.getByTestId('public-feedback').locator('li').count()).toBe(20);
    const text = (await page.getByTestId('public-feedback').textContent()) ?? '';
    expect(text).toContain('Trả lời công khai');
    // The answer given on the report's page a moment ago is the newest.
    expect(await page.getByTestId('public-feedback').locator('li').first().textContent()).toContain(ANSWER);
    expect(text).not.toMatch(/reporter|@|Người phản ánh/);
    expect(await page.getByTestId('public-feedback-total').textContent()).toMatch(/^\d{1,3}(\.\d{3})* phản ánh đã xử lý$/);
    await shoot(page, 'public');
    await context.close();
    expect(problems).toEqual([]);
  });
});
