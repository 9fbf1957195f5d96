/**
 * Who changes people, tokens and scopes, and from where: the policy (admins only: domain/access.ts 'manage',
 * the CLI as CLI_ACTOR) and the audit event every change writes in its own transaction (entity `user` or
 * `api_token`, source `admin`; `via` is the request's address and browser, or the `dx-ioc` command).
 */
import { can, type Actor } from '../../domain/access.ts';
import { appError } from '../../domain/errors.ts';
import type { AuditInput } from '../../store/audit.ts';
import { CLI_ACTOR } from '../policy.ts';

export interface AdminContext {
  actor: Actor;
  /** ip and user agent (HTTP), or the command (`dx-ioc user add`). */
  via?: string | null;
  now?: Date;
}

/** 403 FORBIDDEN unless the actor is an admin; `target` names what was asked for ('users', 'tokens', 'scopes'). */
export function authorizeAdmin(actor: Actor, target: string): void {
  if (!can(actor, 'manage')) throw appError('FORBIDDEN', { action: 'manage', target });
}

/** The audit event of a change (its `before` and `after` added by the use case). */
export function auditEvent(ctx: AdminContext, entity: 'user' | 'api_token', entityKey: string, action: string): AuditInput {
  return { actor: { name: ctx.actor.name, kind: ctx.actor.kind }, source: 'admin', via: ctx.via ?? null, entity, entityKey, action };
}

/** The operator at the terminal (CLI_ACTOR, recorded as actor `cli`) running `dx-ioc <command>`. */
export function cliContext(command: string): AdminContext {
  return { actor: CLI_ACTOR, via: `dx-ioc ${command}` };
}
