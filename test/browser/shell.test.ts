/**
 * The web app in a real browser against the real server and demo database: sign in as the viewer, the shell in
 * Vietnamese and in English, the pickers (Lâm Đồng 68 on today's boundaries, Đắk Nông 67 in 2022 as reported),
 * the same screen again from the URL, phone and wall screenshots, sign out. Figures are checked against what the
 * API answers for the same request, written with the app's own formatters.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  DEMO_PASSWORD,
  type DemoServer,
  eventually,
  launchChromium,
  requireChromium,
  ROOT,
  RUN_BROWSER_TESTS,
  SCREENSHOTS,
  startDemoServer,
} from './harness.ts';
import { formatPercent, formatRatio } from '../../web/src/lib/format.ts';
import { localMessage } from '../../web/src/lib/api/errors.ts';

interface AnalyticsAnswer {
  rows: { value: number | null; numerator: number | null; denominator: number | null; coverage: { reported: number; expected: number } }[];
}

describe.skipIf(!RUN_BROWSER_TESTS)('web app in Chromium: sign in, shell, pickers, URL, screenshots', () => {
  let server: DemoServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const shots: string[] = [];

  /** The whole page; with a dialog open, the screen as seen (a full-page capture would stretch the page under it). */
  const shot = async (target: Page, name: string, fullPage = true) => {
    const path = join(SCREENSHOTS, `${name}.png`);
    await target.screenshot({ path, fullPage });
    shots.push(path);
  };

  /**
   * Console errors and page errors (a CSP refusal shows up here). An API answer of 4xx is not one (the signed-out
   * /auth/me, a unit not in force: the app shows them, and the steps check what it shows); a missing asset is.
   */
  const watch = (target: Page) => {
    target.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    target.on('console', (message) => {
      if (message.type() !== 'error') return;
      const apiAnswer =
        /^Failed to load resource: the server responded with a status of 4\d\d/.test(message.text()) &&
        new URL(message.location().url, server.url).pathname.startsWith('/api/v1/');
      if (!apiAnswer) problems.push(`console: ${message.text()} (${message.location().url})`);
    });
  };

  /** A radio of the view switch, checked once the URL (which drives it) has changed. */
  const chooseView = async (name: RegExp) => {
    const radio = page.getByRole('radio', { name });
    await radio.click();
    await eventually(() => radio.isChecked()).toBe(true);
  };

  const context$ = () => page.getByTestId('screen-context');

  /** The API's own answer for the screen's figure, through the page's session. */
  const apiFigure = async (unit: string, period: string, view: 'was' | 'now') => {
    const answer = await page.request.get(`${server.url}/api/v1/analytics?indicator=CT_XA_CAP_QUANG&unit=${unit}&period=${period}&view=${view}`);
    expect(answer.status()).toBe(200);
    const row = ((await answer.json()) as AnalyticsAnswer).rows[0];
    if (!row || row.value === null) throw new Error(`the demo has no figure for ${unit} ${period} ${view}: choose a screen that has one`);
    return row;
  };

  const pickUnit = async (search: string, name: string, code: string) => {
    await page.getByTestId('unit-picker').click();
    const dialog = page.getByRole('dialog', { name: 'Chọn đơn vị' });
    await eventually(() => dialog.isVisible()).toBe(true);
    await dialog.getByLabel('Tìm theo tên').fill(search);
    await dialog.getByRole('button', { name: new RegExp(`^${name} .*· ${code}\\b`) }).click();
    await eventually(() => dialog.isVisible()).toBe(false);
  };

  beforeAll(async () => {
    server = await startDemoServer((line) => console.log(line));
    browser = await launchChromium(requireChromium());
    context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    page = await context.newPage();
    watch(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (shots.length)
      console.log(`Ảnh chụp màn hình / screenshots (${shots.length}): ${SCREENSHOTS}\n  ${shots.map((s) => s.slice(SCREENSHOTS.length + 1)).join('\n  ')}`);
  });

  it('serves a production build, even when built from the tests (NODE_ENV=test)', () => {
    const assets = join(ROOT, 'web', 'dist', 'assets');
    const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    // React's development JSX runtime (jsxDEV) is in a development build only.
    for (const name of scripts) expect(readFileSync(join(assets, name), 'utf8').includes('jsxDEV'), name).toBe(false);
  });

  it('sends a visitor to the sign-in page, and signs in the viewer lanhdao to the shell in Vietnamese', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/login\?next=/);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await eventually(() => page.getByRole('heading', { name: 'Đăng nhập' }).isVisible()).toBe(true);
    await shot(page, '01-login-desktop');

    // A wrong password is refused in the API's words, in Vietnamese.
    await page.getByLabel('Tên đăng nhập').fill('lanhdao');
    await page.getByLabel('Mật khẩu').fill('not-the-password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const refused = (await (
      await page.request.post(`${server.url}/api/v1/auth/login`, { data: { username: 'lanhdao', password: 'not-the-password' } })
    ).json()) as { error: { message: string } };
    await eventually(() => page.getByRole('alert').textContent()).toContain(localMessage(refused.error.message, 'vi'));
    await shot(page, '01-login-refused-desktop');

    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await eventually(() => page.getByTestId('user-menu').textContent()).toContain('Lãnh đạo (demo)');
    const who = await page.getByTestId('user-menu').textContent();
    expect(who).toContain('Lãnh đạo, theo dõi'); // the viewer role
    expect(who).toContain('Tất cả đơn vị'); // a viewer is not unit-scoped
    // The URL holds the whole screen from the start.
    expect(new URL(page.url()).searchParams.get('view')).toBe('now');
    expect(new URL(page.url()).searchParams.get('unit')).toBe('VN');
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Trang điều hành');
    // Only what /auth/me's abilities allow: a viewer reads, so the data entry, approval and admin sections are not offered.
    const abilities = ((await (await page.request.get(`${server.url}/api/v1/auth/me`)).json()) as { abilities: Record<string, boolean> }).abilities;
    expect(abilities).toMatchObject({ read: true, write_values: false, approve: false, manage: false });
    const sections = await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('link').allTextContents();
    expect(sections).toEqual([
      'Trang điều hành',
      'Xếp hạng',
      'Giải trình, chỉ đạo',
      'Nhiệm vụ',
      'Sản phẩm CĐS',
      'Tổ công nghệ số',
      'Hồ sơ TTHC',
      'Phản ánh hiện trường',
      'Tạo báo cáo',
    ]);
  });

  it('switches to English and back', async () => {
    await page.getByTestId('language-switch').click();
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Overview');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('navigation', { name: 'Sections' }).getByRole('link').allTextContents()).toEqual([
      'Overview',
      'Rankings',
      'Follow-ups',
      'Tasks',
      'DX products',
      'Tech teams',
      'Dossiers',
      'Citizen feedback',
      'Reports',
    ]);
    expect(await page.getByTestId('user-menu').textContent()).toContain('Leader, viewer');
    await shot(page, '02-overview-english-desktop');
    await page.getByTestId('language-switch').click();
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Trang điều hành');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
  });

  it("picks Lâm Đồng (68) on today's boundaries for 2022 and shows its figure in vi-VN", async () => {
    await chooseView(/Theo địa giới hiện nay/);
    await page.getByLabel('Loại kỳ').selectOption('year');
    await page.getByLabel('Năm', { exact: true }).selectOption('2022');
    await pickUnit('lam dong', 'Lâm Đồng', '68');
    await eventually(() => context$().textContent()).toBe('Lâm Đồng (68) · Năm 2022 · Theo địa giới hiện nay');
    const url = new URL(page.url());
    expect([url.searchParams.get('unit'), url.searchParams.get('period'), url.searchParams.get('view')]).toEqual(['68', '2022', 'now']);
    const row = await apiFigure('68', '2022', 'now');
    await eventually(() => page.getByTestId('figure-value').textContent()).toBe(formatPercent(row.value, 'vi'));
    const card = await page.locator('.figure-card').textContent();
    expect(card).toContain(formatRatio(row.numerator, row.denominator, 'vi'));
    expect(card).toContain(formatRatio(row.coverage.reported, row.coverage.expected, 'vi'));
    await shot(page, '03-lam-dong-now-2022-desktop');
  });

  it('browses the tree of the date: 63 provinces in 2022 as reported, 34 today', async () => {
    const countAt = async () => {
      await page.getByTestId('unit-picker').click();
      const dialog = page.getByRole('dialog', { name: 'Chọn đơn vị' });
      await eventually(() => dialog.locator('.unit-list__item').count()).toBeGreaterThan(0);
      const shown = await dialog.locator('.unit-list__item').count();
      await dialog.getByRole('button', { name: 'Đóng' }).click();
      return shown;
    };
    const provinces = async (at: string) =>
      ((await (await page.request.get(`${server.url}/api/v1/units?parent=VN&at=${at}&limit=1000`)).json()) as { total: number }).total;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    expect(await countAt()).toBe(await provinces(today));
    await chooseView(/Như đã báo cáo/);
    expect(await countAt()).toBe(await provinces('2022-12-31'));
    expect(await provinces('2022-12-31')).toBeGreaterThan(await provinces(today)); // the 2025 reform merged provinces
  });

  it('picks Đắk Nông (67) in 2022 as reported, with what became of it on 1/7/2025', async () => {
    await pickUnit('dak nong', 'Đắk Nông', '67'); // without accents
    await eventually(() => context$().textContent()).toBe('Đắk Nông (67) · Năm 2022 · Như đã báo cáo');
    const url = new URL(page.url());
    expect([url.searchParams.get('unit'), url.searchParams.get('period'), url.searchParams.get('view')]).toEqual(['67', '2022', 'was']);
    const row = await apiFigure('67', '2022', 'was');
    await eventually(() => page.getByTestId('figure-value').textContent()).toBe(formatPercent(row.value, 'vi'));
    expect(await page.locator('.figure-card').textContent()).toContain(formatRatio(row.numerator, row.denominator, 'vi'));

    await page.getByTestId('unit-picker').click();
    const dialog = page.getByRole('dialog', { name: 'Chọn đơn vị' });
    await eventually(() => dialog.locator('.lineage-notes').textContent()).toContain('Từ 1/7/2025, hợp nhất vào:');
    expect(await dialog.locator('.lineage-notes').textContent()).toContain('Lâm Đồng (68)');
    await shot(page, '04-unit-picker-dak-nong-lineage-desktop', false);
    await dialog.getByRole('button', { name: 'Đóng' }).click();
    await shot(page, '05-dak-nong-was-2022-desktop');
  });

  it('reproduces the screen from its URL: after a reload and in a new tab', async () => {
    const before = page.url();
    const text = await context$().textContent();
    const figure = await page.getByTestId('figure-value').textContent();
    await page.reload();
    await eventually(() => context$().textContent()).toBe(text);
    expect(page.url()).toBe(before);
    expect(await page.getByRole('radio', { name: /Như đã báo cáo/ }).isChecked()).toBe(true);
    expect(await page.getByLabel('Năm', { exact: true }).inputValue()).toBe('2022');
    await eventually(() => page.getByTestId('figure-value').textContent()).toBe(figure);

    const tab = await context.newPage();
    watch(tab);
    await tab.goto(before);
    await eventually(() => tab.getByTestId('screen-context').textContent()).toBe(text);
    await eventually(() => tab.getByTestId('figure-value').textContent()).toBe(figure);
    await tab.close();
  });

  it('fits a 360 px phone and a 1920×1080 wall without horizontal scrolling', async () => {
    const state = await context.storageState();
    for (const [name, viewport] of [
      ['phone-360', { width: 360, height: 780 }],
      ['wall-1920x1080', { width: 1920, height: 1080 }],
    ] as const) {
      const device = await browser.newContext({
        viewport,
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
        storageState: state,
        ...(name.startsWith('phone') ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
      });
      const screen = await device.newPage();
      watch(screen);
      await screen.goto(page.url());
      await eventually(() => screen.getByTestId('figure-value').isVisible()).toBe(true);
      const overflow = await screen.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name}: the page is wider than the screen`).toBeLessThanOrEqual(0);
      await shot(screen, `06-overview-${name}`);
      if (name.startsWith('phone')) {
        // On a phone the pickers fold behind the screen's summary, so the figures come first.
        expect(await screen.getByTestId('unit-picker').isVisible()).toBe(false);
        await screen.getByTestId('filters-toggle').click();
        await shot(screen, `07-filters-open-${name}`);
        await screen.getByTestId('unit-picker').click();
        const dialog = screen.getByRole('dialog', { name: 'Chọn đơn vị' });
        await dialog.getByLabel('Tìm theo tên').fill('lam dong');
        await eventually(() => dialog.locator('.unit-finder__count').isVisible()).toBe(true);
        await shot(screen, `08-unit-search-${name}`, false);
      }
      await device.close();
    }
    const phoneLogin = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, deviceScaleFactor: 2, locale: 'vi-VN' });
    const login = await phoneLogin.newPage();
    await login.goto(`${server.url}/login`);
    await eventually(() => login.getByRole('button', { name: 'Đăng nhập' }).isVisible()).toBe(true);
    expect(await login.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await shot(login, '09-login-phone-360');
    await phoneLogin.close();
  });

  it("follows Đắk Nông through the reform: on today's boundaries it is gone, and its successor is one click away", async () => {
    await chooseView(/Theo địa giới hiện nay/);
    const notice = page.locator('.ui-notice--warning');
    await eventually(() => notice.textContent()).toContain('Không có đơn vị mã 67');
    await eventually(() => notice.textContent()).toContain('Từ 1/7/2025, hợp nhất vào:'); // the lineage loads after the notice
    // The figure's own error is the API's answer, in its words.
    const refused = (await (await page.request.get(`${server.url}/api/v1/analytics?indicator=CT_XA_CAP_QUANG&unit=67&period=2022&view=now`)).json()) as {
      error: { message: string };
    };
    await eventually(() => page.locator('.figure-card').textContent()).toContain(localMessage(refused.error.message, 'vi'));
    await shot(page, '10-dak-nong-gone-now-desktop');
    await notice.getByRole('button', { name: /Lâm Đồng \(68\)/ }).click();
    await eventually(() => context$().textContent()).toBe('Lâm Đồng (68) · Năm 2022 · Theo địa giới hiện nay');
  });

  it('shows a reporter and an admin the sections their abilities allow, a reporter starting on their own unit', async () => {
    for (const [username, sections, unitText] of [
      [
        'baocao.daknong',
        [
          'Trang điều hành',
          'Xếp hạng',
          'Giải trình, chỉ đạo',
          'Nhiệm vụ',
          'Sản phẩm CĐS',
          'Tổ công nghệ số',
          'Hồ sơ TTHC',
          'Phản ánh hiện trường',
          'Tạo báo cáo',
          'Báo cáo của tôi',
          'Nhập từ tệp',
        ],
        'Đắk Nông (67, đến hết 30/6/2025)',
      ],
      [
        'admin',
        [
          'Trang điều hành',
          'Xếp hạng',
          'Giải trình, chỉ đạo',
          'Nhiệm vụ',
          'Sản phẩm CĐS',
          'Tổ công nghệ số',
          'Hồ sơ TTHC',
          'Phản ánh hiện trường',
          'Tạo báo cáo',
          'Báo cáo của tôi',
          'Nhập từ tệp',
          'Phê duyệt',
          'Quản trị',
        ],
        'Tất cả đơn vị',
      ],
    ] as const) {
      const other = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
      const tab = await other.newPage();
      watch(tab);
      await tab.goto(`${server.url}/login`);
      await tab.getByLabel('Tên đăng nhập').fill(username);
      await tab.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
      await tab.getByRole('button', { name: 'Đăng nhập' }).click();
      await eventually(() => tab.getByTestId('user-menu').textContent()).toContain(unitText);
      expect(await tab.getByRole('navigation', { name: 'Chức năng' }).getByRole('link').allTextContents()).toEqual(sections);
      if (username === 'baocao.daknong') {
        // Đắk Nông ended on 1/7/2025: its reporter starts on it as reported, not on a tree where it no longer is.
        const url = new URL(tab.url());
        expect([url.searchParams.get('unit'), url.searchParams.get('view')]).toEqual(['67', 'was']);
        await shot(tab, '11-reporter-dak-nong-desktop');
        // A section the role does not have, typed in the address bar, says so.
        await tab.goto(`${server.url}/admin${url.search}`);
        await eventually(() => tab.locator('.ui-empty__title').textContent()).toBe('Không có quyền dùng chức năng này');
      }
      await other.close();
    }
  });

  it('signs out: the session ends on the server (the CSRF header was sent) and the app is back at sign-in', async () => {
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/\/login/);
    expect((await page.request.get(`${server.url}/api/v1/auth/me`)).status()).toBe(401);
    expect(problems).toEqual([]);
  });
});
