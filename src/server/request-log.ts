/**
 * One log line per request that matters, instead of Fastify's two lines for every request: an open screen polls
 * /changes every 1.5 s, so 200 viewers would write 270 lines a second of "GET 200" and the logging alone would
 * cost a sixth of the server's time. Logged at info: every write (POST, PUT, PATCH, DELETE), every answer ≥ 400
 * and every request slower than SLOW_MS; the rest at debug (`LOG_LEVEL=debug` shows them all).
 */
import type { FastifyInstance } from 'fastify';

export const SLOW_MS = 1000;

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    const ms = Math.round(reply.elapsedTime * 10) / 10;
    const line = { method: request.method, url: request.url, status: reply.statusCode, ms, ip: request.ip };
    if (!READS.has(request.method) || reply.statusCode >= 400 || ms >= SLOW_MS) request.log.info(line, 'request');
    else request.log.debug(line, 'request');
  });
}
