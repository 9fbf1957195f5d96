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

  /**
   * Swagger UI renders a long document's operations lazily as they come into view (past about 130 of them only the
   * first few are in the page until one scrolls): scroll down the page, noting every tag heading and operation
   * drawn, until the end. On a loaded machine an operation scrolled past before its turn to be drawn is drawn on a
   * later pass, so the page is walked again (up to three times) while something expected is still missing.
   */
  async function scrollThrough(expected: readonly string[]): Promise<{ tags: Map<string, string>; operations: Set<string> }> {
    const tags = new Map<string, string>();
    const operations = new Set<string>();
    for (let pass = 0; pass < 3 && (pass === 0 || expected.some((operation) => !operations.has(operation))); pass++) await scrollOnce(tags, operations);
    return { tags, operations };
  }

  async function scrollOnce(tags: Map<string, string>, operations: Set<string>): Promise<void> {
    await page.evaluate(() => window.scrollTo(0, 0));
    for (let step = 0; step < 2000; step++) {
      const seen = await page.evaluate(() => ({
        tags: [...document.querySelectorAll('h3.opblock-tag')].map((h) => [h.id, h.textContent ?? ''] as [string, string]),
        operations: [...document.querySelectorAll('.opblock')].map(
          (o) => `${o.querySelector('.opblock-summary-method')?.textContent?.trim()} ${o.querySelector('[data-path]')?.getAttribute('data-path')}`,
        ),
        atEnd: window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2,
      }));
      for (const [id, text] of seen.tags) tags.set(id, text);
      for (const operation of seen.operations) operations.add(operation.replace(/\u200b/g, ''));
      if (seen.atEnd && step > 0) break;
      await page.evaluate(() => window.scrollBy(0, Math.round(window.innerHeight * 0.8)));
      await page.waitForTimeout(50);
    }
  }

  /** Scrolls until the locator is drawn, then brings it into view. */
  async function scrollUntil(locator: ReturnType<Page['locator']>): Promise<void> {
    await page.evaluate(() => window.scrollTo(0, 0));
    for (let step = 0; step < 2000 && (await locator.count()) === 0; step++) {
      await page.evaluate(() => window.scrollBy(0, Math.round(window.innerHeight * 0.8)));
      await page.waitForTimeout(50);
    }
    await locator.first().scrollIntoViewIfNeeded();
  }

  it('renders every tag and operation from this origin, under its own CSP, with nothing refused', async () => {
    const answer = await page.goto(`${url}/api/docs`);
    expect(answer?.status()).toBe(200);
    expect(answer?.headers()['content-security-policy']).toBe(API_DOCS_CSP);
    await slowly(() => page.locator('.opblock').count()).toBeGreaterThan(0);
    const document = (await app.inject('/api/docs/json')).json() as { paths: Record<string, Record<string, unknown>> };
    const expected = Object.entries(document.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`));
    expect(expected.length).toBeGreaterThan(130);
    const { tags, operations } = await scrollThrough(expected);
    for (const [name, description] of Object.entries(TAGS)) expect(tags.get(`operations-tag-${name}`) ?? `(tag ${name} not drawn)`).toContain(description);
    expect(expected.filter((operation) => !operations.has(operation))).toEqual([]);
    // Every script, style and image came from this server.
    const origins = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).origin));
    expect(new Set(origins)).toEqual(new Set([new URL(url).origin]));
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, 'api-docs-top.png') });
    await scrollUntil(page.locator('h3#operations-tag-health'));
    await page.screenshot({ path: join(SCREENSHOTS, 'api-docs-operations.png') });
    expect(problems).toEqual([]);
  });

  it('opens an operation to its responses: the answer schema and the shared ApiError', async () => {
    const analytics = page.locator('.opblock-get:has([data-path="/api/v1/analytics"])').first();
    await scrollUntil(analytics);
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
