/**
 * The same promise as hostile-requests.test.ts, as properties (fast-check, fixed seed so a failure replays):
 * for any route with a JSON body, any field of it, and any value drawn to break that field — JSON of another
 * type, text over its maximum, text with a NUL or a lone surrogate anywhere, an integer out of its range or
 * not whole — the server refuses with a 4xx of the catalogue and writes nothing.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { ensureDemoData } from '../../src/app/demo/index.ts';
import { DEMO_PASSWORD, ensureDemoUsers } from '../../src/app/demo/users.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { login } from '../helpers/auth.ts';
import { allows, fieldsOf, key, serialise, setAt, typesOf, validValue, type JsonSchema, type RouteInfo } from './schema-cases.ts';
import { expectRefused, rowCounts } from './refusal.ts';
import { BASES } from './bases.ts';

const NUM_RUNS = 300;

/** Text that no field may hold: a NUL or a lone surrogate somewhere in it. */
const badText = fc
  .tuple(fc.string({ maxLength: 20 }), fc.constantFrom('\u0000', '\ud800', '\udbff', '\udc00', '\udfff'), fc.string({ maxLength: 20 }))
  .map(([a, bad, b]) => `${a}${bad}${b}`);

/** Values that break `schema` whatever the rest of the request is. */
function breakingArbitrary(schema: JsonSchema): fc.Arbitrary<unknown> {
  const types = typesOf(schema);
  const options: fc.Arbitrary<unknown>[] = [
    badText,
    fc.array(badText, { minLength: 1, maxLength: 3 }),
    fc.dictionary(badText, fc.integer(), { minKeys: 1, maxKeys: 2 }),
  ];
  if (types) options.push(fc.jsonValue({ maxDepth: 3 }).filter((v) => !allows(types, v)));
  const text = schema.anyOf?.find((s) => [s.type].flat().includes('string')) ?? ([schema.type].flat().includes('string') ? schema : undefined);
  if (text?.maxLength !== undefined) options.push(fc.string({ minLength: text.maxLength + 1, maxLength: text.maxLength + 40 }));
  if ([schema.type].flat().includes('integer')) {
    const { maximum, minimum } = schema;
    if (maximum !== undefined) options.push(fc.integer({ min: 1, max: 1_000_000_000 }).map((d) => maximum + d));
    if (minimum !== undefined) options.push(fc.integer({ min: 1, max: 1_000_000_000 }).map((d) => minimum - d));
    options.push(fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Number.isInteger(d)));
  }
  return fc.oneof(...options);
}

describeEachDialect(
  'hostile request properties (fast-check)',
  (ctx) => {
    let app: FastifyInstance;
    let admin: Record<string, string>;
    const routes: RouteInfo[] = [];

    beforeAll(async () => {
      await ensureDemoData(ctx.store);
      await ensureDemoUsers(ctx.store, () => {});
      app = buildApp({ store: ctx.store, today: () => '2025-08-15' });
      app.addHook('onRoute', (route) => {
        for (const method of [route.method].flat())
          if (route.schema?.body && [...fieldsOf(route.schema.body as JsonSchema)].length > 0 && method !== 'HEAD')
            routes.push({ method, url: route.url, schema: route.schema as RouteInfo['schema'] });
      });
      await app.ready();
      admin = (await login(app, 'admin', DEMO_PASSWORD)).headers;
    }, 180_000);
    afterAll(async () => {
      await app.close();
    });

    it(`any field of any JSON body, broken, is refused and writes nothing (${NUM_RUNS} runs)`, async () => {
      const before = await rowCounts(ctx.store);
      const caseArbitrary = fc
        .constantFrom(...routes)
        .chain((route) => fc.constantFrom(...fieldsOf(route.schema!.body!)).map((field) => ({ route, field })))
        .chain(({ route, field }) => breakingArbitrary(field.schema).map((value) => ({ route, field, value })));
      await fc.assert(
        fc.asyncProperty(caseArbitrary, async ({ route, field, value }) => {
          const base = BASES[key(route)];
          const url = route.url.replace(/:(\w+)/g, (_w, name: string) =>
            encodeURIComponent(base?.params?.[name] ?? String(validValue(route.schema?.params?.properties?.[name] ?? {}))),
          );
          const query = base?.query ? `?${new URLSearchParams(base.query).toString()}` : '';
          const body = setAt(base?.body ?? validValue(route.schema!.body!), route.schema!.body!, field.path, value);
          const started = Date.now();
          const answer = await app.inject({
            method: route.method as 'POST',
            url: url + query,
            headers: { ...admin, 'content-type': 'application/json' },
            payload: serialise(body),
          });
          const problem = answer.statusCode === 401 ? 'the admin session was lost' : expectRefused(answer, Date.now() - started, url);
          if (problem) throw new Error(`${key(route)} ${field.path.join('.')} = ${JSON.stringify(value)?.slice(0, 100)}: ${problem}`);
        }),
        { seed: 20_251_201, numRuns: NUM_RUNS },
      );
      expect(await rowCounts(ctx.store)).toEqual(before);
    }, 600_000);
  },
  { demo: true },
);
