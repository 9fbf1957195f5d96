import { isIP } from 'node:net';
import { ensureDemoData } from '../../app/demo/index.ts';
import { buildApp } from '../../server/app.ts';
import { recomputeAtStart } from '../../app/analytics/recompute-jobs.ts';
import { openStore } from '../../store/db.ts';
import { migrateToLatest } from '../../store/migrate.ts';
import { resolveDbTarget } from '../store-option.ts';
import { webAppBuilt } from '../../server/web-app.ts';
import { AppError } from '../../domain/errors.ts';

export interface ServeOptions {
  port?: string;
  host?: string;
  db?: string;
  demo?: boolean;
}

export const DEFAULT_PORT = 3000;
export const DEFAULT_HOST = '127.0.0.1';

/** Port and host: flags win, then PORT / HOST, then the defaults. A bad port is an error naming where it came from. */
export function resolveListenOptions(opts: ServeOptions, env: NodeJS.ProcessEnv = process.env): { port: number; host: string } {
  const [rawPort, source] = opts.port !== undefined ? [opts.port, '--port'] : env.PORT ? [env.PORT, 'PORT'] : [String(DEFAULT_PORT), 'default'];
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort.trim()) || port > 65535) {
    throw new Error(`${source} phải là số nguyên từ 0 đến 65535, nhận được "${rawPort}" / ${source} must be an integer 0–65535, got "${rawPort}"`);
  }
  const host = opts.host ?? (env.HOST || DEFAULT_HOST);
  return { port, host };
}

const PROXY_ADDRESS_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** One entry of an address list: an IP address, a CIDR range (10.0.0.0/8, fd00::/8) or loopback/linklocal/uniquelocal. */
function isProxyAddress(entry: string): boolean {
  if (PROXY_ADDRESS_NAMES.has(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

/**
 * DX_IOC_TRUST_PROXY: unset/0/false → off; 1/true → the nearest proxy only (one hop); a number → that many hops;
 * else a comma-separated list of proxy addresses or CIDR ranges. Never "every hop": the client could then
 * choose its own address with X-Forwarded-For (and escape the per-address login limit).
 */
export function trustProxyFromEnv(value: string | undefined): false | number | string {
  const text = (value ?? '').trim();
  if (!text || text === '0' || text.toLowerCase() === 'false') return false;
  if (text.toLowerCase() === 'true') return 1;
  if (/^\d+$/.test(text)) return Number(text);
  const entries = text.split(',').map((e) => e.trim());
  const bad = entries.find((e) => !isProxyAddress(e));
  if (bad !== undefined) {
    throw new Error(`DX_IOC_TRUST_PROXY: "${bad}" không phải số bước proxy, địa chỉ IP hay dải CIDR / is not a hop count, an IP address or a CIDR range`);
  }
  return entries.join(',');
}

/** Resolves on the first SIGINT or SIGTERM; a second one falls back to Node's default (immediate exit). */
function nextShutdownSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

function listenFailure(error: unknown, host: string, port: number): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return new Error(`cổng ${port} trên ${host} đang được dùng / port ${port} on ${host} is already in use`);
  if (code === 'EACCES') return new Error(`không có quyền mở cổng ${port} / no permission to listen on port ${port}`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return new Error(`địa chỉ ${host} không dùng được / cannot listen on address ${host}`);
  return error instanceof Error ? error : new Error(String(error));
}

/** The address to open in a browser on this machine: a wildcard host (0.0.0.0, ::) is reached at 127.0.0.1. */
export function browserAddress(address: string, host: string): string {
  if (host !== '0.0.0.0' && host !== '::') return address;
  const port = new URL(address).port;
  return `http://127.0.0.1${port ? `:${port}` : ''}`;
}

/** `dx-ioc serve`: open and migrate the store, optionally build the demo data, listen until SIGINT/SIGTERM (housekeeping at start and hourly). */
export async function serveCommand(opts: ServeOptions): Promise<void> {
  const { port, host } = resolveListenOptions(opts);
  const trustProxy = trustProxyFromEnv(process.env.DX_IOC_TRUST_PROXY);
  const level = logLevel();
  const store = openStore(resolveDbTarget(opts.db));
  try {
    await migrateToLatest(store);
    const recomputed = await recomputeAtStart(store);
    if (recomputed)
      console.log(
        `Đã tính lại số liệu tổng hợp (${recomputed.reason}): ${recomputed.aggregateRows} dòng, ${(recomputed.durationMs / 1000).toFixed(1)} s / aggregates recomputed`,
      );
    if (opts.demo) await ensureDemoData(store, (line) => console.log(line));
    const app = buildApp({ store, logger: { level }, trustProxy, housekeeping: true });
    try {
      const address = await app.listen({ port, host }).catch((error: unknown) => {
        throw listenFailure(error, host, port);
      });
      console.log(`DX-IOC đang chạy / is running — API: ${address}/api/v1, CSDL / database: ${store.location}`);
      console.log(
        webAppBuilt()
          ? `Mở ${browserAddress(address, host)} trong trình duyệt / open it in a browser`
          : `Giao diện web chưa được dựng: chạy npm run build:web / the web app is not built: run npm run build:web`,
      );
      console.log(`Dừng máy chủ: Ctrl+C / stop with Ctrl+C`);
      const received = await nextShutdownSignal();
      console.log(`Đã nhận ${received}, đang dừng… / received ${received}, shutting down…`);
    } finally {
      await app.close();
    }
  } finally {
    await store.close();
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** $LOG_LEVEL (default info; debug logs every request, see server/request-log.ts). */
function logLevel(): string {
  const level = process.env.LOG_LEVEL?.trim().toLowerCase() || 'info';
  if (!LOG_LEVELS.includes(level)) {
    throw new AppError('VALIDATION_FAILED', `LOG_LEVEL='${process.env.LOG_LEVEL}' không hợp lệ; dùng ${LOG_LEVELS.join(', ')} / invalid LOG_LEVEL`, [
      { field: 'LOG_LEVEL', message: `một trong ${LOG_LEVELS.join(', ')}` },
    ]);
  }
  return level;
}
