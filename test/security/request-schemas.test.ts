/**
 * Every input the server takes is bounded by its schema, so the generated hostile cases (schema-cases.ts)
 * are never vacuous: each route declares its path parameters and query string (unknown ones refused), every
 * text has a maximum length, every number a range, every list a maximum size, and every object refuses
 * fields it does not list. Bodies still open on purpose are named below with the reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { openStore, type Store } from '../../src/store/db.ts';
import type { JsonSchema, RouteInfo } from './schema-cases.ts';

/** Bodies validated by the write path rather than the schema (their fields are checked with positioned errors there). */
const OPEN_BODIES: Record<string, string> = {
  'POST /api/v1/datasets': 'dataset definitions, checked whole by the collection admin use case',
  'PUT /api/v1/datasets/:code': 'dataset definitions, checked whole by the collection admin use case',
  'POST /api/v1/validation-rules': 'validation rules, checked whole (formulas with positions) by the collection admin use case',
  'POST /api/v1/frameworks/:code/editions/:edition/runs/import':
    'published results (JSON, or a CSV/XLSX/JSON file as multipart: its fields bounded by the multipart limits), keyed by the edition’s own codes, checked whole by the import use case',
};

/** Routes that take multipart/form-data instead of JSON (their fields are bounded by the multipart limits). */
const MULTIPART = new Set(['POST /api/v1/imports', 'POST /api/v1/evidence', 'POST /api/v1/teams/import', 'POST /api/v1/public/feedback/photos']);

function* unbounded(schema: JsonSchema, path: string): Generator<string> {
  const types = [schema.type ?? []].flat();
  if (schema.anyOf) {
    for (const branch of schema.anyOf) yield* unbounded(branch, path);
    return;
  }
  if (types.includes('string') && schema.maxLength === undefined && !schema.enum && !schema.format) yield `${path}: text without maxLength`;
  if ((types.includes('integer') || types.includes('number')) && (schema.minimum === undefined || schema.maximum === undefined))
    yield `${path}: number without minimum and maximum`;
  if (types.includes('array')) {
    if (schema.maxItems === undefined) yield `${path}: list without maxItems`;
    if (schema.items) yield* unbounded(schema.items, `${path}.0`);
  }
  if (types.includes('object')) {
    if (schema.additionalProperties !== false) yield `${path}: object that takes fields it does not list`;
    for (const [name, property] of Object.entries(schema.properties ?? {})) yield* unbounded(property, path ? `${path}.${name}` : name);
  }
}

describe('request schemas bound every input', () => {
  let store: Store;
  let app: FastifyInstance;
  const routes: RouteInfo[] = [];

  beforeAll(async () => {
    store = openStore(':memory:');
    app = buildApp({ store });
    app.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push({ method, url: route.url, schema: route.schema as RouteInfo['schema'] });
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('every route declares its query string and its path parameters, refusing unknown ones', () => {
    const missing: string[] = [];
    for (const route of routes) {
      const name = `${route.method} ${route.url}`;
      const query = route.schema?.querystring;
      if (!query || query.additionalProperties !== false) missing.push(`${name}: no closed querystring schema`);
      const params = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1]!);
      for (const param of params) if (!route.schema?.params?.properties?.[param]) missing.push(`${name}: path parameter ${param} not declared`);
    }
    expect(missing).toEqual([]);
  });

  it('every text, number, list and object of a request is bounded', () => {
    const problems: string[] = [];
    for (const route of routes) {
      const name = `${route.method} ${route.url}`;
      for (const part of ['params', 'querystring', 'headers'] as const) {
        const schema = route.schema?.[part];
        if (!schema) continue;
        for (const [field, property] of Object.entries(schema.properties ?? {}))
          for (const p of unbounded(property, `${part}.${field}`)) problems.push(`${name} ${p}`);
      }
      const body = route.schema?.body;
      if (MULTIPART.has(name)) continue;
      if (OPEN_BODIES[name]) continue;
      if (
        ['POST', 'PUT', 'PATCH'].includes(route.method) &&
        !body &&
        name !== 'POST /api/v1/auth/logout' &&
        !name.endsWith('/commit') &&
        !name.endsWith('/revoke') &&
        !name.endsWith('/publish') &&
        !name.endsWith('/recompute') &&
        name !== 'POST /api/v1/follow-ups/sync' &&
        // Actions that take no input: recompute the registries' figures, mark notifications read.
        name !== 'POST /api/v1/registries/refresh' &&
        name !== 'POST /api/v1/notifications/read-all' &&
        name !== 'POST /api/v1/notifications/:id/read'
      ) {
        problems.push(`${name}: a write without a body schema`);
      }
      if (body) for (const p of unbounded(body, '')) problems.push(`${name} body ${p || '(body)'}`);
    }
    expect(problems).toEqual([]);
  });
});
