/**
 * A throw-away PostgreSQL cluster on 127.0.0.1: initdb (as the `postgres` user when we are root, since initdb
 * refuses root) into a private temporary folder, a free port, a private socket directory. Used by the tests'
 * global setup (postgres-cluster.ts) and the benchmark (bench/pg-cluster.ts), each with its own settings.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Cluster {
  adminUrl: string;
  version: string;
  stop(): void;
}

export interface ClusterOptions {
  /** Folder name prefix under the system temp directory. */
  prefix: string;
  /** Server settings, e.g. ['-c fsync=off']. */
  settings: string[];
  /** How pg_ctl stops it: 'immediate' for tests, 'fast' to let a benchmark checkpoint. */
  stopMode: 'immediate' | 'fast';
  startTimeoutSeconds?: number;
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
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

export function hasCommand(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function pgTool(args: string[]): string {
  const isRoot = process.getuid?.() === 0;
  const [cmd, ...rest] = isRoot ? ['runuser', '-u', 'postgres', '--', ...args] : args;
  return execFileSync(cmd!, rest, { stdio: 'pipe' }).toString();
}

export async function startThrowawayCluster(options: ClusterOptions): Promise<Cluster> {
  const base = mkdtempSync(join(tmpdir(), options.prefix));
  chmodSync(base, 0o777);
  const dataDir = join(base, 'data');
  const socketDir = join(base, 'socket');
  mkdirSync(socketDir);
  chmodSync(socketDir, 0o777);
  const port = await freePort();
  try {
    pgTool(['initdb', '-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
    const serverOptions = [`-p ${port}`, '-h 127.0.0.1', `-k ${socketDir}`, ...options.settings].join(' ');
    pgTool(['pg_ctl', '-D', dataDir, '-l', join(base, 'server.log'), '-w', '-t', String(options.startTimeoutSeconds ?? 60), 'start', '-o', serverOptions]);
  } catch (error) {
    rmSync(base, { recursive: true, force: true });
    throw error;
  }
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    version: pgTool(['postgres', '--version']).trim(),
    stop() {
      try {
        if (existsSync(dataDir)) pgTool(['pg_ctl', '-D', dataDir, '-m', options.stopMode, '-w', 'stop']);
      } finally {
        rmSync(base, { recursive: true, force: true });
      }
    },
  };
}
