import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveListenOptions } from '../../src/cli/commands/serve.ts';
import { VERSION } from '../../src/version.ts';
import { describeEachDialect, freshDatabaseTarget } from '../helpers/stores.ts';
import { freePort } from '../helpers/pg-cluster.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('resolveListenOptions', () => {
  it('lets flags win over PORT/HOST, which win over the defaults', () => {
    expect(resolveListenOptions({}, {})).toEqual({ port: 3000, host: '127.0.0.1' });
    expect(resolveListenOptions({}, { PORT: '8080', HOST: '0.0.0.0' })).toEqual({ port: 8080, host: '0.0.0.0' });
    expect(resolveListenOptions({ port: '9090', host: '::1' }, { PORT: '8080', HOST: '0.0.0.0' })).toEqual({ port: 9090, host: '::1' });
  });

  it('rejects a bad port, naming where it came from', () => {
    for (const port of ['abc', '-1', '65536', '80.5', '', '3000x']) {
      expect(() => resolveListenOptions({ port }, {}), port).toThrow(/--port/);
    }
    expect(() => resolveListenOptions({}, { PORT: 'http' })).toThrow(/PORT.*"http"/);
  });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function pollHealth(url: string, child: ChildProcess, deadlineMs: number): Promise<Response> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`serve exited early with code ${child.exitCode}`);
    try {
      return await fetch(url);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(150);
    }
  }
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
}

describeEachDialect('dx-ioc serve (child process)', (ctx) => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('starts, answers /api/v1/health, sweeps stale uploads at start, and exits 0 on SIGTERM', async () => {
    let target: string;
    // Its own imports directory (never the checkout's ./data/imports), with an upload no import names, two days old.
    const importsDir = mkdtempSync(join(tmpdir(), 'dx-ioc-serve-imports-'));
    dirs.push(importsDir);
    const orphan = join(importsDir, `${randomUUID()}.upload`);
    writeFileSync(orphan, 'a,b\n');
    const twoDaysAgo = new Date(Date.now() - 48 * 3600_000);
    utimesSync(orphan, twoDaysAgo, twoDaysAgo);
    if (ctx.dialect === 'sqlite') {
      const dir = mkdtempSync(join(tmpdir(), 'dx-ioc-serve-'));
      dirs.push(dir);
      target = join(dir, 'serve.sqlite');
    } else {
      const url = await freshDatabaseTarget('postgres');
      if (!url) throw new Error('no PostgreSQL for this test');
      target = url;
    }
    const port = await freePort();
    const child = spawn(process.execPath, ['bin/dx-ioc.js', 'serve', '--port', String(port), '--host', '127.0.0.1', '--db', target], {
      cwd: ROOT,
      env: { ...process.env, PORT: '1', HOST: '203.0.113.1', DX_IOC_IMPORTS_DIR: importsDir }, // the flags must win over PORT and HOST's unusable values
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = exitOf(child);
    try {
      const response = await pollHealth(`http://127.0.0.1:${port}/api/v1/health`, child, 30_000);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok', db: ctx.dialect, version: VERSION });
      expect(output).toContain(`http://127.0.0.1:${port}`);
      const deadline = Date.now() + 10_000;
      while (existsSync(orphan) && Date.now() < deadline) await sleep(100);
      expect(existsSync(orphan), 'serve runs housekeeping at start').toBe(false);
    } catch (error) {
      child.kill('SIGKILL');
      throw new Error(`${String(error)}\n--- serve output ---\n${output}`);
    }
    child.kill('SIGTERM');
    const { code, signal } = await exited;
    expect({ code, signal }, output).toEqual({ code: 0, signal: null });
  });
});
