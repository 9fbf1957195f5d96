/**
 * Serves kept answers of the read routes that opt in with `config: { answerCache: true }` (app/changes/
 * answer-cache.ts): after the request is validated and the caller known (preHandler), a kept answer is sent as
 * is — serialised once, sent many times — and a fresh 200 answer is kept (onSend). Only GET; only callers with
 * an actor; the answer says `x-answer-cache: hit|miss` for benchmarks and support.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AnswerCache, type CachedAnswer } from '../app/changes/answer-cache.ts';
import type { Store } from '../store/db.ts';
import './auth/actor.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** true: the route's 200 answers are kept until the next write (answer-cache-hooks.ts). */
    answerCache?: boolean;
  }
  interface FastifyRequest {
    answerCacheSettle: ((answer: CachedAnswer | null) => void) | null;
  }
}

export function registerAnswerCache(app: FastifyInstance, store: Store, today: () => string): AnswerCache {
  const cache = new AnswerCache(store);
  app.decorateRequest('answerCacheSettle', null);

  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'GET' || request.routeOptions.config?.answerCache !== true || !request.actor) return;
    const day = today();
    const found = await cache.lookup(AnswerCache.key(request.actor, day, request.url), day);
    if ('answer' in found) {
      reply.header('x-answer-cache', 'hit').type(found.answer.contentType);
      return reply.serializer((payload: unknown) => payload as string).send(found.answer.body);
    }
    request.answerCacheSettle = found.compute;
    reply.header('x-answer-cache', 'miss');
  });

  app.addHook('onSend', async (request, reply, payload) => {
    // A write answered here: the next lookup reads the change mark afresh, before the caller can ask again.
    if (request.method !== 'GET' && request.method !== 'HEAD') cache.noteWrite();
    const settle = request.answerCacheSettle;
    if (!settle) return payload;
    request.answerCacheSettle = null;
    const contentType = String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8');
    settle(reply.statusCode === 200 && typeof payload === 'string' ? { body: payload, contentType } : null);
    return payload;
  });

  // A request that ends without an answer (aborted, failed before onSend) must not leave others waiting.
  app.addHook('onResponse', async (request) => {
    request.answerCacheSettle?.(null);
    request.answerCacheSettle = null;
  });
  return cache;
}

/** A read route's config that opts in: `app.get(url, { schema, config: KEPT }, …)`. */
export const KEPT = { answerCache: true } as const;
