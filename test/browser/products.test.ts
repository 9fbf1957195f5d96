/**
 * Sản phẩm CĐS in Chromium on the demo, the server's day set by the test: an admin registers a product of Khánh
 * Hòa (56) for 2026 on /products, starts it, completes it with an acceptance document, and the overview shows the
 * registry's count ("1 đã đăng ký, 1 hoàn thành") and the derived indicator CT_SP_CDS_HOAN_THANH at 1. Screenshots
 * of the list, the product and the overview at phone (360 px) and wall (1920×1080) sizes.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_MISSING, findChromium, launchChromium, SCREENSHOTS, signIn, startDemoServer, type DemoServer } from './harness.ts';

const executable = findChromium();
const inCi = process.env.CI === 'true';
if (!executable && !inCi) console.warn(CHROMIUM_MISSING);
const PHONE = { width: 360, height: 740 };
const WALL = { width: 1920, height: 1080 };
const today = '2026-03-02';

describe.skipIf(!executable && !inCi)('web app in Chromium: sản phẩm CĐS', () => {
  let server: DemoServer;
  let browser: Browser;
  const problems: string[] = [];
  const shoot = async (page: Page, name: string) => {
    for (const [size, viewport] of [
      ['phone', PHONE],
      ['wall', WALL],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.screenshot({ path: join(SCREENSHOTS, `products-${name}-${size}.png`), fullPage: true });
    }
    await page.setViewportSize(WALL);
  };

  beforeAll(async () => {
    if (!executable) throw new Error('CI=true and no Chromium');
    const now = () => new Date(Date.parse(`${today}T00:00:00+07:00`) + ((Date.now() + 7 * 3_600_000) % 86_400_000));
    server = await startDemoServer(() => {}, { today: () => today, now });
    browser = await launchChromium(executable);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('registers, completes with evidence, and the overview’s count and indicator move', async () => {
    const page = await signIn(browser, server, 'admin', { width: WALL.width, height: WALL.height, problems });
    await page.goto(`${server.url}/products?unit=58&period=2023S1`);
    await expect.poll(() => page.getByTestId('products-summary').textContent(), { timeout: 20_000 }).toContain('18 đã đăng ký, 1 hoàn thành');
    await page.getByTestId('units-without-product').waitFor();
    await shoot(page, 'list');

    await page.goto(`${server.url}/products?unit=56&period=2026S1`);
    await expect.poll(() => page.getByTestId('products-summary').textContent(), { timeout: 20_000 }).toContain('0 đã đăng ký, 0 hoàn thành');
    const form = page.getByTestId('register-product');
    await form.getByLabel('Tên sản phẩm').fill('Cổng dữ liệu mở tỉnh Khánh Hòa');
    await form.getByLabel('Cơ quan (sở, ngành; chỉ khi đơn vị là tỉnh)').fill('Sở Khoa học và Công nghệ');
    await form.getByLabel('Hạn hoàn thành').fill('30/6/2026');
    await form.getByRole('button', { name: 'Đăng ký sản phẩm' }).click();
    await expect.poll(() => page.getByTestId('products-summary').textContent(), { timeout: 20_000 }).toContain('1 đã đăng ký, 0 hoàn thành');
    await page.getByRole('link', { name: 'Cổng dữ liệu mở tỉnh Khánh Hòa' }).click();
    await page.getByRole('button', { name: 'Bắt đầu thực hiện' }).click();
    await page.getByLabel('Số, ký hiệu văn bản nghiệm thu').fill('25/BB-SKHCN');
    await page.getByRole('button', { name: 'Ghi hoàn thành' }).click();
    await expect.poll(() => page.getByTestId('product-evidence').textContent(), { timeout: 20_000 }).toContain('25/BB-SKHCN');
    await shoot(page, 'product');

    await page.goto(`${server.url}/?unit=56&period=2026S1&indicator=CT_SP_CDS_HOAN_THANH`);
    await expect.poll(() => page.getByTestId('products-summary').textContent(), { timeout: 20_000 }).toContain('1 đã đăng ký, 1 hoàn thành');
    await expect.poll(() => page.getByTestId('figure-value').first().textContent(), { timeout: 20_000 }).toContain('1');
    await shoot(page, 'overview');
    expect(problems).toEqual([]);
  }, 180_000);
});
