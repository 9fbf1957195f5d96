// The routes' login check. The policy itself (who may do what on which unit) is applied by the use cases in
// src/app (app/policy.ts `authorize`, `authorizeUnit`), never in a route.
//   requireLogin: onRequest hook → 401 UNAUTHENTICATED when request.actor is null.
//   requireActor(request): Actor → the actor, or throws 401.
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../domain/access.ts';
import { appError } from '../../domain/errors.ts';
import './actor.ts';

export async function requireLogin(request: FastifyRequest): Promise<void> {
  requireActor(request);
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw appError('UNAUTHENTICATED');
  return request.actor;
}
