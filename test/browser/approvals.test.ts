/**
 * Duyệt báo cáo in Chromium on the demo. The approver of Lâm Đồng (whose scope takes in Đắk Nông, merged into it)
 * approves two clean commune forms in one action, the checkbox of a third with a warning disabled with its reason;
 * reopens Đắk Nông's approved report for the second half of 2023 with a reason; the reporter (through the API)
 * corrects the villages with fixed broadband and submits; the approver sees the changed value highlighted against the
 * approved one, returns it (first without a reason: the server's refusal at the field), the reporter resubmits, the
 * approver approves; the leaders' overview shows the new share. Screenshots of the queue and the form at 1920×1080
 * and 360×740.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request as playwrightRequest, type APIRequestContext, type Browser, type Page } from 'playwright-core';
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
import { formatPercent } from '../../web/src/lib/format.ts';

const REPORT = 'BC_CDS_TINH_6T/67/2023S2';
const COMMUNES = ['HA_TANG_SO_XA/24611/2023S1', 'HA_TANG_SO_XA/24612/2023S1'];
const WITH_WARNING = 'HA_TANG_SO_XA/24614/2023S1';

interface Api {
  context: APIRequestContext;
  csrf: string;
}

describe.skipIf(!RUN_BROWSER_TESTS)('web app in Chromium: approving reports', () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  let reporter: Api;
  let admin: Api;
  const problems: string[] = [];

  /** A session of a demo user for the API: the cookie stays in the context, the CSRF token from the login answer. */
  const apiAs = async (username: string): Promise<Api> => {
    const context = await playwrightRequest.newContext({ baseURL: server.url });
    const login = await context.post('/api/v1/auth/login', { data: { username, password: DEMO_PASSWORD } });
    expect(login.status(), await login.text()).toBe(200);
    return { context, csrf: ((await login.json()) as { csrfToken: string }).csrfToken };
  };
  const call = async (api: Api, method: 'post' | 'put', url: string, data: unknown) => {
    const answer = await api.context[method](url, { headers: { 'x-csrf-token': api.csrf }, data });
    expect([200, 201], `${method} ${url}: ${answer.status()} ${await answer.text()}`).toContain(answer.status());
    return answer.json();
  };
  const row = (form: string) => page.locator(`[data-testid="queue-row"][data-form="${form}"]`);
  const scrollsSideways = () => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  /** The page at 1920×1080 (the screen) and 360×740 (full length), nothing scrolling sideways. */
  const screenshots = async (name: string) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    expect(await scrollsSideways()).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-1920.png`) });
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await scrollsSideways()).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-360.png`) });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-360-full.png`), fullPage: true });
    await page.setViewportSize({ width: 1920, height: 1080 });
  };

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium(requireChromium());
    reporter = await apiAs('baocao.daknong');
    admin = await apiAs('admin');
    page = await signIn(browser, server, 'pheduyet.lamdong', { width: 1920, height: 1080, problems });
  }, 600_000);
  afterAll(async () => {
    await reporter?.context.dispose();
    await admin?.context.dispose();
    await browser?.close();
    await server?.close();
  });

  it('approves two commune forms without warnings in one action; the one with a warning cannot be selected and says why', async () => {
    await call(admin, 'post', '/api/v1/validation-rules', {
      kind: 'compare',
      code: 'W_XA_CAP_QUANG',
      name: 'Trung tâm xã đã có cáp quang',
      left: '#{XA_CAP_QUANG}',
      operator: '>=',
      right: '#{XA_TONG}',
      severity: 'warning',
      message: 'Trung tâm xã báo cáo chưa có cáp quang: kiểm tra lại / the commune centre is reported without fibre: check it',
    });
    for (const form of COMMUNES) {
      await call(reporter, 'put', `/api/v1/forms/${form}`, {
        values: [
          { dataElement: 'XA_CAP_QUANG', value: 1 },
          { dataElement: 'XA_TONG', value: 1 },
        ],
      });
      await call(reporter, 'post', `/api/v1/forms/${form}/submit`, {});
    }
    await call(reporter, 'put', `/api/v1/forms/${WITH_WARNING}`, {
      values: [
        { dataElement: 'XA_CAP_QUANG', value: 0, comment: 'Tuyến cáp đến trung tâm xã bị đứt do sạt lở, đang khắc phục' },
        { dataElement: 'XA_TONG', value: 1 },
      ],
      acceptWarnings: [{ index: 0, rule: 'W_XA_CAP_QUANG' }],
    });
    await call(reporter, 'post', `/api/v1/forms/${WITH_WARNING}/submit`, {});

    await page.getByRole('link', { name: 'Phê duyệt' }).first().click();
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Duyệt báo cáo');
    await eventually(() => page.getByTestId('queue-row').count()).toBe(3);
    // Oldest submission first.
    expect(await page.getByTestId('queue-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-form')))).toEqual([...COMMUNES, WITH_WARNING]);
    const warned = row(WITH_WARNING).getByRole('checkbox');
    expect(await warned.isDisabled()).toBe(true);
    expect(await row(WITH_WARNING).textContent()).toContain('Có 1 cảnh báo: mở biểu mẫu để xem và duyệt riêng');
    await screenshots('approvals-queue');

    for (const form of COMMUNES) await row(form).getByRole('checkbox').check();
    await eventually(() => page.getByTestId('bulk-approve').textContent()).toBe('Duyệt 2 biểu mẫu đã chọn');
    await page.getByTestId('bulk-approve').click();
    await eventually(() => page.getByRole('status').filter({ hasText: 'Đã duyệt 2 biểu mẫu.' }).count()).toBe(1);
    await eventually(() => page.getByTestId('queue-row').count()).toBe(1);
    for (const form of COMMUNES) {
      const state = ((await (await page.request.get(`${server.url}/api/v1/forms/${form}`)).json()) as { state: string }).state;
      expect(state).toBe('approved');
    }
    // The form with the warning: the warning and the reporter's comment, for a decision on its own.
    await row(WITH_WARNING).getByRole('link', { name: 'Xem và duyệt' }).click();
    await eventually(() => page.getByTestId('form-warnings').textContent()).toContain('Trung tâm xã báo cáo chưa có cáp quang: kiểm tra lại');
    expect(await page.locator('[data-testid="form-value"][data-element="XA_CAP_QUANG"]').textContent()).toContain('Tuyến cáp đến trung tâm xã bị đứt');
    await screenshots('approvals-form-warning');
    expect(problems).toEqual([]);
  });

  it('reopens, sees the change highlighted, returns with a reason, approves the resubmission; the overview shows the new share', async () => {
    // Reopen Đắk Nông's approved report (the approved ones, filtered in the URL).
    await page.goto(`${server.url}/approvals?state=approved&dataset=BC_CDS_TINH_6T`);
    await row(REPORT).getByRole('link', { name: 'Xem và duyệt' }).click();
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Báo cáo kết quả chuyển đổi số 6 tháng và cả năm (cấp tỉnh)');
    await page.getByTestId('reason').fill('Đơn vị đề nghị cập nhật số thôn có băng rộng cố định theo báo cáo chính thức');
    await page.getByTestId('reopen').click();
    await eventually(() => new URL(page.url()).pathname).toBe('/approvals');
    await eventually(() => page.getByRole('status').filter({ hasText: 'Đã mở lại biểu mẫu' }).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('state')).toBe('approved');

    // The reporter corrects one value and submits (through the API).
    await call(reporter, 'put', `/api/v1/forms/${REPORT}`, { values: [{ dataElement: 'THON_BANG_RONG', value: 600, comment: 'Theo Báo cáo 15/BC-UBND' }] });
    await call(reporter, 'post', `/api/v1/forms/${REPORT}/submit`, {});

    await page.goto(`${server.url}/approvals`);
    await eventually(() => row(REPORT).count()).toBe(1);
    await row(REPORT).getByRole('link', { name: 'Xem và duyệt' }).click();
    const changed = page.locator('[data-testid="form-value"][data-element="THON_BANG_RONG"]');
    await eventually(() => changed.getAttribute('data-changed')).toBe('true');
    expect(await changed.getByTestId('submitted-value').textContent()).toBe('600 thôn');
    expect(await changed.textContent()).toContain('585 thôn');
    expect(await changed.textContent()).toContain('Đã thay đổi');
    expect(await page.locator('[data-testid="form-value"][data-changed="true"]').count()).toBe(1);
    expect(await page.getByTestId('compare-summary').textContent()).toMatch(/^1 số liệu đã thay đổi so với lần duyệt trước/);
    await screenshots('approvals-form');

    // Return: without a reason first (the server's 422 at the field), then with one.
    await page.getByTestId('return').click();
    await eventually(() => page.locator('.ui-field__error').textContent()).toBe('Cần nêu lý do trả lại biểu mẫu');
    expect(await page.getByTestId('reason').getAttribute('aria-invalid')).toBe('true');
    await page.getByTestId('reason').fill('Số thôn có băng rộng cố định chưa khớp với minh chứng: đề nghị đính kèm báo cáo 15/BC-UBND');
    await page.getByTestId('return').click();
    await eventually(() => page.getByRole('status').filter({ hasText: 'Đã trả lại biểu mẫu' }).count()).toBe(1);
    await eventually(() => row(REPORT).count()).toBe(0);

    // The reporter sees the reason and resubmits; the approver approves.
    const returned = (await (await reporter.context.get(`/api/v1/forms/${REPORT}`)).json()) as { state: string; reason: string };
    expect(returned).toMatchObject({ state: 'returned', reason: expect.stringContaining('15/BC-UBND') });
    await call(reporter, 'post', `/api/v1/forms/${REPORT}/submit`, {});
    await page.goto(`${server.url}/approvals`);
    await row(REPORT).getByRole('link', { name: 'Xem và duyệt' }).click();
    await page.getByTestId('approve').click();
    await eventually(() => page.getByRole('status').filter({ hasText: 'Đã duyệt biểu mẫu' }).count()).toBe(1);
    expect(problems).toEqual([]);

    // The leaders' overview: Đắk Nông, second half of 2023, villages with fixed broadband: 600 of 624.
    const leader = await signIn(browser, server, 'lanhdao', { width: 1920, height: 1080, problems });
    await leader.goto(`${server.url}/?unit=67&period=2023S2&view=was&indicator=CT_THON_BANG_RONG`);
    await eventually(() => leader.getByTestId('figure-value').textContent()).toBe(formatPercent((600 / 624) * 100, 'vi'));
    expect(problems).toEqual([]);
  });
});
