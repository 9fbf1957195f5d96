#!/usr/bin/env node
// Builds the web app (web/ → web/dist, Vite, always in production mode) when web/dist is missing or older than its sources, so `npm start`
// in a fresh clone serves it and a second start costs a directory walk. `--force` always builds (npm run build:web).
// Also imported by the browser tests (test/browser/).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What a build reads: a change to any of these (newer than the last build's start) makes web/dist stale. */
export const WEB_SOURCES = ['web/index.html', 'web/vite.config.ts', 'web/tsconfig.json', 'web/src', 'package-lock.json'];

/** Written after a build: when it started (sources changed after that are not in it). */
export const STAMP = 'web/dist/.build-stamp.json';

/** The newest modification time (ms) under the sources, 0 when none exist. */
export function newestSourceTime(root = ROOT, sources = WEB_SOURCES) {
  let newest = 0;
  const visit = (path) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return;
    }
    if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const source of sources) visit(join(root, source));
  return newest;
}

/** Why web/dist must be built ('missing' or 'stale'), or null when it is up to date. */
export function webBuildNeeded(root = ROOT) {
  if (!existsSync(join(root, 'web/dist/index.html')) || !existsSync(join(root, STAMP))) return 'missing';
  let builtAt;
  try {
    builtAt = Number(JSON.parse(readFileSync(join(root, STAMP), 'utf8')).startedAt);
  } catch {
    return 'missing';
  }
  if (!Number.isFinite(builtAt)) return 'missing';
  return newestSourceTime(root) > builtAt ? 'stale' : null;
}

/**
 * Runs Vite's build in a child process with NODE_ENV=production (Vite builds React's development code when the
 * caller's NODE_ENV says otherwise, as vitest's "test" does), then writes the stamp.
 */
export async function buildWeb(root = ROOT) {
  const startedAt = Date.now();
  const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', join(root, 'web/vite.config.ts'), '--logLevel', 'warn'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`vite build ${result.error ? result.error.message : `exited with ${result.status ?? result.signal}`}`);
  writeFileSync(join(root, STAMP), `${JSON.stringify({ startedAt })}\n`);
  return Date.now() - startedAt;
}

/** Builds when needed (or always with force); returns what it did. */
/** A build older than this holding the lock is taken to have died; its lock is removed. */
const LOCK_STALE_MS = 10 * 60_000;

/**
 * Runs `fn` holding web/.build-lock (a directory: mkdir is atomic), so two processes — two browser test files, a
 * test run and `npm start` — never build into web/dist at once; the second waits, then finds the build fresh.
 */
async function withBuildLock(root, fn) {
  const lock = join(root, 'web', '.build-lock');
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error?.code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS) rmSync(lock, { recursive: true, force: true });
      } catch {
        // removed meanwhile: try again
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds the web app when it is missing or stale (or `force`), one process at a time. */
export async function ensureWebBuilt({ root = ROOT, force = false, log = (line) => console.log(line) } = {}) {
  if (!force && !webBuildNeeded(root)) return { built: false, reason: null };
  return withBuildLock(root, async () => {
    const reason = force ? 'forced' : webBuildNeeded(root);
    if (!reason) return { built: false, reason: null };
    const why = { missing: 'chưa có bản dựng / no build yet', stale: 'mã nguồn đã đổi / sources changed', forced: 'theo yêu cầu / as asked' }[reason];
    log(`Đang dựng giao diện web (${why})… / building the web app…`);
    const ms = await buildWeb(root);
    log(
      `Đã dựng giao diện web vào ${relative(process.cwd(), join(root, 'web/dist')) || 'web/dist'} sau ${(ms / 1000).toFixed(1).replace('.', ',')} s / web app built in ${(ms / 1000).toFixed(1)} s`,
    );
    return { built: true, reason };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    await ensureWebBuilt({ force: process.argv.includes('--force') });
  } catch (error) {
    console.error(`Không dựng được giao diện web / the web app did not build: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
