import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { isCalendarDate, todayIsoDate } from '../domain/dates.ts';
import type { Store } from '../store/db.ts';
import { apiV1 } from './api-v1.ts';
import type { FileStorageOptions, OpenDataOptions } from './route-deps.ts';
import { handleFrameworkError, registerErrorHandler } from './error-handler.ts';
import { registerNotFoundHandler } from './not-found.ts';
import { rejectBadText } from './reject-bad-text.ts';
import { registerJsonBodyParser } from './json-body.ts';
import { convertQueryAndParams } from './strict-query.ts';
import { handleClientError } from './client-errors.ts';
import { addSecurityHeaders } from './security-headers.ts';
import { HOUSEKEEPING_EVERY_MS, scheduleHousekeeping } from './housekeeping-timer.ts';
import { CALENDAR_DATE_FORMAT } from './validation-errors.ts';
import { registerOpenApi } from './openapi.ts';
import { OPEN311_PREFIX, open311Routes } from './open311.ts';
import { registerApiDocs } from './api-docs.ts';
import { registerWebApp } from './web-app.ts';
import { registerRequestLog } from './request-log.ts';

export const API_PREFIX = '/api/v1';

/** How long a whole request may take to arrive. */
export const REQUEST_TIMEOUT_MS = 15 * 60 * 1000;

export interface AppOptions {
  store: Store;
  /** Fastify/pino logger options; off by default (tests). `serve` passes `{ level: 'info' }`. */
  logger?: FastifyServerOptions['logger'];
  /** Today's date 'YYYY-MM-DD', the default for `at` (default: today in Vietnam). */
  today?: () => string;
  /** The current instant for sessions and the login rate limit (default: the system clock); tests move it. */
  now?: () => Date;
  /** Directories and limits for uploaded files (imports, evidence); defaults from the environment. */
  files?: FileStorageOptions;
  /**
   * Trust X-Forwarded-For from a reverse proxy (so the login rate limit sees the client's address, not the
   * proxy's): a hop count (1 = the nearest proxy) or a list of proxy addresses / CIDR ranges. Never every
   * hop (a client could name its own address). Off by default; `serve` reads DX_IOC_TRUST_PROXY.
   */
  trustProxy?: false | number | string;
  /**
   * Sweep expired rows and stale uploads at start and then every hour (or every `everyMs`), see
   * housekeeping-timer.ts. Off by default so tests keep their rows; `serve` turns it on.
   */
  housekeeping?: boolean | { everyMs: number };
  /** The built web app to serve (default: web/dist of this checkout; see web-app.ts). */
  webDist?: string;
  /** Open data's rate limit, cache lifetime and publisher (route-deps.ts OpenDataOptions); defaults from the environment. */
  openData?: OpenDataOptions;
}

/**
 * Builds the HTTP app without listening: `serve` calls `listen`, tests call `inject`.
 * Routes may still be added to the returned instance until it is ready.
 */
export function buildApp({
  store,
  logger = false,
  today = () => todayIsoDate(),
  now,
  files,
  trustProxy = false,
  housekeeping = false,
  webDist,
  openData,
}: AppOptions): FastifyInstance {
  const app = Fastify({
    logger,
    logController: new LogController({ disableRequestLogging: true }), // one line per request that matters instead: request-log.ts
    trustProxy: typeof trustProxy === 'number' ? (_address: string, hop: number) => hop < trustProxy : trustProxy,
    frameworkErrors: handleFrameworkError,
    clientErrorHandler: handleClientError,
    // A whole request (headers and body) must arrive within this time (a slow 200 MB upload fits; a trickle
    // that holds a connection open forever does not): 408 REQUEST_TIMEOUT. Node's own 60 s applies to headers.
    requestTimeout: REQUEST_TIMEOUT_MS,
    ajv: {
      // Unknown fields are an error naming the field, not silently dropped; nothing is coerced (a JSON body is
      // taken as sent; query strings and path parameters are converted strictly by strict-query.ts).
      customOptions: { removeAdditional: false, coerceTypes: false },
      onCreate: (ajv) => {
        ajv.addFormat(CALENDAR_DATE_FORMAT, isCalendarDate);
      },
    },
  });
  registerNotFoundHandler(app);
  registerErrorHandler(app);
  if (logger) registerRequestLog(app);
  registerJsonBodyParser(app);
  app.addHook('preValidation', convertQueryAndParams);
  app.addHook('preValidation', rejectBadText);
  app.addHook('onSend', addSecurityHeaders);
  registerOpenApi(app); // before the routes: it collects them as they are added
  registerApiDocs(app);
  registerWebApp(app, webDist ? { distDir: webDist } : {});
  app.register(open311Routes, { prefix: OPEN311_PREFIX, store, ...(now ? { now } : {}), ...(openData ? { openData } : {}) });
  app.register(apiV1, { prefix: API_PREFIX, store, today, ...(now ? { now } : {}), ...(files ? { files } : {}), ...(openData ? { openData } : {}) });
  if (housekeeping) {
    const everyMs = housekeeping === true ? HOUSEKEEPING_EVERY_MS : housekeeping.everyMs;
    scheduleHousekeeping(app, { store, now: now ?? (() => new Date()), everyMs, ...(files?.importsDir ? { importsDir: files.importsDir } : {}) });
  }
  return app;
}
