/**
 * Nhiệm vụ in Chromium on the demo (issue 13): the Đắk Nông reporter (baocao.daknong) sees the overview's Đôn đốc
 * panel with overdue tasks and the bell with unread notifications (the demo's daily sweep), opens a due-soon task,
 * reports progress and completes it with evidence. Screenshots of the overview panel, the list, the task and the
 * notifications at phone (360 px) and wall (1920×1080) sizes.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_MISSING, DEMO_PASSWORD, findChromium, launchChromium, SCREENSHOTS, startDemoServer, type DemoServer } from './harness.ts';

const executable = findChromium();
const inCi = process.env.CI === 'true';
if (!executable && !inCi) console.warn(CHROMIUM_MISSING);

const PHONE = { width: 360, height: 740 };
const WALL = { width: 1920, height: 1080 };

describe.skipIf(!executable && !inCi)('web app in Chromium: nhiệm vụ, đôn đốc, thông báo', () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const shoot = async (name: string) => {
    for (const [size, viewport] of [
      ['phone', PHONE],
      ['wall', WALL],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.screenshot({ path: join(SCREENSHOTS, `tasks-${name}-${size}.png`), fullPage: true });
    }
    await page.setViewportSize(WALL);
  };

  beforeAll(async () => {
    if (!executable) throw new Error('CI=true and no Chromium: install it with apt-get install -y chromium (.ci/run does)');
    server = await startDemoServer(() => {});
    browser = await launchChromium(executable);
    const context = await browser.newContext({ viewport: WALL, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Tên đăng nhập').fill('baocao.daknong');
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByTestId('user-menu').waitFor({ timeout: 20_000 });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the Đôn đốc panel and the bell with overdue items', async () => {
    const panel = page.getByTestId('due-tasks');
    await expect.poll(() => panel.textContent(), { timeout: 20_000 }).toContain('nhiệm vụ quá hạn');
    expect(await panel.textContent()).toContain('Phủ sóng di động 4G');
    const bell = page.getByTestId('notification-bell');
    await expect.poll(async () => Number((await bell.textContent())?.replace(/\D/g, '') || 0), { timeout: 20_000 }).toBeGreaterThan(0);
    await panel.scrollIntoViewIfNeeded();
    await shoot('overview');
    await bell.click();
    await page.getByTestId('notification-list').waitFor();
    expect(await page.getByTestId('notification-list').textContent()).toContain('Quá hạn: ');
    await shoot('notifications');
  });

  it('lets the reporter report progress and complete a task', async () => {
    await page.goto(`${server.url}/tasks`);
    await page.getByTestId('task-list').waitFor();
    await shoot('list');
    await page.getByRole('link', { name: 'Báo cáo kết quả thực hiện chuyển đổi số quý' }).first().click();
    await page.getByLabel('Nội dung báo cáo').fill('Đã tổng hợp số liệu của 8 huyện');
    await page.getByLabel('Phần trăm hoàn thành').fill('80');
    await page.getByRole('button', { name: 'Gửi báo cáo tiến độ' }).click();
    await expect.poll(() => page.getByTestId('task-progress').textContent(), { timeout: 20_000 }).toContain('Đã tổng hợp số liệu của 8 huyện');
    await page.getByLabel('Minh chứng (số, ký hiệu văn bản)').fill('125/BC-STTTT');
    await page.getByRole('button', { name: 'Báo cáo hoàn thành' }).click();
    await expect.poll(() => page.getByTestId('task-card').first().textContent(), { timeout: 20_000 }).toContain('Hoàn thành');
    await shoot('task');
    expect(problems).toEqual([]);
  });
});
