import type { Actor } from '../../domain/access.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is calling: a logged-in user (cookie session) or a source system (Bearer token); null when anonymous. */
    actor: Actor | null;
  }
}

export type { Actor };
