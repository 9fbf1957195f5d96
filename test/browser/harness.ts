/**
 * The browser tests' harness: Debian's Chromium driven by playwright-core (never a downloaded browser), the real
 * server (buildApp, listening on a free port of 127.0.0.1) on a fresh demo database built by the demo code, and
 * the built web app (built first when web/dist is missing or stale). Screenshots go to test-results/screenshots/.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { ensureWebBuilt } from '../../bin/build-web.js';
import { buildApp } from '../../src/server/app.ts';
import { openStore, type Store } from '../../src/store/db.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { ensureDemoData } from '../../src/app/demo/index.ts';

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
  const file = join(dir, 'demo.sqlite');
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
