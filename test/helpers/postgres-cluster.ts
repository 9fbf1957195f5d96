/**
 * Vitest global setup: a throw-away PostgreSQL cluster on 127.0.0.1 for the whole run,
 * or the server in DATABASE_URL when set. Tests get the admin URL through `inject('pgAdminUrl')`.
 * In CI (CI=true) a missing PostgreSQL is an error, never a silent skip.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string | null;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function hasCommand(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Runs a PostgreSQL tool as the `postgres` user when we are root (initdb refuses root). */
function runPgTool(args: string[]): void {
  const isRoot = process.getuid?.() === 0;
  const [cmd, ...rest] = isRoot ? ['runuser', '-u', 'postgres', '--', ...args] : args;
  execFileSync(cmd!, rest, { stdio: 'pipe' });
}

export default async function setup(project: TestProject): Promise<() => void> {
  if (process.env.DATABASE_URL) {
    project.provide('pgAdminUrl', process.env.DATABASE_URL);
    return () => {};
  }
  if (!hasCommand('initdb') || !hasCommand('pg_ctl')) {
    if (process.env.CI) throw new Error('PostgreSQL (initdb, pg_ctl) is required in CI: install it or set DATABASE_URL');
    console.warn('\n⚠ PostgreSQL not found (initdb/pg_ctl): the PostgreSQL half of the store tests is SKIPPED. Set DATABASE_URL or install PostgreSQL.\n');
    project.provide('pgAdminUrl', null);
    return () => {};
  }
  const base = mkdtempSync(join(tmpdir(), 'dx-ioc-pg-'));
  chmodSync(base, 0o777);
  const dataDir = join(base, 'data');
  const socketDir = join(base, 'socket');
  mkdirSync(socketDir);
  chmodSync(socketDir, 0o777);
  const port = await freePort();
  runPgTool(['initdb', '-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
  runPgTool([
    'pg_ctl', '-D', dataDir, '-l', join(base, 'server.log'), '-w', '-t', '60', 'start',
    '-o', `-p ${port} -h 127.0.0.1 -k ${socketDir} -F -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
  ]);
  project.provide('pgAdminUrl', `postgres://postgres@127.0.0.1:${port}/postgres`);
  return () => {
    try {
      if (existsSync(dataDir)) runPgTool(['pg_ctl', '-D', dataDir, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  };
}
