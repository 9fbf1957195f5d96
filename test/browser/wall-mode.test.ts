/**
 * Wall mode in Chromium at 1920×1080: `?wall=1&rotate=…&every=5` shows the overview without the header, sections
 * or pickers, in large type, moves on to the indicator page by itself, and when the server stops it keeps the last
 * figures with "Mất kết nối, đang thử lại", holds the rotation, and carries on by itself once the server is back on
 * the same port over the same database file — the same page, never reloaded, the session (in the database) intact.
 * Then a session that ends under the wall says so in large type on the sign-in page.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { type DemoServer, eventually, launchChromium, requireChromium, RUN_BROWSER_TESTS, SCREENSHOTS, signIn, startDemoServer } from './harness.ts';

const WALL = '/?wall=1&rotate=overview:CT_XA_CAP_QUANG,indicator:CT_XA_CAP_QUANG&every=5&unit=67&period=2022S2&view=was';

describe.skipIf(!RUN_BROWSER_TESTS)('web app in Chromium: wall mode', () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium(requireChromium());
    page = await signIn(browser, server, 'lanhdao', { width: 1920, height: 1080, problems });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('rotates, survives a server restart without a reload, and says so while the server is away', async () => {
    await page.goto(`${server.url}${WALL}`);
    await page.getByTestId('wall').waitFor({ timeout: 20_000 });
    // Chromeless: none of the frame's header, sections, pickers or footer; large type.
    expect(await page.locator('.shell__header, .main-nav, .shell__filters, .shell__footer').count()).toBe(0);
    expect(Number.parseFloat(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize))).toBeGreaterThanOrEqual(20);
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Trang điều hành');
    await eventually(() => page.getByTestId('figure-value').first().textContent()).toBe('100%');
    await eventually(() => page.getByTestId('wall-rotation').textContent()).toMatch(/^Màn hình 1\/2 · chuyển sau \d+ giây$/);
    await page.screenshot({ path: join(SCREENSHOTS, 'wall-overview-1920x1080.png') });
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    // The next screen by itself, within the configured 5 s (and some slack for loading).
    await eventually(() => new URL(page.url()).pathname, 12_000).toBe('/indicators/CT_XA_CAP_QUANG');
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Tỷ lệ xã, phường, thị trấn được kết nối cáp quang đến trung tâm');
    await eventually(() => page.getByTestId('figure-value').first().textContent()).toBe('100%');
    expect(new URL(page.url()).searchParams.get('wall')).toBe('1');
    await page.screenshot({ path: join(SCREENSHOTS, 'wall-indicator-1920x1080.png') });

    // The server goes away: the last figures stay, the badge says it, the rotation holds.
    await server.stop();
    await eventually(() => page.getByTestId('connection-status').textContent(), 10_000).toBe('Mất kết nối, đang thử lại');
    expect(await page.getByTestId('figure-value').first().textContent()).toBe('100%');
    await eventually(() => page.getByTestId('wall-rotation').textContent()).toMatch(/^Màn hình 2\/2 · dừng chuyển khi mất kết nối$/);
    await page.waitForTimeout(6000);
    expect(new URL(page.url()).pathname).toBe('/indicators/CT_XA_CAP_QUANG');
    await page.screenshot({ path: join(SCREENSHOTS, 'wall-connection-lost-1920x1080.png') });

    // Back on the same port over the same database file: the badge goes, the rotation carries on, same document.
    await server.start();
    await eventually(() => page.getByTestId('connection-status').textContent(), 15_000).toBe('');
    await eventually(() => new URL(page.url()).pathname, 15_000).toBe('/');
    await eventually(() => page.getByTestId('figure-value').first().textContent()).toBe('100%');
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(await page.locator('[role=alert]').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('says in large type that the session expired, rather than hang', async () => {
    await page.goto(`${server.url}${WALL}`);
    await page.getByTestId('wall').waitFor({ timeout: 20_000 });
    await server.store.db.deleteFrom('sessions').execute();
    await eventually(() => page.getByTestId('wall-session-ended').textContent()).toContain('Màn hình trình chiếu đã dừng: phiên đăng nhập đã hết hạn');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(new URL(page.url()).searchParams.get('next')).toContain('wall=1');
    await page.screenshot({ path: join(SCREENSHOTS, 'wall-session-expired-1920x1080.png') });
  });
});
