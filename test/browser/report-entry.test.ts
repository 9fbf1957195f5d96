/**
 * Báo cáo của tôi in Chromium on a fresh demo, as the reporter of Đắk Nông (baocao.daknong): the list, a form of
 * Đắk Nông (67) with a value that breaks a rate-consistency rule (a warning: the demo has no warning rule, so the
 * test adds one as admin through the API), its comment and a document reference, save, a reload mid-typing that
 * restores the unsaved input, submit; returned by pheduyet.lamdong through the API, the reason shown, fixed and
 * submitted again. Screenshots of the list and the form at 360×740 and 1920×1080.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request as playwrightRequest, type APIRequestContext, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_MISSING, DEMO_PASSWORD, findChromium, launchChromium, SCREENSHOTS, startDemoServer, type DemoServer } from './harness.ts';
import { PROVINCE_REPORT } from '../../src/app/demo/seed-datasets.ts';

const executable = findChromium();
const inCi = process.env.CI === 'true';
if (!executable && !inCi) console.warn(CHROMIUM_MISSING);

const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 });

/** A signed-in API client (cookie kept by the context, the CSRF token sent on writes). */
async function apiAs(url: string, username: string): Promise<{ api: APIRequestContext; csrf: string }> {
  const api = await playwrightRequest.newContext({ baseURL: url });
  const login = await api.post('/api/v1/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(login.status()).toBe(200);
  return { api, csrf: ((await login.json()) as { csrfToken: string }).csrfToken };
}

describe.skipIf(!executable && !inCi)('web app in Chromium: a reporter fills in, saves and submits a form (Báo cáo của tôi)', () => {
  let server: DemoServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  let period = '';
  let formPath = '';

  beforeAll(async () => {
    if (!executable) throw new Error('CI=true and no Chromium: install it with apt-get install -y chromium (.ci/run does)');
    server = await startDemoServer();
    // The demo has no warning rule a reporter can trigger: a rate that must match its count and total.
    const admin = await apiAs(server.url, 'admin');
    const rule = await admin.api.post('/api/v1/validation-rules', {
      headers: { 'x-csrf-token': admin.csrf },
      data: {
        kind: 'rate_consistency',
        code: 'TL_OCOP_LEN_SAN_KHOP',
        name: 'Tỷ lệ sản phẩm OCOP lên sàn khớp với số sản phẩm',
        countElement: 'OCOP_LEN_SAN',
        totalElement: 'OCOP_TONG',
        rateElement: 'TL_OCOP_LEN_SAN',
        severity: 'warning',
        message: 'Tỷ lệ sản phẩm OCOP lên sàn không khớp với số sản phẩm lên sàn / tổng số / the rate does not match the counts',
      },
    });
    expect(rule.status(), await rule.text()).toBeLessThan(300);
    await admin.api.dispose();
    browser = await launchChromium(executable);
    context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Tên đăng nhập').fill('baocao.daknong');
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByTestId('user-menu').waitFor({ timeout: 20_000 });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const element = (code: string) => page.getByTestId(`element-${code}`);
  const input = (code: string) => element(code).locator('.entry-element__input input, .entry-element__input select');

  it('Báo cáo của tôi lists Đắk Nông’s forms with deadline and state, the overdue ones first', async () => {
    await page.getByRole('link', { name: 'Báo cáo của tôi' }).first().click();
    await eventually(() => new URL(page.url()).pathname).toBe('/entry');
    await page.getByRole('heading', { name: 'Báo cáo của tôi', level: 1 }).waitFor();
    await page.locator('.entry-row').first().waitFor();
    expect(await page.getByRole('heading', { name: /^Quá hạn \(\d+\)$/ }).count()).toBe(1);
    const text = (await page.locator('.entry').textContent()) ?? '';
    expect(text).toContain('Hạn nộp');
    expect(text).toMatch(/Nháp|Đã duyệt/);
    await page.screenshot({ path: join(SCREENSHOTS, 'report-entry-list-1920.png'), fullPage: false });
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: join(SCREENSHOTS, 'report-entry-list-360.png'), fullPage: false });
    await page.setViewportSize({ width: 1920, height: 1080 });

    // The newest draft of the province report of Đắk Nông, as the API lists it; the filter goes into the URL.
    const listed = await page.request.get(`${server.url}/api/v1/forms?dataset=${PROVINCE_REPORT}&unit=67&state=draft&order=desc&limit=1`);
    const item = ((await listed.json()) as { items: Array<{ period: { id: string; label: string }; unit: { code: string } }> }).items[0]!;
    expect(item.unit.code).toBe('67');
    period = item.period.id;
    formPath = `/entry/${PROVINCE_REPORT}/67/${period}`;
    await page.getByLabel('Trạng thái').selectOption('draft');
    await eventually(() => new URL(page.url()).searchParams.get('state')).toBe('draft');
    await page.locator(`a[href="${formPath}"]`).first().click();
    await eventually(() => new URL(page.url()).pathname).toBe(formPath);
  });

  it('a value that breaks the rule shows its warning; with a comment and a document reference it saves', async () => {
    await input('OCOP_TONG').waitFor();
    expect(await element('OCOP_TONG').textContent()).toContain('Kỳ trước');
    await input('OCOP_TONG').fill('52');
    await input('OCOP_LEN_SAN').fill('47');
    await input('TL_OCOP_LEN_SAN').fill('95');
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    const warning = page.locator('.entry-problem--warning').first();
    await warning.waitFor();
    expect(await warning.textContent()).toContain('không khớp');
    expect(await page.locator('.entry-bar__message').textContent()).toContain('Chưa lưu được');

    const warned = page.locator('.entry-element--error, .entry-element--warning').first();
    await warned
      .getByLabel('Ghi chú giải thích (bắt buộc để chấp nhận cảnh báo)')
      .fill('Tỷ lệ theo báo cáo của Sở Công Thương, tính cả sản phẩm đang chờ duyệt');
    await warned.getByRole('button', { name: 'Thêm minh chứng' }).click();
    await warned.getByLabel('Số/ký hiệu').fill('125/BC-SCT');
    await warned.getByLabel('Ngày ban hành').fill('2025-07-10');
    await warned.getByLabel('Cơ quan ban hành').fill('Sở Công Thương tỉnh Đắk Nông');
    await warned.getByLabel('Trích yếu').fill('Báo cáo kết quả đưa sản phẩm OCOP lên sàn thương mại điện tử');
    await warned.getByRole('button', { name: 'Thêm', exact: true }).click();
    await eventually(async () => (await warned.textContent()) ?? '').toContain('Văn bản 125/BC-SCT');
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await eventually(async () => (await page.locator('.entry-bar__message').textContent()) ?? '').toContain('Đã lưu nháp');
    await eventually(async () => (await warned.textContent()) ?? '').toContain('Cảnh báo đã được chấp nhận với ghi chú');
  });

  it('a reload mid-typing restores the unsaved input, with a notice', async () => {
    await input('SO_ATM').fill('1.234');
    await page.reload();
    await page.getByText('Có thay đổi chưa lưu, đã khôi phục').waitFor();
    expect(await input('SO_ATM').inputValue()).toBe('1.234');
    await page.screenshot({ path: join(SCREENSHOTS, 'report-entry-form-1920.png'), fullPage: false });
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await element('OCOP_TONG').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'report-entry-form-360.png'), fullPage: false });
    await page.setViewportSize({ width: 1920, height: 1080 });
  });

  it('submits; returned by the approver with a reason, the reporter sees it, fixes the rate and submits again', async () => {
    await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
    await eventually(async () => (await page.locator('.entry-bar__message, .ui-notice').allTextContents()).join(' ')).toContain('Đã nộp báo cáo');
    await page.getByText(/đang chờ phê duyệt/).waitFor();

    // After the 2025 merger the Sở of Lâm Đồng approves Đắk Nông's reports; the demo's approver is given that scope here.
    const admin = await apiAs(server.url, 'admin');
    const scope = await admin.api.post('/api/v1/users/pheduyet.lamdong/scopes', { headers: { 'x-csrf-token': admin.csrf }, data: { add: ['67@2025-06-30'] } });
    expect(scope.status(), await scope.text()).toBe(200);
    await admin.api.dispose();
    const approver = await apiAs(server.url, 'pheduyet.lamdong');
    const reason = 'Tỷ lệ OCOP lên sàn phải tính đúng 47/52 sản phẩm; sửa lại rồi gửi';
    const returned = await approver.api.post(`/api/v1/forms/${PROVINCE_REPORT}/67/${period}/return`, {
      headers: { 'x-csrf-token': approver.csrf },
      data: { reason },
    });
    expect(returned.status(), await returned.text()).toBe(200);

    await page.goto(`${server.url}/entry?dataset=${PROVINCE_REPORT}&state=returned`);
    const row = page.locator(`a[href="/entry/${PROVINCE_REPORT}/67/${period}"]`).first();
    await eventually(async () => (await row.textContent()) ?? '').toContain(reason);
    await row.click();
    await page.getByText('Báo cáo bị trả lại').waitFor();
    expect(await page.locator('.entry-reason').textContent()).toBe(reason);

    await input('TL_OCOP_LEN_SAN').fill('90,4');
    await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
    await eventually(async () => (await page.locator('.entry-bar__message, .ui-notice').allTextContents()).join(' ')).toContain('Đã nộp báo cáo');
    const form = await approver.api.get(`/api/v1/forms/${PROVINCE_REPORT}/67/${period}`);
    const body = (await form.json()) as { state: string; elements: Array<{ code: string; value: unknown; evidence: string | null }> };
    expect(body.state).toBe('submitted');
    expect(body.elements.find((e) => e.code === 'TL_OCOP_LEN_SAN')?.value).toBe(90.4);
    expect(body.elements.find((e) => e.code === 'SO_ATM')?.value).toBe(1234);
    await approver.api.dispose();
    expect(problems).toEqual([]);
  });
});
