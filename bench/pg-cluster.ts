/**
 * A throw-away PostgreSQL cluster for the benchmark (the same steps as the tests' test/helpers/postgres-cluster.ts:
 * initdb as the postgres user when we are root, a free port on 127.0.0.1, a private socket directory), tuned
 * for a bulk workload: synchronous_commit off (like SQLite's synchronous=NORMAL in WAL mode, a crash may lose
 * the last commits, never corrupt), 1 GB shared_buffers, larger work_mem and max_wal_size. fsync stays on.
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

function pgTool(args: string[]): string {
  const isRoot = process.getuid?.() === 0;
  const [cmd, ...rest] = isRoot ? ['runuser', '-u', 'postgres', '--', ...args] : args;
  return execFileSync(cmd!, rest, { stdio: 'pipe' }).toString();
}

export async function startCluster(): Promise<Cluster> {
  const base = mkdtempSync(join(tmpdir(), 'dx-ioc-bench-pg-'));
  chmodSync(base, 0o777);
  const dataDir = join(base, 'data');
  const socketDir = join(base, 'socket');
  mkdirSync(socketDir);
  chmodSync(socketDir, 0o777);
  const port = await freePort();
  pgTool(['initdb', '-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const options = [
    `-p ${port}`, '-h 127.0.0.1', `-k ${socketDir}`, '-c synchronous_commit=off', '-c shared_buffers=1GB', '-c work_mem=256MB',
    '-c maintenance_work_mem=512MB', '-c max_wal_size=8GB', '-c checkpoint_timeout=30min', '-c max_connections=50',
  ].join(' ');
  pgTool(['pg_ctl', '-D', dataDir, '-l', join(base, 'server.log'), '-w', '-t', '120', 'start', '-o', options]);
  const version = pgTool(['postgres', '--version']).trim();
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    version,
    stop() {
      try {
        if (existsSync(dataDir)) pgTool(['pg_ctl', '-D', dataDir, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(base, { recursive: true, force: true });
      }
    },
  };
}
