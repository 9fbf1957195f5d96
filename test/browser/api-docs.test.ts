/**
 * The API's documentation page (/api/docs, Swagger UI served from the package) in a real browser against the
 * real server: it renders under its own Content-Security-Policy with nothing refused (a CSP refusal is a
 * console error), lists the tags with their Vietnamese and English descriptions and the operations, and opens
 * one to its responses (the 200 schema and the shared ApiError). Screenshots go to test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { openStore, type Store } from '../../src/store/db.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { API_DOCS_CSP } from '../../src/server/api-docs.ts';
import { TAGS } from '../../src/server/openapi.ts';
import { eventually, launchChromium, requireChromium, RUN_BROWSER_TESTS, SCREENSHOTS } from './harness.ts';

/** Swagger UI is a large page: up to 30 s on a loaded machine. */
const slowly = <T>(read: () => T | Promise<T>) => eventually(read, 30_000);

describe.skipIf(!RUN_BROWSER_TESTS)('API docs in Chromium: /api/docs', () => {
  let store: Store;
  let app: FastifyInstance;
  let url: string;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    store = openStore(':memory:');
    await migrateToLatest(store);
    app = buildApp({ store });
    url = await app.listen({ port: 0, host: '127.0.0.1' });
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium(requireChromium());
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
    page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url})`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  it('renders every tag and operation from this origin, under its own CSP, with nothing refused', async () => {
    const answer = await page.goto(`${url}/api/docs`);
    expect(answer?.status()).toBe(200);
    expect(answer?.headers()['content-security-policy']).toBe(API_DOCS_CSP);
    await slowly(() => page.locator('.opblock').count()).toBeGreaterThan(40);
    for (const [name, description] of Object.entries(TAGS)) {
      const section = page.locator(`h3#operations-tag-${name}`);
      await slowly(() => section.isVisible()).toBe(true);
      expect(await section.textContent()).toContain(description);
    }
    const analytics = page.locator('#operations-analytics-get_api_v1_analytics, .opblock-get:has([data-path="/api/v1/analytics"])').first();
    await slowly(() => analytics.isVisible()).toBe(true);
    expect(await analytics.textContent()).toContain('GET');
    expect(await analytics.textContent()).toContain('/api/v1/analytics');
    // Every script, style and image came from this server.
    const origins = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).origin));
    expect(new Set(origins)).toEqual(new Set([new URL(url).origin]));
    await page.screenshot({ path: join(SCREENSHOTS, 'api-docs-top.png') });
    await page.evaluate(() => document.querySelector('h3#operations-tag-health')?.scrollIntoView());
    await page.screenshot({ path: join(SCREENSHOTS, 'api-docs-operations.png') });
    expect(problems).toEqual([]);
  });

  it('opens an operation to its responses: the answer schema and the shared ApiError', async () => {
    const analytics = page.locator('.opblock-get:has([data-path="/api/v1/analytics"])').first();
    await analytics.locator('.opblock-summary').click();
    const responses = analytics.locator('.responses-table');
    await slowly(() => responses.first().isVisible()).toBe(true);
    const text = await analytics.textContent();
    for (const status of ['200', '400', '401', '403', '404', '500']) expect(text).toContain(status);
    expect(text).toContain('INDICATOR_NOT_FOUND');
    await analytics.screenshot({ path: join(SCREENSHOTS, 'api-docs-analytics.png') });
    expect(problems).toEqual([]);
  });
});
