/**
 * Caching for anonymous readers of open data: every 200 answer of a public route gets an ETag (a hash of its body)
 * and `Cache-Control: public, max-age=…`; a request whose If-None-Match names the same ETag is answered 304 with
 * no body. Registered on the public scope only (api-v1.ts), never on answers that depend on a caller.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

export function registerPublicCache(app: FastifyInstance, maxAgeSeconds: number): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' || reply.statusCode !== 200) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const etag = `"${createHash('sha256').update(payload).digest('base64url').slice(0, 27)}"`;
    void reply.header('etag', etag).header('cache-control', `public, max-age=${maxAgeSeconds}`).header('vary', 'accept-encoding');
    const asked = request.headers['if-none-match'];
    if (
      asked &&
      asked
        .split(',')
        .map((t) => t.trim().replace(/^W\//, ''))
        .some((t) => t === etag || t === '*')
    ) {
      void reply.code(304).removeHeader('content-length').removeHeader('content-type');
      return '';
    }
    return payload;
  });
}
