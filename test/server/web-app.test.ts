import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { openStore, type Store } from '../../src/store/db.ts';
import { SECURITY_HEADERS } from '../../src/server/security-headers.ts';
import { acceptsHtml, WEB_APP_CSP } from '../../src/server/web-app.ts';
import { API_DOCS_CSP } from '../../src/server/api-docs.ts';

const HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'; // what Chromium sends for a page
const INDEX =
  '<!doctype html><html lang="vi"><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>';

/** The web app as served by the API's server (no database is read: the store is an empty in-memory one). */
describe('web app: pages, assets, and the API staying JSON', () => {
  let store: Store;
  let built: FastifyInstance;
  let missing: FastifyInstance;
  let dist: string;

  beforeAll(async () => {
    store = openStore(':memory:');
    dist = mkdtempSync(join(tmpdir(), 'dx-ioc-web-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), INDEX);
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log("app")');
    built = buildApp({ store, webDist: dist });
    missing = buildApp({ store, webDist: join(dist, 'nothing-here') });
    await Promise.all([built.ready(), missing.ready()]);
  });
  afterAll(async () => {
    await Promise.all([built.close(), missing.close()]);
    await store.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('answers index.html, not cached, with the app CSP, for / and any page path a browser asks for', async () => {
    for (const [url, accept] of [
      ['/', undefined],
      ['/', HTML],
      ['/overview?unit=68&period=2022&view=was', HTML],
      ['/admin/users', 'text/html'],
    ] as const) {
      const response = await built.inject({ method: 'GET', url, headers: accept ? { accept } : {} });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.body).toBe(INDEX);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-security-policy']).toBe(WEB_APP_CSP);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('DENY');
    }
    const head = await built.inject({ method: 'HEAD', url: '/overview', headers: { accept: HTML } });
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
  });

  it('lets the page run from this origin only', () => {
    expect(WEB_APP_CSP).toContain("default-src 'self'");
    expect(WEB_APP_CSP).toContain("script-src 'self'");
    expect(WEB_APP_CSP).toContain("frame-ancestors 'none'");
    expect(WEB_APP_CSP).not.toMatch(/unsafe|\*|https?:/);
  });

  it('serves hashed assets for a year, immutable; a missing asset is a JSON 404, not a page and not a 405', async () => {
    const asset = await built.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toMatch(/^(application|text)\/javascript/);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const app of [built, missing]) {
      const gone = await app.inject({ method: 'GET', url: '/assets/index-old999.js', headers: { accept: HTML } });
      expect(gone.statusCode).toBe(404);
      expect(gone.json()).toMatchObject({ error: { code: 'ROUTE_NOT_FOUND' } });
    }
  });

  it('keeps the API JSON: unknown /api paths are JSON 404s with the API CSP even when a browser asks', async () => {
    for (const url of ['/api/v1/nothing-here', '/api/v2/health', '/api', '/api/']) {
      const response = await built.inject({ method: 'GET', url, headers: { accept: HTML } });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.headers).toMatchObject(SECURITY_HEADERS);
    }
    const health = await built.inject({ method: 'GET', url: '/api/v1/health', headers: { accept: HTML } });
    expect(health.statusCode).toBe(200);
    expect(health.headers).toMatchObject(SECURITY_HEADERS);
  });

  it('answers pages only to GET and HEAD asking for HTML: other methods and accepts get the JSON 404', async () => {
    const json = await built.inject({ method: 'GET', url: '/overview', headers: { accept: 'application/json' } });
    expect(json.statusCode).toBe(404);
    expect(json.json()).toMatchObject({ error: { code: 'ROUTE_NOT_FOUND' } });
    const post = await built.inject({ method: 'POST', url: '/overview', headers: { accept: HTML } });
    expect(post.statusCode).toBe(404);
    expect(post.headers['content-type']).toMatch(/^application\/json/);
  });

  it('without a build, pages answer 503 with a page saying how to build it (Vietnamese, then English)', async () => {
    for (const url of ['/', '/overview?unit=68']) {
      const response = await missing.inject({ method: 'GET', url, headers: { accept: HTML } });
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.body).toContain('Giao diện web chưa được dựng');
      expect(response.body).toContain('npm run build:web');
      expect(response.body).toContain('The web app is not built');
      expect(response.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'sha256-/);
    }
    const api = await missing.inject({ method: 'GET', url: '/api/v1/health' });
    expect(api.statusCode).toBe(200);
  });

  it("leaves /api/docs to the API documentation (Swagger UI with its own CSP), never the app's page, with or without a build", async () => {
    for (const app of [built, missing]) {
      for (const url of ['/api/docs', '/api/docs/']) {
        const page = await app.inject({ method: 'GET', url, headers: { accept: HTML } });
        expect([page.statusCode, page.headers['content-type']], url).toEqual([200, 'text/html; charset=utf-8']);
        expect(page.body).toContain('swagger-ui-bundle.js');
        expect(page.body).not.toContain('id="root"');
        expect(page.headers['content-security-policy']).toBe(API_DOCS_CSP);
        expect(page.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer' });
      }
      const script = await app.inject({ method: 'GET', url: '/api/docs/static/swagger-ui-bundle.js' });
      expect([script.statusCode, script.headers['content-type']]).toEqual([200, 'application/javascript; charset=utf-8']);
      const document = await app.inject({ method: 'GET', url: '/api/docs/json' });
      expect(document.json()).toEqual((await app.inject({ method: 'GET', url: '/api/openapi.json' })).json());
      // Like every route: an unknown query parameter is refused.
      expect((await app.inject({ method: 'GET', url: '/api/docs?x=1', headers: { accept: HTML } })).statusCode).toBe(400);
    }
  });
});

describe('acceptsHtml', () => {
  it('reads the Accept header as a browser and a script send it', () => {
    expect(acceptsHtml(HTML)).toBe(true);
    expect(acceptsHtml('TEXT/HTML')).toBe(true);
    expect(acceptsHtml('text/html;q=0.5, application/json')).toBe(true);
    expect(acceptsHtml(undefined)).toBe(false);
    expect(acceptsHtml('*/*')).toBe(false);
    expect(acceptsHtml('application/json')).toBe(false);
    expect(acceptsHtml('text/html;q=0, application/json')).toBe(false);
    expect(acceptsHtml('text/htmlx')).toBe(false);
  });
});
