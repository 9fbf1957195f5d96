/**
 * The browser tests' harness: Debian's Chromium driven by playwright-core (never a downloaded browser), the real
 * server (buildApp, listening on a free port of 127.0.0.1) on a fresh demo database built by the demo code, and
 * the built web app (built first when web/dist is missing or stale). Screenshots go to test-results/screenshots/.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { ensureWebBuilt } from '../../bin/build-web.js';
import { buildApp } from '../../src/server/app.ts';
import { openStore, type Store } from '../../src/store/db.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { ensureDemoData } from '../../src/app/demo/index.ts';
import { demoDatabaseTarget } from '../helpers/demo-template.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
export const DEMO_PASSWORD = 'dxioc-demo-2025';

/** Where Chromium is: CHROMIUM_PATH when set (and only there), else Debian's package (apt-get install chromium), else null. */
export function findChromium(): string | null {
  const candidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => existsSync(path)) ?? null;
}

export const CHROMIUM_MISSING = `
!!! ═══════════════════════════════════════════════════════════════════════════════════════════════
!!! Không có Chromium: BỎ QUA các kiểm thử trên trình duyệt (test/browser) / Chromium not found:
!!! the browser tests are SKIPPED. Install Debian's package: apt-get install -y chromium
!!! (or set CHROMIUM_PATH). With CI=true they fail instead.
!!! ═══════════════════════════════════════════════════════════════════════════════════════════════`;

/** Headless Chromium as the tests run it; playwright gives it a fresh temporary profile (user data dir) each launch. */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=vi-VN',
    ],
  });
}

export interface DemoServer {
  url: string;
  /** The store the server runs on now (a new one after each start). */
  readonly store: Store;
  /** Stops the server as a crash or a restart would: the port closed, the database file kept. */
  stop(): Promise<void>;
  /** Starts it again on the same port over the same database file (after stop). */
  start(): Promise<void>;
  close(): Promise<void>;
}

/** The server's clock, when a test sets it (buildApp's `today` and `now`): e.g. to see a deadline pass without waiting. */
export interface DemoClock {
  today?: () => string;
  now?: () => Date;
}

/** The web app built, and the real server on a fresh demo database (SQLite in a temporary directory). */
export async function startDemoServer(log: (line: string) => void = () => {}, clock: DemoClock = {}): Promise<DemoServer> {
  await ensureWebBuilt({ log });
  const dir = mkdtempSync(join(tmpdir(), 'dx-ioc-browser-'));
  const file = (await demoDatabaseTarget('sqlite', dir))!;
  let store = openStore(file);
  let app: FastifyInstance | undefined;
  const files = { importsDir: join(dir, 'imports'), evidenceDir: join(dir, 'evidence') };
  try {
    await migrateToLatest(store);
    await ensureDemoData(store);
    app = buildApp({ store, files, ...clock });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const port = Number(new URL(url).port);
    mkdirSync(SCREENSHOTS, { recursive: true });
    return {
      url,
      get store() {
        return store;
      },
      async stop() {
        await app?.close();
        app = undefined;
        await store.close();
      },
      async start() {
        store = openStore(file);
        app = buildApp({ store, files, ...clock });
        await app.listen({ port, host: '127.0.0.1' });
      },
      async close() {
        await app?.close();
        await store.close().catch(() => {});
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await app?.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** The Chromium the browser tests drive, or null (then they skip, loudly; with CI=true they fail instead). */
export const CHROMIUM = findChromium();
/** Whether a browser test file runs: `describe.skipIf(!RUN_BROWSER_TESTS)`. */
export const RUN_BROWSER_TESTS = CHROMIUM !== null || process.env.CI === 'true';
if (!RUN_BROWSER_TESTS) console.warn(CHROMIUM_MISSING);

/** The Chromium a test file's beforeAll launches, or (CI=true and none) the error that fails the suite. */
export function requireChromium(): string {
  if (!CHROMIUM) throw new Error('CI=true and no Chromium: install it with apt-get install -y chromium (.ci/run does)');
  return CHROMIUM;
}

/** expect.poll with room for a loaded 2-core machine (its default is 1 s). Not a timing assertion: it only waits. */
export const eventually = <T>(read: () => T | Promise<T>, timeout = 20_000) => expect.poll(read, { timeout, interval: 100 });

export interface SignInOptions {
  width?: number;
  height?: number;
  /** Where each page error is pushed (the tests end by expecting it empty). */
  problems?: string[];
}

/**
 * A new page in its own context (vi-VN, Asia/Ho_Chi_Minh, the size given; default 1366 × 900) signed in as a demo
 * user through the login screen, waiting until the app shows the user menu.
 */
export async function signIn(browser: Browser, server: DemoServer, username: string, options: SignInOptions = {}): Promise<Page> {
  const { width = 1366, height = 900, problems } = options;
  const context = await browser.newContext({ viewport: { width, height }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  if (problems) page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(`${server.url}/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('user-menu').waitFor({ timeout: 20_000 });
  return page;
}
