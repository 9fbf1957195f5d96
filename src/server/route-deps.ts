import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import type { FastifyPluginAsync, FastifyTypeProvider, RawServerDefault } from 'fastify';
import type { ImportRunnerOptions } from '../app/imports/import-runner.ts';
import type { Store } from '../store/db.ts';

/** What route plugins get as options: the store, and today's date (a function, so tests can fix the clock). */
export interface RouteDeps {
  store: Store;
  today: () => string;
  /** The current instant (sessions, login rate limit); default `new Date()`. Tests pass a fixed clock. */
  now?: () => Date;
  /**
   * Uploaded files: where imports wait for their commit and evidence files live, the evidence size limit (see
   * store/imports/files.ts, store/evidence/files.ts for defaults), and the deadlines and memory of an import's
   * reading and commit (app/imports/import-runner.ts).
   */
  files?: FileStorageOptions;
  /** Open data: the anonymous callers' rate limit and cache lifetime, and the publisher the catalogue names (api-v1.ts). */
  openData?: OpenDataOptions;
}

export interface OpenDataOptions {
  /** Requests per window per client address (default 120 a minute, or DXIOC_PUBLIC_RATE_LIMIT). */
  rateLimit?: { max: number; timeWindowMs: number };
  /** Cache-Control max-age of public answers, seconds (default 300). */
  maxAgeSeconds?: number;
  publisher?: string;
}

export interface FileStorageOptions {
  importsDir?: string;
  evidenceDir?: string;
  evidenceMaxBytes?: number;
  importRunner?: ImportRunnerOptions;
}

/**
 * Request types from the route's own schemas: the json-schema-to-ts type provider's validator half, so a route's
 * params, querystring, headers and body are typed by their JSON schemas (`as const`) and no TypeScript type
 * repeats a schema. Its serializer half is left out (answers are `unknown` to the type checker, as before):
 * json-schema-to-ts types a response object without `additionalProperties: false` — every response schema here
 * (fast-json-stringify drops unlisted fields whatever it says) — as an index signature, and `required` lists
 * built with Object.keys as no list at all, which the app's interfaces do not satisfy; typing the answers needs the
 * response schemas closed and their `required` lists literal first.
 */
export interface RequestSchemaTypes extends FastifyTypeProvider {
  validator: ValidatorType<this['schema']>;
  serializer: unknown;
}

/** The provider's type of a request schema (what Fastify's CallValidatorTypeProvider computes). */
type ValidatorType<S> = (JsonSchemaToTsProvider & { schema: S })['validator'];

/** A plugin of routes under /api/v1, typed by its schemas (RequestSchemaTypes). */
export type RoutePlugin = FastifyPluginAsync<RouteDeps, RawServerDefault, RequestSchemaTypes>;
