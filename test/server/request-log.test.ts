import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { openFreshStore } from '../helpers/stores.ts';
import type { Store } from '../../src/store/db.ts';

/** The request log: one line per write, error or slow request at info, the routine reads at debug only. */
describe('server: request log', () => {
  let store: Store;
  const apps: FastifyInstance[] = [];

  async function appLogging(level: string): Promise<{ app: FastifyInstance; lines: Array<Record<string, unknown>> }> {
    const lines: Array<Record<string, unknown>> = [];
    const app = buildApp({ store, logger: { level, stream: { write: (line: string) => void lines.push(JSON.parse(line)) } } });
    apps.push(app);
    await app.ready();
    return { app, lines };
  }
  const requestLines = (lines: Array<Record<string, unknown>>) => lines.filter((l) => l.msg === 'request');

  beforeAll(async () => {
    store = (await openFreshStore('sqlite'))!;
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await store.close();
  });

  it('logs writes and refusals at info, one line each with method, url, status and time, and not a routine read', async () => {
    const { app, lines } = await appLogging('info');
    expect((await app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/v1/no-such-thing' })).statusCode).toBe(404);
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'nobody', password: 'wrong-password-1' } });
    expect(login.statusCode).toBe(401);
    const logged = requestLines(lines);
    expect(logged.map((l) => [l.method, l.url, l.status])).toEqual([
      ['GET', '/api/v1/no-such-thing', 404],
      ['POST', '/api/v1/auth/login', 401],
    ]);
    expect(typeof logged[0]!.ms).toBe('number');
    // Fastify's own two lines per request are off.
    expect(lines.some((l) => l.msg === 'incoming request' || l.msg === 'request completed')).toBe(false);
  });

  it('logs every request at debug', async () => {
    const { app, lines } = await appLogging('debug');
    await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(requestLines(lines).map((l) => [l.method, l.url, l.status])).toEqual([['GET', '/api/v1/health', 200]]);
  });
});
