/**
 * While a 100,000-row commit runs on a SQLite file (seconds of one transaction), the server keeps answering:
 * the import's own progress poll and GET /health answer while the commit's transaction is still open — seen
 * from a connection of the test's own, which still finds no value committed — and the poll shows it
 * 'committing'. A write meanwhile (a login) waits for the commit at the write gate and succeeds, instead of
 * blocking the event loop for busy_timeout and failing with SQLITE_BUSY. Asserted on what was observed while
 * the commit ran, never on milliseconds. (The commit runs in a worker thread with its own connection; before,
 * it held the server's one connection: every request waited for the transaction to end, so whatever answered
 * found the values committed.)
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { openStore, type Store } from '../../src/store/db.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { LARGE_ROWS, seedLargeDataset, writeLargeCsv } from '../fixtures/spreadsheets/large-long.ts';
import { multipartBody } from '../fixtures/spreadsheets/multipart.ts';
import { createUser, login } from '../helpers/auth.ts';

const LONG = 300_000;

describe('a 100,000-row commit on a SQLite file leaves the server answering', () => {
  let dir = '';
  let store: Store;
  let app: FastifyInstance;
  let headers: Record<string, string> = {};
  let observer: Database.Database | null = null;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dxioc-responsive-'));
    store = openStore(join(dir, 'dx-ioc.sqlite'));
    await migrateToLatest(store);
    await seedLargeDataset(store);
    await createUser(store, { username: 'admin', role: 'admin' });
    await createUser(store, { username: 'xem', role: 'viewer' });
    app = buildApp({ store, today: () => '2025-08-15', files: { importsDir: join(dir, 'imports') } });
    await app.ready();
    headers = (await login(app, 'admin')).headers;
  }, LONG);
  afterAll(async () => {
    observer?.close();
    await app.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it(
    'polls and /health answer while the commit runs and show it committing; a login meanwhile succeeds',
    async () => {
      const csv = join(dir, 'hs.csv');
      await writeLargeCsv(csv);
      const body = multipartBody({ dataset: 'DVC_THANG' }, { field: 'file', name: 'hs.csv', content: await readFile(csv) });
      const preview = await app.inject({ method: 'POST', url: '/api/v1/imports', payload: body.payload, headers: { ...headers, ...body.headers } });
      expect([preview.statusCode, preview.json().status, preview.json().values]).toEqual([201, 'ready', LARGE_ROWS]);
      const url = `/api/v1/imports/${preview.json().importId}`;

      // The test's own connection: what is committed (WAL: the last committed state, never blocked by the writer).
      const db = new Database(join(dir, 'dx-ioc.sqlite'), { readonly: true });
      observer = db;
      const committedValues = () => (db.prepare('SELECT count(*) AS n FROM current_values').get() as { n: number }).n;
      let committed = false;
      const commit = app.inject({ method: 'POST', url: `${url}/commit`, headers }).finally(() => (committed = true));
      /** What each answer said, and whether the commit's transaction was still open when it came (nothing committed yet). */
      const seen: Array<{ what: string; status: number; phase?: string; done?: number; total?: number; during: boolean }> = [];
      let login: Promise<number> | null = null;
      expect(committedValues()).toBe(0);
      while (!committed) {
        const [poll, health] = await Promise.all([app.inject({ url, headers }), app.inject({ url: '/api/v1/health' })]);
        const progress = poll.json().progress as { phase: string; done: number; total: number } | null;
        const during = committedValues() === 0;
        seen.push({
          what: 'poll',
          status: poll.statusCode,
          ...(progress ? { phase: progress.phase, done: progress.done, total: progress.total } : {}),
          during,
        });
        seen.push({ what: 'health', status: health.statusCode, during });
        // Once the values are being written, a write arrives: it must wait for the commit, not fail.
        if (!login && progress?.phase === 'committing') {
          login = app
            .inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'xem', password: 'mat-khau-thu-nghiem-2025' } })
            .then((r) => r.statusCode);
        }
        await sleep(100);
      }
      const result = await commit;
      expect(committedValues()).toBe(LARGE_ROWS);
      expect([result.statusCode, result.json().created]).toEqual([200, LARGE_ROWS]);

      const whileWriting = seen.filter((s) => s.during && s.phase === 'committing');
      expect(whileWriting.length).toBeGreaterThan(0);
      expect(whileWriting.every((s) => s.status === 200 && (s.done ?? 0) <= (s.total ?? 0) && s.total === LARGE_ROWS)).toBe(true);
      // /health answered in the same rounds, while the transaction was still open.
      expect(seen.filter((s) => s.what === 'health' && s.during).every((s) => s.status === 200)).toBe(true);
      expect(seen.filter((s) => s.what === 'health' && s.during).length).toBeGreaterThanOrEqual(whileWriting.length);
      expect(login).not.toBeNull();
      expect(await login!).toBe(200);
      expect((await app.inject({ url, headers })).json()).toMatchObject({ status: 'committed', progress: null, result: { created: LARGE_ROWS } });
    },
    LONG,
  );
});
