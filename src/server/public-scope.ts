/**
 * What every open-data route gets, for anonymous callers: a rate limit per client address (@fastify/rate-limit,
 * this scope only; 429 RATE_LIMITED through the one error type, with Retry-After) and the public cache headers
 * (public-cache.ts: ETag, If-None-Match → 304, Cache-Control). The limit comes from the options, else from
 * DXIOC_PUBLIC_RATE_LIMIT (requests a minute), else 120 a minute.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { appError } from '../domain/errors.ts';
import { registerPublicCache } from './public-cache.ts';
import type { OpenDataOptions } from './route-deps.ts';

export const DEFAULT_PUBLIC_RATE_LIMIT = { max: 120, timeWindowMs: 60_000 };
export const DEFAULT_PUBLIC_MAX_AGE = 300;

export function publicRateLimit(options: OpenDataOptions | undefined, env: NodeJS.ProcessEnv = process.env): { max: number; timeWindowMs: number } {
  if (options?.rateLimit) return options.rateLimit;
  const perMinute = Number(env.DXIOC_PUBLIC_RATE_LIMIT);
  return Number.isInteger(perMinute) && perMinute > 0 ? { max: perMinute, timeWindowMs: 60_000 } : DEFAULT_PUBLIC_RATE_LIMIT;
}

export async function registerPublicScope(app: FastifyInstance, options: OpenDataOptions | undefined): Promise<void> {
  const limit = publicRateLimit(options);
  await app.register(rateLimit, {
    global: true,
    max: limit.max,
    timeWindow: limit.timeWindowMs,
    addHeaders: { 'x-ratelimit-limit': true, 'x-ratelimit-remaining': true, 'x-ratelimit-reset': true, 'retry-after': true },
    errorResponseBuilder: (_request, context) => appError('RATE_LIMITED', { seconds: Math.max(1, Math.ceil(context.ttl / 1000)) }),
  });
  registerPublicCache(app, options?.maxAgeSeconds ?? DEFAULT_PUBLIC_MAX_AGE);
}
