/**
 * The people, tokens and audit screens in Chromium on a fresh demo, as the administrator: a reporter created for
 * Lâm Đồng (68) after a first refusal shown at its field (a reporter needs a unit), then a username already taken;
 * the review after the reform moving Đắk Nông's reporter to Lâm Đồng in one click; an API token created with its secret shown once (gone after a reload) and revoked after a confirmation; and these
 * actions found in the audit trail (and an admin's attempt to disable themself refused, SELF_LOCKOUT in Vietnamese) filtered by actor (the filter in the URL). Screenshots at 1920×1080 and 360×740.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CHROMIUM_MISSING, DEMO_PASSWORD, findChromium, launchChromium, SCREENSHOTS, startDemoServer, type DemoServer } from './harness.ts';

const executable = findChromium();
const inCi = process.env.CI === 'true';
if (!executable && !inCi) console.warn(CHROMIUM_MISSING);

const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 });

describe.skipIf(!executable && !inCi)('web app in Chromium: people, API tokens and the audit trail', () => {
  let server: DemoServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  const scrollsSideways = () => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  /** The page at 1920×1080 (the wall) and 360×740 (a phone), full length; at neither does it scroll sideways. */
  const screenshots = async (name: string) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    expect(await scrollsSideways()).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-1920.png`), fullPage: true });
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await scrollsSideways()).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-360.png`), fullPage: true });
    await page.setViewportSize({ width: 1440, height: 900 });
  };

  beforeAll(async () => {
    if (!executable) throw new Error('CI=true and no Chromium: install it with apt-get install -y chromium (.ci/run does)');
    server = await startDemoServer();
    browser = await launchChromium(executable);
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByTestId('user-menu').waitFor({ timeout: 20_000 });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Picks a unit by name in the unit picker of `scope` and adds it. */
  const addUnit = async (form: ReturnType<Page['locator']>, name: string) => {
    await form.getByTestId('unit-picker').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tìm theo tên').fill(name);
    await dialog.locator('.unit-list__choose', { hasText: name }).first().click();
    await eventually(() => form.getByTestId('unit-picker').textContent()).toContain(name);
    await form.getByTestId('add-unit').click();
  };

  it('creates a reporter for Lâm Đồng after the refusals shown at their fields', async () => {
    await page.goto(`${server.url}/admin`);
    await page.getByRole('link', { name: 'Người dùng' }).click();
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Người dùng');
    await page.getByTestId('user-admin').waitFor();
    const form = page.locator('form.admin-people__form');
    await form.getByLabel('Tên đăng nhập').fill('baocao.thunghiem');
    await form.getByLabel('Tên hiển thị').fill('Nguyễn Thị Thử – Sở KH&CN Lâm Đồng');
    await form.getByLabel('Mật khẩu ban đầu').fill('mat-khau-thu-nghiem-2026');

    // A reporter without a unit: refused, the message at the units.
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const unitsError = form.locator('.admin-people__units .ui-field__error');
    await eventually(() => unitsError.count()).toBe(1);
    expect(await unitsError.textContent()).toMatch(/đơn vị/i);
    expect(await form.getByRole('alert').first().textContent()).toContain('Chưa lưu được');

    // A username already taken: refused at the username.
    await addUnit(form, 'Lâm Đồng');
    await eventually(() => form.locator('.admin-people__chip').allTextContents()).toEqual([expect.stringContaining('68')]);
    await form.getByLabel('Tên đăng nhập').fill('baocao.daknong');
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await eventually(() => form.locator('.ui-field__error').first().textContent()).toContain('đã có');
    await screenshots('admin-users-error');

    await form.getByLabel('Tên đăng nhập').fill('baocao.thunghiem');
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await eventually(() => form.getByRole('status').first().textContent()).toContain('Đã tạo tài khoản baocao.thunghiem');
    const row = page.getByTestId('user-baocao.thunghiem');
    await eventually(() => row.textContent()).toContain('Lâm Đồng (68)');
    expect(await row.textContent()).toContain('Báo cáo số liệu');

    // An admin cannot lock themself out: SELF_LOCKOUT, said in Vietnamese.
    const self = page.getByTestId('user-admin');
    await self.getByRole('button', { name: 'Sửa' }).click();
    const editor = page.getByTestId('user-editor-admin');
    await editor.getByRole('button', { name: 'Khóa tài khoản' }).click();
    await editor.getByRole('group').getByRole('button', { name: 'Khóa tài khoản' }).click();
    await eventually(() => editor.getByRole('alert').first().textContent()).toContain('Không thể tự khóa hoặc tự hạ quyền');
    expect(await self.textContent()).toContain('Đang dùng');

    // The review after the reform lists the approver's old Lâm Đồng, with a move to the new one.
    await eventually(() => page.getByTestId('scope-review').textContent()).toContain('pheduyet.lamdong');
    await screenshots('admin-users');

    // One click moves Đắk Nông's reporter from the ended 67 to its successor, Lâm Đồng (68).
    const reviewed = page.getByTestId('scope-review').locator('li', { hasText: 'baocao.daknong' });
    await reviewed.getByRole('button', { name: 'Chuyển sang Lâm Đồng (68)' }).click();
    await eventually(() => page.locator('.admin-people__review').getByRole('status').first().textContent()).toBe('Đã chuyển baocao.daknong sang 68.');
    await eventually(() => page.getByTestId('scope-review').textContent()).not.toContain('baocao.daknong');
    await eventually(() => page.getByTestId('user-baocao.daknong').textContent()).toContain('Lâm Đồng (68)');
    expect(await page.getByTestId('user-baocao.daknong').textContent()).not.toContain('Đắk Nông (67)');
  });

  let secret = '';
  it('creates a token whose secret shows once, then revokes it after asking', async () => {
    await page.goto(`${server.url}/admin/tokens`);
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Khóa API');
    const form = page.locator('form.admin-people__form');
    await form.getByLabel('Tên khóa').fill('dvc-thu-nghiem');
    await addUnit(form, 'Lâm Đồng');
    await form.getByRole('button', { name: 'Tạo khóa' }).click();
    const shown = page.getByTestId('token-secret-value');
    await shown.waitFor();
    secret = (await shown.textContent()) ?? '';
    expect(secret).toMatch(/^dxioc_/);
    expect(await page.getByTestId('token-secret').textContent()).toContain('Chỉ hiện MỘT LẦN');
    await eventually(() => page.getByTestId('token-dvc-thu-nghiem').textContent()).toContain('Đang dùng');
    await screenshots('admin-tokens-secret');

    await page.reload();
    await page.getByTestId('token-dvc-thu-nghiem').waitFor();
    expect(await page.getByTestId('token-secret').count()).toBe(0);
    expect(await page.content()).not.toContain(secret);

    await page.getByTestId('token-dvc-thu-nghiem').getByRole('button', { name: 'Thu hồi' }).click();
    const dialog = page.getByRole('dialog');
    await eventually(() => dialog.getByRole('heading').textContent()).toBe('Thu hồi khóa dvc-thu-nghiem?');
    await dialog.getByRole('button', { name: 'Thu hồi khóa' }).click();
    await eventually(() => page.getByTestId('token-dvc-thu-nghiem').textContent()).toContain('Đã thu hồi');
    await screenshots('admin-tokens');
  });

  it('finds these actions in the audit trail filtered by actor, the filter kept in the URL', async () => {
    await page.goto(`${server.url}/admin/audit`);
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Nhật ký hệ thống');
    await page.getByLabel('Người thực hiện').fill('admin');
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await eventually(() => new URL(page.url()).searchParams.get('actor')).toBe('admin');
    const table = page.getByTestId('audit-table');
    await eventually(() => table.locator('tbody tr').count()).toBe(4);
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows[0]).toContain('Thu hồi');
    expect(rows[0]).toContain('dvc-thu-nghiem');
    expect(rows[1]).toContain('Khóa API');
    expect(rows[2]).toContain('Đổi phạm vi');
    expect(rows[2]).toContain('baocao.daknong');
    expect(rows[3]).toContain('baocao.thunghiem');
    expect(rows[3]).toContain('Người dùng');
    expect(rows[3]).toContain('Vai trò: Báo cáo số liệu');
    expect(rows.join(' ')).not.toContain(secret);
    expect(await page.getByTestId('audit-range').textContent()).toBe('1–4 trong 4 sự kiện');
    await screenshots('admin-audit');

    // A reload gives the same list (the filter is in the URL).
    await page.reload();
    await eventually(() => table.locator('tbody tr').count()).toBe(4);
    expect(await page.getByLabel('Người thực hiện').inputValue()).toBe('admin');
    expect(problems).toEqual([]);
  });
});
