/**
 * Open data leaks nothing (issue 12), on both databases: over the demo database plus an unpublished indicator's
 * values, a draft value with a comment on a published indicator, a draft score run, evidence files and the demo's
 * users, every route under /api/v1/public — enumerated from the app's routes, so a new one is covered — is asked
 * anonymously and no answer holds a username, a display name, a comment, an evidence file's name, an unpublished
 * indicator's code or the draft figure. Publishing is an admin's act (403 for a leader), unpublishing removes an
 * indicator from every answer, ETag/If-None-Match answers 304, and the rate limit answers 429 with Retry-After.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { ensureDemoData } from '../../src/app/demo/index.ts';
import { DEMO_PASSWORD, DEMO_USERS } from '../../src/app/demo/users.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { login } from '../helpers/auth.ts';
import { multipartBody } from '../fixtures/spreadsheets/multipart.ts';

const PUBLISHED = 'CT_XA_CAP_QUANG';
const SECRET_COMMENT = 'GHI-CHU-NHAP-KHONG-CONG-BO';
const SECRET_FILE = 'bien-ban-mat-ho-so.png';
const DRAFT_FIGURE = 6543;
const PARAMS: Record<string, Record<string, string>> = {
  indicators: { code: PUBLISHED },
  plans: { code: 'QD749' },
  rankings: { framework: 'DTI_TINH', edition: '2022', period: '2022' },
};
const SECRET_REPORTER = 'Trần Thị Bí Mật';
const SECRET_CONTACT = 'bimat.phananh@example.vn';
const feedbackIds = { report: '', photo: '' };
const QUERY: Record<string, string> = { indicators: '?unit=67&periods=2022S1..2024S2&breakdown=children' };
/** Routes that need a query to answer at all. */
const ROUTE_QUERY: Record<string, string> = { '/api/v1/public/feedback/places': '?q=gia' };

