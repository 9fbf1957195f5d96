import type { Actor } from '../../domain/access.ts';

/** The cookie session behind request.actor (null for Bearer tokens and anonymous requests). */
export interface AuthSession {
  /** The cookie value (never stored server-side; the store keeps its hash). */
  sessionId: string;
  csrfToken: string;
  displayName: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is calling: a logged-in user (cookie session) or a source system (Bearer token); null when anonymous. */
    actor: Actor | null;
    /** The session when the caller came with a session cookie. */
    authSession: AuthSession | null;
  }
  interface FastifyContextConfig {
    /** false exempts an unsafe route from the CSRF check (only the login route). */
    csrf?: boolean;
  }
}

export type { Actor };
