// Authorisation helpers for routes (issue 3). Contract:
//   requireLogin: onRequest hook → 401 UNAUTHENTICATED when request.actor is null.
//   requireActor(request): Actor → the actor, or throws 401.
//   authorize(request, action): Actor → 403 FORBIDDEN unless the role allows the action (no unit: e.g. 'manage').
//   authorizeUnit(request, deps, action, unitCode, at, elementCode?): Promise<Actor> → 404 UNIT_NOT_FOUND for a
//     unit not in force on `at`, 403 FORBIDDEN outside the caller's scope (checked against the unit's whole path).
import type { FastifyRequest } from 'fastify';
import { can, type Action, type Actor } from '../../domain/access.ts';
import { unitPathWithIds } from '../../store/units/path.ts';
import { appError } from '../../domain/errors.ts';
import type { RouteDeps } from '../route-deps.ts';
import './actor.ts';

export async function requireLogin(request: FastifyRequest): Promise<void> {
  requireActor(request);
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw appError('UNAUTHENTICATED');
  return request.actor;
}

/** For actions that concern no unit. Scoped roles pass for 'read' only (see domain/access.ts `can` without a target). */
export function authorize(request: FastifyRequest, action: Action): Actor {
  const actor = requireActor(request);
  if (!can(actor, action)) throw appError('FORBIDDEN', { action, target: '(system)' });
  return actor;
}

export async function authorizeUnit(request: FastifyRequest, deps: RouteDeps, action: Action, unitCode: string, at: string, elementCode?: string): Promise<Actor> {
  const actor = requireActor(request);
  const path = await unitPathWithIds(deps.store.db, unitCode, at);
  if (!path) {
    throw appError('UNIT_NOT_FOUND', { code: unitCode, reason: `không có hiệu lực vào ngày ${at} / not in force on ${at}` });
  }
  if (!can(actor, action, { unitPath: path.codes, unitIdPath: path.ids, ...(elementCode ? { elementCode } : {}) })) {
    throw appError('FORBIDDEN', { action, target: elementCode ? `${elementCode} @ ${unitCode}` : unitCode });
  }
  return actor;
}
