/**
 * Headers every answer carries (the API serves JSON and file downloads, never pages to frame):
 * no MIME sniffing, no referrer, no framing, and HSTS when the request came over https.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
};

/** One year, subdomains included. */
export const HSTS = 'max-age=31536000; includeSubDomains';

/** An `onSend` hook for the root instance; leaves headers a route set itself alone. */
export async function addSecurityHeaders(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (!reply.hasHeader(name)) void reply.header(name, value);
  if (request.protocol === 'https' && !reply.hasHeader('strict-transport-security')) void reply.header('strict-transport-security', HSTS);
  return payload;
}
