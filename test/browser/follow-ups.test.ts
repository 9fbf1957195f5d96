/**
 * Giải trình và chỉ đạo in Chromium on the demo, with the server's clock set by the test (never by waiting). The
 * demo's Ninh Thuận 2023 plan has only its two targets the article gives, both exceeded, so the missed target is the
 * national plan's (UBQG_KH_2022: "tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ", not met at VN). A reporter of VN
 * (created through the admin API: the demo has none) explains it with a document; the leader (lanhdao) gives a
 * directive with a deadline; the day after the deadline the overview's overdue block shows it. Screenshots of the
 * list, the page and the overview block at phone (360 px) and wall (1920×1080) sizes.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request as playwrightRequest, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_MISSING, DEMO_PASSWORD, findChromium, launchChromium, SCREENSHOTS, startDemoServer, type DemoServer } from './harness.ts';

const executable = findChromium();
const inCi = process.env.CI === 'true';
if (!executable && !inCi) console.warn(CHROMIUM_MISSING);

const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 });
const PHONE = { width: 360, height: 740 };
const WALL = { width: 1920, height: 1080 };
const REPORTER = { username: 'baocao.quocgia', password: 'mat-khau-bao-cao-2026' };

describe.skipIf(!executable && !inCi)('web app in Chromium: giải trình và chỉ đạo (follow-up of a missed target)', () => {
  let server: DemoServer;
  let browser: Browser;
  let today = '2026-03-02';
  const problems: string[] = [];

  const signIn = async (username: string, password: string): Promise<Page> => {
    const context = await browser.newContext({ viewport: WALL, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByTestId('user-menu').waitFor({ timeout: 20_000 });
    return page;
  };
  const shoot = async (page: Page, name: string) => {
    for (const [size, viewport] of [
      ['phone', PHONE],
      ['wall', WALL],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.screenshot({ path: join(SCREENSHOTS, `follow-ups-${name}-${size}.png`), fullPage: true });
    }
    await page.setViewportSize(WALL);
  };

  beforeAll(async () => {
    if (!executable) throw new Error('CI=true and no Chromium: install it with apt-get install -y chromium (.ci/run does)');
    // The server's day and instant move together: the time of day is the real one, the day the test's.
    const now = () => new Date(Date.parse(`${today}T00:00:00+07:00`) + ((Date.now() + 7 * 3_600_000) % 86_400_000));
    server = await startDemoServer(() => {}, { today: () => today, now });
    browser = await launchChromium(executable);
    // The demo has no reporter for the country: the admin creates one through the API.
    const admin = await playwrightRequest.newContext({ baseURL: server.url });
    const login = await admin.post('/api/v1/auth/login', { data: { username: 'admin', password: DEMO_PASSWORD } });
    const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
    const created = await admin.post('/api/v1/users', {
      headers: { 'x-csrf-token': csrf },
      data: { ...REPORTER, displayName: 'Cán bộ báo cáo cấp quốc gia', role: 'reporter', units: ['VN'] },
    });
    expect(created.status()).toBe(201);
    await admin.dispose();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a target not met gets an explanation, a directive with a deadline, and shows as overdue on the overview after it', async () => {
    const reporter = await signIn(REPORTER.username, REPORTER.password);
    // Ninh Thuận's 2023 plan: both of its known targets are exceeded, so nothing of it is followed up.
    const nt = (await (await reporter.request.get(`${server.url}/api/v1/plans/NT_KH_CDS_2023/status`)).json()) as { targets: { status: string }[] };
    expect(nt.targets.map((t) => t.status)).toEqual(['exceeded', 'exceeded']);
    const national = (await (await reporter.request.get(`${server.url}/api/v1/plans/UBQG_KH_2022/status`)).json()) as {
      targets: { indicator: string; status: string }[];
    };
    const missed = national.targets.find((t) => t.indicator === 'CT_DVCTT_CO_HS')!;
    expect(missed.status).toBe('not_met');

    // The list opens a follow-up for each target not met; the reporter opens this one.
    await reporter.goto(`${server.url}/follow-ups`);
    const list = reporter.getByTestId('follow-up-list');
    await eventually(() => list.getByTestId('follow-up-card').count()).toBe(3);
    await shoot(reporter, 'list');
    const card = list.getByTestId('follow-up-card').filter({ hasText: 'DVCTT có phát sinh hồ sơ' });
    await expect(card.textContent()).resolves.toContain('Chờ giải trình');
    await card.getByRole('link').click();
    const form = reporter.getByTestId('explain-form');
    await form.waitFor();
    expect(await reporter.getByTestId('direct-form').count()).toBe(0); // a reporter does not direct
    await form
      .getByLabel('Nội dung giải trình')
      .fill('Nhiều dịch vụ công mới đưa lên cổng trong quý IV, người dân chưa biết đến; đã giao truyền thông tại các xã.');
    await form.getByLabel('Số, ký hiệu văn bản (không bắt buộc)').fill('125/BC-BTTTT');
    await form.getByLabel('Ngày ban hành').fill('2026-02-27');
    await form.getByLabel('Cơ quan ban hành').fill('Bộ Thông tin và Truyền thông');
    await form.getByRole('button', { name: 'Gửi giải trình' }).click();
    await eventually(() => reporter.getByTestId('follow-up-state').textContent()).toContain('Đã giải trình');
    await eventually(() => reporter.getByTestId('follow-up-timeline').textContent()).toContain('Văn bản số 125/BC-BTTTT, 27/2/2026');
    expect(await reporter.getByTestId('follow-up-timeline').textContent()).toMatch(/Giải trình của baocao\.quocgia, \d{1,2}:\d{2} 2\/3\/2026/);
    await shoot(reporter, 'explained');
    const url = reporter.url().split('?')[0]!;

    // The leader directs, with an owner and a deadline.
    const leader = await signIn('lanhdao', DEMO_PASSWORD);
    await leader.goto(url);
    const direct = leader.getByTestId('direct-form');
    await direct.waitFor();
    expect(await leader.getByTestId('explain-form').count()).toBe(0);
    await direct.getByLabel('Nội dung chỉ đạo').fill('Tổ chức tuyên truyền dịch vụ công trực tuyến tại 100% xã, báo cáo kết quả.');
    await direct.getByLabel('Mã đơn vị thực hiện').fill('VN');
    await direct.getByLabel('Thời hạn').fill('9/3/2026');
    await direct.getByRole('button', { name: 'Giao chỉ đạo' }).click();
    await eventually(() => leader.getByTestId('follow-up-state').textContent()).toContain('Đã chỉ đạo');
    await eventually(() => leader.getByTestId('directive').textContent()).toContain('hạn 9/3/2026');
    expect(await leader.getByTestId('directive').textContent()).not.toContain('Quá hạn');
    await shoot(leader, 'directed');

    // Before the deadline nothing is overdue; the day after it, the overview shows the directive as overdue.
    await leader.goto(`${server.url}/`);
    await eventually(() => leader.getByTestId('overdue-follow-ups').textContent()).toContain('Không có việc nào quá hạn');
    today = '2026-03-10';
    await leader.context().close(); // eight days on, the session has expired (idle): sign in again
    const nextDay = await signIn('lanhdao', DEMO_PASSWORD);
    await nextDay.goto(`${server.url}/`);
    const block = nextDay.getByTestId('overdue-follow-ups');
    await eventually(() => block.textContent()).toContain('Quá hạn từ 9/3/2026');
    expect(await block.textContent()).toContain('Tổ chức tuyên truyền dịch vụ công trực tuyến');
    await shoot(nextDay, 'overview-overdue');
    expect(problems).toEqual([]);
  }, 180_000);
});
