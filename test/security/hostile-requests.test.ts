/**
 * The hostile-input suite, generated: every route's request schemas yield cases that break one field each
 * (schema-cases.ts). Run as the admin (who passes every permission check, so nothing is refused for want of
 * rights) on the demo data, each case must answer a 4xx in the catalogue's shape, within a generous bound of
 * time and memory, and leave the counted tables as they were.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { ensureDemoData } from '../../src/app/demo/index.ts';
import { DEMO_PASSWORD, ensureDemoUsers } from '../../src/app/demo/users.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { login } from '../helpers/auth.ts';
import { casesFor, type HostileCase, type RouteInfo } from './schema-cases.ts';
import { BASES } from './bases.ts';
import { expectRefused, rowCounts, type RowCounts } from './refusal.ts';

/** Routes whose input is not JSON (multipart uploads): their hostile files are in hostile-files.test.ts. */
const MULTIPART = new Set(['POST /api/v1/imports', 'POST /api/v1/evidence', 'POST /api/v1/public/feedback/photos']);

/** At least this many generated cases: the suite must not shrink silently as schemas change. */
const MIN_CASES = 500;

describeEachDialect(
  'hostile requests generated from the request schemas',
  (ctx) => {
    let app: FastifyInstance;
    let admin: Record<string, string>;
    let cases: HostileCase[];
    let before: RowCounts;

    beforeAll(async () => {
      await ensureDemoData(ctx.store);
      await ensureDemoUsers(ctx.store, () => {});
      app = buildApp({ store: ctx.store, today: () => '2025-08-15' });
      const routes: RouteInfo[] = [];
      app.addHook('onRoute', (route) => {
        for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push({ method, url: route.url, schema: route.schema as RouteInfo['schema'] });
      });
      await app.ready();
      admin = (await login(app, 'admin', DEMO_PASSWORD)).headers;
      cases = routes.filter((r) => !MULTIPART.has(`${r.method} ${r.url}`)).flatMap((r) => casesFor(r, BASES));
      before = await rowCounts(ctx.store);
    }, 180_000);
    afterAll(async () => {
      await app.close();
    });

    it(`generates at least ${MIN_CASES} distinct cases over every route`, () => {
      expect(cases.length).toBeGreaterThanOrEqual(MIN_CASES);
      expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    });

    it('refuses every case with a 4xx of the catalogue, in bounded time and memory, and writes nothing', async () => {
      const failures: string[] = [];
      const rssStart = process.memoryUsage().rss;
      for (const hostile of cases) {
        const started = Date.now();
        const answer = await app.inject({
          method: hostile.method as 'GET',
          url: hostile.url,
          headers: { ...admin, ...hostile.headers },
          ...(hostile.payload !== undefined ? { payload: hostile.payload } : {}),
        });
        // The admin's session is valid throughout: a 401 would mean a case was never looked at.
        const problem =
          answer.statusCode === 401
            ? `401 (the admin's session was lost): ${answer.body.slice(0, 120)}`
            : expectRefused(answer, Date.now() - started, hostile.url);
        if (problem) {
          failures.push(`${hostile.name}: ${problem}`);
          admin = (await login(app, 'admin', DEMO_PASSWORD)).headers;
        }
      }
      console.info(`${cases.length} hostile requests, ${failures.length} not refused properly [${ctx.dialect}]`);
      expect(failures).toEqual([]);
      expect(process.memoryUsage().rss - rssStart).toBeLessThan(1024 * 1024 * 1024);
      expect(await rowCounts(ctx.store)).toEqual(before);
    }, 600_000);
  },
  { demo: true },
);
