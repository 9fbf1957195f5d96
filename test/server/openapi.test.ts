import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { openStore, type Store } from '../../src/store/db.ts';
import { SECURITY_HEADERS } from '../../src/server/security-headers.ts';

interface Document {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }>>;
  components: { securitySchemes: Record<string, unknown> };
}

/** The OpenAPI document the web app's types are generated from (no database is read). */
describe('GET /api/openapi.json', () => {
  let store: Store;
  let app: FastifyInstance;
  let document: Document;

  beforeAll(async () => {
    store = openStore(':memory:');
    app = buildApp({ store });
    const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers).toMatchObject(SECURITY_HEADERS);
    document = response.json() as Document;
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('is an OpenAPI 3.1 document of the API under /api/v1, without itself or the web app', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.info.title).toBe('DX-IOC API');
    const paths = Object.keys(document.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/health',
        '/api/v1/auth/login',
        '/api/v1/auth/me',
        '/api/v1/units',
        '/api/v1/units/{code}',
        '/api/v1/units/{code}/lineage',
        '/api/v1/analytics',
      ]),
    );
    expect(paths.every((path) => path.startsWith('/api/v1/'))).toBe(true);
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual(['bearer', 'csrf', 'session']);
  });

  it('carries the response schemas the routes declare (what the web app is typed from)', () => {
    const me = document.paths['/api/v1/auth/me']?.get?.responses?.['200']?.content?.['application/json']?.schema as { properties: Record<string, unknown> };
    expect(Object.keys(me.properties)).toEqual(['actor', 'csrfToken', 'abilities']);
    const analytics = document.paths['/api/v1/analytics']?.get?.responses?.['200']?.content?.['application/json']?.schema as { properties: { rows: unknown } };
    expect(analytics.properties.rows).toMatchObject({ type: 'array' });
  });
});
