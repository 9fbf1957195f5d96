/**
 * Tổ công nghệ số cộng đồng in Chromium on the demo (issue 13). No demo reporter belongs to a Ninh Thuận commune, so
 * the admin (who may write every commune) imports: /teams at Ninh Thuận (58) for 2023S1 shows the registry's counts
 * (65 commune teams with 840 members, 446 village teams with 2.439 members, 65/65 communes); a CSV with ONE bad row
 * is refused with that row's error and nothing changes; the same file corrected adds one village team and its six
 * members, and the counts move. The new team's page shows its members to the admin, who records an activity (it counts
 * in its quarter), and only the personal-data notice to a leader (viewer). Screenshots at phone (360 px) and wall (1920×1080) sizes.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_MISSING, eventually, findChromium, launchChromium, SCREENSHOTS, signIn, startDemoServer, type DemoServer } from './harness.ts';

const executable = findChromium();
const inCi = process.env.CI === 'true';
if (!executable && !inCi) console.warn(CHROMIUM_MISSING);
const PHONE = { width: 360, height: 740 };
const WALL = { width: 1920, height: 1080 };
const HEADER =
  'Mã xã,Cấp tổ,"Thôn, khu phố",Tên tổ,Số quyết định,Ngày quyết định,Cơ quan ban hành,Họ và tên,Vai trò,Số điện thoại,Thôn phụ trách,Ngày tham gia';
const VILLAGE = 'Thôn Kiểm Thử';
const ROLES = ['Tổ trưởng', 'Tổ phó', 'Thành viên', 'Thành viên', 'Thành viên', 'Thành viên'];

/** Six members of a new village team of `commune`; `badRole` puts a role the registry does not know on the 2nd data row (file row 3). */
function teamCsv(commune: string, badRole: boolean): string {
  const rows = ROLES.map((role, i) =>
    [
      commune,
      'Thôn',
      VILLAGE,
      `Tổ công nghệ số cộng đồng ${VILLAGE}`,
      '12/QĐ-UBND',
      '15/5/2023',
      'UBND xã',
      `Người Kiểm Thử ${i + 1}`,
      badRole && i === 1 ? 'Chủ nhiệm' : role,
      `09123450${i}0`,
      VILLAGE,
      '15/5/2023',
    ].join(','),
  );
  return `\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`;
}

