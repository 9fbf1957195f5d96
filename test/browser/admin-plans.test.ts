/**
 * /admin/plans in Chromium on a fresh demo: the administrator opens the national plan UBQG_KH_2022, copies its
 * targets to Đắk Nông and Lâm Đồng in one action, sees the result per province, opens Đắk Nông's new plan and sees
 * the national targets there with the province's code; edits one target of its yearly path and saves it (the API
 * answers the new value). /admin/frameworks: the DTI 2022 tree, a draft computed and published after a
 * confirmation, its diff. Screenshots at 1920×1080 and at 360×740.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CHROMIUM_MISSING, DEMO_PASSWORD, findChromium, launchChromium, SCREENSHOTS, startDemoServer, type DemoServer } from './harness.ts';

const executable = findChromium();
const inCi = process.env.CI === 'true';
if (!executable && !inCi) console.warn(CHROMIUM_MISSING);

const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 });

describe.skipIf(!executable && !inCi)('web app in Chromium: plans and targets (/admin/plans)', () => {
  let server: DemoServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!executable) throw new Error('CI=true and no Chromium: install it with apt-get install -y chromium (.ci/run does)');
    server = await startDemoServer();
    browser = await launchChromium(executable);
    context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByTestId('user-menu').waitFor({ timeout: 20_000 });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("copies the national plan's targets to two provinces and shows them on Đắk Nông's plan", async () => {
    await page.goto(`${server.url}/admin/plans`);
    await page.getByRole('link', { name: /Mức kế hoạch năm 2022 về chuyển đổi số quốc gia/ }).click();
    await eventually(() => page.getByRole('heading', { level: 2, name: /Mức kế hoạch năm 2022/ }).isVisible()).toBe(true);
    await eventually(() => page.getByRole('textbox', { name: /Mục tiêu .* \(VN\)/ }).count()).toBe(5);
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-plans-national-1920.png'), fullPage: true });

    await page.getByRole('button', { name: 'Sao chép cho các tỉnh' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sao chép mục tiêu cho các tỉnh' });
    await dialog.getByLabel('Tìm tỉnh, thành phố').fill('dak nong');
    await dialog.getByRole('checkbox', { name: /Đắk Nông/ }).check();
    await dialog.getByLabel('Tìm tỉnh, thành phố').fill('lâm đồng');
    await dialog.getByRole('checkbox', { name: /Lâm Đồng/ }).check();
    await dialog.getByLabel('Tìm tỉnh, thành phố').fill('');
    await dialog.getByRole('button', { name: 'Sao chép cho 2 tỉnh' }).click();
    await eventually(() => dialog.textContent()).toContain('Đã tạo 2 kế hoạch');
    expect(await dialog.textContent()).toContain('Đắk Nông: UBQG_KH_2022_67 — 5 mục tiêu');
    expect(await dialog.textContent()).toContain('Lâm Đồng: UBQG_KH_2022_68 — 5 mục tiêu');
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-plans-copied-1920.png') });

    await dialog.getByRole('listitem').filter({ hasText: 'UBQG_KH_2022_67' }).getByRole('link', { name: 'Mở' }).click();
    await eventually(() => page.url()).toContain('plan=UBQG_KH_2022_67');
    await eventually(() => page.getByRole('heading', { level: 2, name: /— Đắk Nông/ }).isVisible()).toBe(true);
    const smartphone = page.getByRole('textbox', { name: /\(67\)/ });
    await eventually(() => smartphone.count()).toBe(5);
    const api = await page.request.get(`${server.url}/api/v1/plans/UBQG_KH_2022_67`);
    const plan = (await api.json()) as { unitCode: string; groups: Array<{ targets: Array<{ unit: string; value: number }> }> };
    expect(plan.unitCode).toBe('67');
    expect(plan.groups.flatMap((g) => g.targets.map((t) => t.unit))).toEqual(['67', '67', '67', '67', '67']);
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-plans-province-1920.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it("edits a target of Đắk Nông's copy and saves it; the plan's answer has the new value", async () => {
    const cell = page.getByRole('textbox', { name: /Tỷ lệ trường học.*\(67\)|smartphone.*\(67\)/i }).first();
    const first = (await cell.count()) > 0 ? cell : page.getByRole('textbox', { name: /\(67\)/ }).first();
    await first.fill('92,5');
    await page.getByRole('button', { name: 'Lưu mục tiêu' }).click();
    await eventually(() => page.getByText('Đã lưu kế hoạch.').isVisible()).toBe(true);
    const api = await page.request.get(`${server.url}/api/v1/plans/UBQG_KH_2022_67`);
    const values = ((await api.json()) as { groups: Array<{ targets: Array<{ value: number }> }> }).groups.flatMap((g) => g.targets.map((t) => t.value));
    expect(values).toContain(92.5);
    expect(problems).toEqual([]);
  });

  it('fits a 360 px phone: the plan and the copy dialog', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${server.url}/admin/plans?plan=UBQG_KH_2022`);
    await eventually(() => page.getByRole('textbox', { name: /\(VN\)/ }).count()).toBe(5);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-plans-phone-360.png'), fullPage: true });
    await page.getByRole('button', { name: 'Sao chép cho các tỉnh' }).click();
    await eventually(() => page.getByRole('checkbox').count()).toBeGreaterThan(10);
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-plans-copy-phone-360.png') });
    expect(problems).toEqual([]);
  });
  it('/admin/frameworks: the DTI 2022 tree, a draft computed for the provinces, published after a confirmation, and its diff', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${server.url}/admin/frameworks?framework=DTI_TINH&edition=2022`);
    await eventually(() => page.getByRole('heading', { level: 2, name: /Cây chỉ số/ }).isVisible()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-frameworks-tree-1920.png'), fullPage: true });
    await page.locator('.admin-frameworks__indices summary').first().click();
    await page.locator('.admin-frameworks__compute').getByLabel('Kỳ', { exact: true }).fill('2022');
    await page.getByRole('button', { name: 'Tính bản nháp' }).click();
    await eventually(() => page.getByText(/Đã tính bản nháp lần \d+/).isVisible()).toBe(true);
    await eventually(() => page.url()).toMatch(/run=\d+/);
    await eventually(() => page.getByTestId('run-diff').isVisible()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-frameworks-draft-1920.png'), fullPage: true });
    const draftRow = page.locator('tbody tr', { has: page.getByRole('button', { name: 'Công bố' }) }).first();
    await draftRow.getByRole('button', { name: 'Công bố' }).click();
    const confirm = page.getByRole('dialog', { name: 'Công bố kết quả?' });
    await eventually(() => confirm.isVisible()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-frameworks-confirm-1920.png') });
    await confirm.getByRole('button', { name: 'Công bố', exact: true }).click();
    await eventually(() => page.getByText(/Đã công bố lần tính \d+/).isVisible()).toBe(true);
    const runs = (await (await page.request.get(`${server.url}/api/v1/frameworks/DTI_TINH/editions/2022/runs`)).json()) as {
      items: Array<{ id: number; status: string }>;
    };
    const id = Number(new URL(page.url()).searchParams.get('run'));
    expect(runs.items.find((r) => r.id === id)?.status).toBe('published');
    await page.setViewportSize({ width: 360, height: 740 });
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-frameworks-phone-360.png'), fullPage: true });
    expect(problems).toEqual([]);
  });
});