describeEachDialect(
  'open data: nothing unpublished or personal in any public answer',
  (ctx) => {
    let app: FastifyInstance;
    let admin: Record<string, string>;
    const publicRoutes: string[] = [];

    beforeAll(async () => {
      await ensureDemoData(ctx.store);
      app = buildApp({ store: ctx.store, today: () => '2025-08-15' });
      app.addHook('onRoute', (route) => {
        if (route.url.startsWith('/api/v1/public/') && [route.method].flat().includes('GET')) publicRoutes.push(route.url);
      });
      await app.ready();
      admin = (await login(app, 'admin', DEMO_PASSWORD)).headers;
      const leader = (await login(app, 'lanhdao', DEMO_PASSWORD)).headers;
      // A leader may not publish; an admin does.
      expect((await app.inject({ method: 'PUT', url: `/api/v1/admin/publications/indicators/${PUBLISHED}`, headers: leader, payload: {} })).statusCode).toBe(
        403,
      );
      expect((await app.inject({ method: 'PUT', url: `/api/v1/admin/publications/indicators/${PUBLISHED}`, headers: admin, payload: {} })).statusCode).toBe(
        200,
      );
      expect((await app.inject({ method: 'PUT', url: '/api/v1/admin/publications/rankings/DTI_TINH/2022/2022', headers: admin, payload: {} })).statusCode).toBe(
        200,
      );
      // A draft value with a comment on the published indicator (no approved form), evidence files, a draft run.
      const draft = await app.inject({
        method: 'POST',
        url: '/api/v1/data-values',
        headers: admin,
        payload: { values: [{ dataElement: 'XA_CAP_QUANG', unit: '67', period: '2024S1', value: DRAFT_FIGURE, comment: SECRET_COMMENT }] },
      });
      expect(draft.statusCode).toBeLessThan(300);
      const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]);
      const file = multipartBody(
        { unit: '67', period: '2024S1', element: 'XA_CAP_QUANG' },
        { field: 'file', name: SECRET_FILE, content: png, type: 'image/png' },
      );
      expect((await app.inject({ method: 'POST', url: '/api/v1/evidence', headers: { ...admin, ...file.headers }, payload: file.payload })).statusCode).toBe(
        201,
      );
      const run = await app.inject({
        method: 'POST',
        url: '/api/v1/frameworks/DTI_TINH/editions/2022/runs',
        headers: admin,
        payload: { period: '2022', level: 'province' },
      });
      expect(run.statusCode).toBe(201);
      // A citizen's report with a name and a contact, approved by the moderator, with a photo.
      const filed = await app.inject({
        method: 'POST',
        url: '/api/v1/public/feedback',
        payload: {
          category: 'MOI_TRUONG',
          description: 'Rác thải đổ trộm ven suối',
          address: 'Thôn 2',
          unit: '68',
          reporterName: SECRET_REPORTER,
          reporterContact: SECRET_CONTACT,
        },
      });
      expect(filed.statusCode, filed.body).toBe(200);
      const { id, token } = filed.json() as { id: number; token: string };
      feedbackIds.report = String(id);
      expect(
        (await app.inject({ method: 'POST', url: `/api/v1/feedback/reports/${id}/actions`, headers: admin, payload: { action: 'approve' } })).statusCode,
      ).toBe(200);
      const photo = multipartBody({ token }, { field: 'file', name: 'anh.png', content: png, type: 'image/png' });
      const added = await app.inject({ method: 'POST', url: '/api/v1/public/feedback/photos', headers: photo.headers, payload: photo.payload });
      expect(added.statusCode, added.body).toBe(201);
      feedbackIds.photo = String((added.json() as { id: number }).id);
    }, 300_000);
    afterAll(async () => {
      await app.close();
    });

    const urlOf = (route: string) => {
      const kind = route.split('/')[4]!.replace(/\..*$/, '');
      const params = kind === 'feedback' ? { id: route.includes('/photos/') ? feedbackIds.photo : feedbackIds.report } : (PARAMS[kind] ?? {});
      return route.replace(/:(\w+)/g, (_m, name: string) => params[name] ?? name) + (route.includes(':') ? (QUERY[kind] ?? '') : (ROUTE_QUERY[route] ?? ''));
    };

    async function secrets(): Promise<string[]> {
      const users = await ctx.store.db.selectFrom('users').select(['username', 'displayName']).execute();
      const comments = await ctx.store.db.selectFrom('dataValues').select('comment').where('comment', 'is not', null).execute();
      const files = await ctx.store.db.selectFrom('evidence').select(['fileName', 'docSummary', 'createdBy']).execute();
      const published = (await ctx.store.db.selectFrom('publications').select('key').where('kind', '=', 'indicator').execute()).map((p) => p.key);
      const indicators = (await ctx.store.db.selectFrom('indicators').select('code').execute()).map((i) => i.code).filter((c) => !published.includes(c));
      return [
        ...users.flatMap((u) => [u.username, u.displayName ?? '']),
        ...DEMO_USERS.map((u) => u.username),
        ...comments.map((c) => c.comment!).filter((c) => c.length >= 12),
        ...files.flatMap((f) => [f.fileName ?? '', f.createdBy]),
        SECRET_COMMENT,
        SECRET_FILE,
        SECRET_REPORTER,
        SECRET_CONTACT,
        ...indicators,
      ].filter((s) => s.length > 0);
    }

    it('enumerates the public routes and none answers a secret, a draft figure or a draft run', async () => {
      expect(publicRoutes.length).toBeGreaterThanOrEqual(10);
      const hidden = await secrets();
      const bodies: string[] = [];
      for (const route of publicRoutes) {
        const res = await app.inject({ method: 'GET', url: urlOf(route) });
        expect(res.statusCode, `${route} → ${res.body.slice(0, 300)}`).toBe(200);
        expect(res.headers['set-cookie']).toBeUndefined();
        bodies.push(res.body);
      }
      const all = bodies.join('\n');
      for (const secret of hidden) {
        const pattern = new RegExp(`(^|[^\\p{L}\\p{N}_.-])${secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}_-])`, 'u');
        expect(pattern.test(all), `a public answer holds "${secret}"`).toBe(false);
      }
      // The draft figure's row is withheld, the approved ones are shown.
      const figures = (await app.inject(`/api/v1/public/indicators/${PUBLISHED}?unit=67&periods=2022S1..2024S1`)).json();
      const draftRow = figures.rows.find((r: { period: string }) => r.period === '2024S1');
      expect(draftRow).toMatchObject({ withheld: true, value: null, numerator: null });
      expect(figures.rows.find((r: { period: string }) => r.period === '2022S2')).toMatchObject({ withheld: false, value: 100, numerator: 71 });
      expect(all).not.toContain(`"numerator":${DRAFT_FIGURE}`);
      // Only published revisions: the draft run is not among the public runs.
      const runs = (await app.inject({ url: '/api/v1/frameworks/DTI_TINH/editions/2022/runs', headers: admin })).json().items as Array<{
        revision: number;
        status: string;
        level: string;
      }>;
      const draftRevisions = runs.filter((r) => r.status === 'draft').map((r) => `${r.level}:${r.revision}`);
      expect(draftRevisions.length).toBeGreaterThan(0);
      const ranking = (await app.inject('/api/v1/public/rankings/DTI_TINH/2022/2022')).json();
      for (const run of ranking.runs as Array<{ level: string; revision: number }>) expect(draftRevisions).not.toContain(`${run.level}:${run.revision}`);
    });

    it('answers an unpublished indicator or ranking as unknown (404), CSV with a BOM, and 304 for a known ETag', async () => {
      const published = new Set((await ctx.store.db.selectFrom('publications').select('key').execute()).map((p) => p.key));
      const unpublished = (await ctx.store.db.selectFrom('indicators').select('code').execute()).map((i) => i.code).find((c) => !published.has(c));
      expect(unpublished).toBeDefined();
      const hidden = await app.inject(`/api/v1/public/indicators/${unpublished}?unit=67&period=2022`);
      expect(hidden.statusCode).toBe(404);
      expect(hidden.json().error.code).toBe('INDICATOR_NOT_FOUND');
      expect((await app.inject('/api/v1/public/rankings/DTI_TINH/2024/2024')).statusCode).toBe(404);
      const csv = await app.inject(`/api/v1/public/indicators/${PUBLISHED}.csv?unit=67&period=2022S2`);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(csv.body).toContain('Mã đơn vị,Tên đơn vị,Kỳ,Giá trị');
      const first = await app.inject('/api/v1/public/catalog');
      expect(first.headers['cache-control']).toMatch(/^public, max-age=\d+$/);
      const again = await app.inject({ url: '/api/v1/public/catalog', headers: { 'if-none-match': String(first.headers.etag) } });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      const ld = (await app.inject('/api/v1/public/catalog.jsonld')).json();
      expect(ld['@type']).toBe('dcat:Catalog');
      expect(ld['dcat:dataset'][0]['dcat:distribution'][0]).toHaveProperty('dcat:downloadURL');
    });

    it('unpublishing removes the indicator from every public answer', async () => {
      expect((await app.inject({ method: 'DELETE', url: `/api/v1/admin/publications/indicators/${PUBLISHED}`, headers: admin })).statusCode).toBe(204);
      expect((await app.inject(`/api/v1/public/indicators/${PUBLISHED}?unit=67&period=2022S2`)).statusCode).toBe(404);
      for (const url of ['/api/v1/public/catalog', '/api/v1/public/indicators', '/api/v1/public/plans', '/api/v1/public/catalog.jsonld'])
        expect((await app.inject(url)).body, url).not.toContain(PUBLISHED);
      const audit = await ctx.store.db.selectFrom('auditEvents').select(['action', 'actorName']).where('entity', '=', 'publication').execute();
      expect(audit.some((a) => a.actorName === 'admin' && a.action === 'publish')).toBe(true);
      expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['publish', 'unpublish']));
    });

    it('limits anonymous callers: 429 RATE_LIMITED with Retry-After past the limit', async () => {
      const limited = buildApp({ store: ctx.store, openData: { rateLimit: { max: 3, timeWindowMs: 60_000 } } });
      await limited.ready();
      try {
        for (let i = 0; i < 3; i++) expect((await limited.inject('/api/v1/public/rankings')).statusCode).toBe(200);
        const refused = await limited.inject('/api/v1/public/rankings');
        expect(refused.statusCode).toBe(429);
        expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
        expect(refused.json().error.code).toBe('RATE_LIMITED');
        // The login-gated API is not rate-limited by it.
        expect((await limited.inject('/api/v1/health')).statusCode).toBe(200);
      } finally {
        await limited.close();
      }
    });
  },
  { demo: true },
);
