import type { FastifyRequest } from 'fastify';

/** Where a request came from, for the audit trail: ip and user agent. */
export function viaOf(request: FastifyRequest): string {
  const agent = request.headers['user-agent'];
  return agent ? `${request.ip} ${String(agent).slice(0, 200)}` : request.ip;
}