describe.skipIf(!executable && !inCi)('web app in Chromium: tổ công nghệ số cộng đồng', () => {
  let server: DemoServer;
  let browser: Browser;
  let dir: string;
  const problems: string[] = [];
  /** The whole page at both sizes, and the part looked at (`focus`, e.g. the import) on its own, legible at full size. */
  const shoot = async (page: Page, name: string, focus?: string) => {
    for (const [size, viewport] of [
      ['phone', PHONE],
      ['wall', WALL],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.screenshot({ path: join(SCREENSHOTS, `teams-${name}-${size}.png`), fullPage: true });
      if (focus) await page.getByTestId(focus).screenshot({ path: join(SCREENSHOTS, `teams-${name}-${size}-part.png`) });
    }
    await page.setViewportSize(WALL);
  };
  const totals = async (page: Page) =>
    Promise.all(
      ['communeTeams', 'communeMembers', 'villageTeams', 'villageMembers'].map(async (k) =>
        (await page.getByTestId(`teams-total-${k}`).locator('dd').textContent())?.trim(),
      ),
    );

  beforeAll(async () => {
    if (!executable) throw new Error('CI=true and no Chromium');
    server = await startDemoServer(() => {});
    browser = await launchChromium(executable);
    dir = await mkdtemp(join(tmpdir(), 'dxioc-teams-'));
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('shows Ninh Thuận’s computed counts, refuses a file with one bad row at that row, then imports the good file', async () => {
    const page = await signIn(browser, server, 'admin', { width: WALL.width, height: WALL.height, problems });
    await page.goto(`${server.url}/teams?unit=58&period=2023S1&view=was`);
    await eventually(() => totals(page)).toEqual(['65', '840', '446', '2.439']);
    expect(await page.getByTestId('teams-coverage').textContent()).toBe('65/65 xã có tổ (100%)');
    expect(await page.getByTestId('teams-context').textContent()).toContain('30/6/2023');
    // 65 communes: the first 50, then the rest on "Xem thêm"; the switch keeps those with or without a team.
    const communeRows = page.getByTestId('teams-communes').locator('tbody tr');
    expect(await communeRows.count()).toBe(50);
    expect(await page.getByTestId('teams-communes-shown').textContent()).toBe('Đang hiện 50/65 xã.');
    await page.getByRole('button', { name: 'Xem thêm 15 xã' }).click();
    await eventually(() => communeRows.count()).toBe(65);
    await page.getByRole('radio', { name: 'Chưa có tổ (0)' }).check();
    await eventually(() => page.getByText('Không có xã nào trong mục này.').count()).toBe(1);
    await page.getByRole('radio', { name: 'Có tổ (65)' }).check();
    await eventually(() => communeRows.count()).toBe(50);
    expect(await page.getByTestId('teams-communes').textContent()).toContain('mô phỏng');
    await shoot(page, 'overview', 'teams-totals');

    const overview = (await (await page.request.get(`${server.url}/api/v1/teams?unit=58&at=2023-06-30`)).json()) as { communes: Array<{ code: string }> };
    const commune = overview.communes[0]!.code;
    const bad = join(dir, 'to-cnscd-loi.csv');
    await writeFile(bad, teamCsv(commune, true));
    await page.getByLabel('Tệp danh sách tổ (XLSX, CSV)').setInputFiles(bad);
    await page.getByRole('button', { name: 'Tải lên và nhập' }).click();
    const errors = page.getByTestId('teams-import-errors');
    await errors.waitFor({ timeout: 20_000 });
    expect(await errors.textContent()).toContain('không ghi gì');
    const rows = errors.locator('tbody tr');
    expect(await rows.count()).toBe(1);
    const cells = (await rows.first().locator('th, td').allTextContents()).map((c) => c.trim());
    expect(cells[0]).toBe('3');
    expect(cells[2]).toBe('Vai trò');
    expect(cells[3]).toBe('Chủ nhiệm');
    await page.reload();
    await eventually(() => totals(page)).toEqual(['65', '840', '446', '2.439']);
    await page.getByLabel('Tệp danh sách tổ (XLSX, CSV)').setInputFiles(bad);
    await page.getByRole('button', { name: 'Tải lên và nhập' }).click();
    await errors.waitFor({ timeout: 20_000 });
    await shoot(page, 'import-refused', 'teams-import');

    const good = join(dir, 'to-cnscd.csv');
    await writeFile(good, teamCsv(commune, false));
    await page.getByLabel('Tệp danh sách tổ (XLSX, CSV)').setInputFiles(good);
    await page.getByRole('button', { name: 'Tải lên và nhập' }).click();
    await eventually(() => page.getByTestId('teams-import-done').textContent()).toContain('6 dòng; 1 tổ mới, 0 tổ cập nhật; 6 thành viên');
    await eventually(() => totals(page)).toEqual(['65', '840', '447', '2.445']);
    await shoot(page, 'import-done', 'teams-import');

    // The new team's page: its decision and, for the admin, its members (personal data).
    await page.getByTestId('teams-communes').locator('tbody tr').first().locator('summary').click();
    await page.getByRole('link', { name: VILLAGE }).click();
    await eventually(() => page.getByTestId('team-facts').textContent()).toContain('Số 12/QĐ-UBND ngày 15/5/2023 của UBND xã');
    await eventually(() => page.getByTestId('team-members').locator('tbody tr').count()).toBe(6);
    expect(await page.getByTestId('team-members').textContent()).toContain('Người Kiểm Thử 1');
    // An activity recorded on the page (the day typed the Vietnamese way) is listed, and counts in its quarter.
    const form = page.getByTestId('add-activity');
    await form.getByLabel('Ngày tổ chức').fill('20/6/2023');
    await form.getByLabel('Nội dung hoạt động').fill('Hướng dẫn cài đặt VNeID');
    await form.getByLabel('Số lượt người được hỗ trợ').fill('12');
    await form.getByRole('button', { name: 'Ghi hoạt động' }).click();
    await eventually(() => page.getByTestId('team-activities').textContent()).toContain('20/6/2023');
    expect(await page.getByTestId('team-activities').textContent()).toContain('Hướng dẫn cài đặt VNeID');
    await shoot(page, 'team');
    const teamUrl = page.url();
    await page.getByRole('link', { name: 'Tổ công nghệ số cộng đồng' }).first().click();
    const q2 = page.getByTestId('teams-quarters').locator('tbody tr').nth(1);
    await eventually(async () => (await q2.locator('td').allTextContents()).map((c) => c.trim())).toEqual(['66', '2.588']);

    // A leader (viewer) sees the counts, never the names: the notice instead.
    const leader = await signIn(browser, server, 'lanhdao', { width: WALL.width, height: WALL.height, problems });
    await leader.goto(teamUrl);
    await eventually(() => leader.getByTestId('team-members-count').textContent()).toBe('6');
    await eventually(() => leader.getByTestId('teams-personal-notice').textContent()).toContain('Nghị định 13/2023/NĐ-CP');
    expect(await leader.locator('body').textContent()).not.toContain('Người Kiểm Thử');
    await shoot(leader, 'team-viewer');
    expect(problems).toEqual([]);
  }, 240_000);
});
