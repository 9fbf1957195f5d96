/**
 * The access policy as the use cases apply it: domain/access.ts `can`, answered as an AppError.
 * `authorize`: an action that concerns no unit (scoped roles pass for 'read' only) → 403 FORBIDDEN.
 * `authorizeUnit`: an action on a unit, checked against the unit's whole path at `at` → 404 UNIT_NOT_FOUND for
 * a unit not in force that day, 403 FORBIDDEN outside the caller's scope.
 * The operator at a terminal (`dx-ioc …`) acts as CLI_ACTOR, an admin.
 */
import { can, type Action, type Actor } from '../domain/access.ts';
import { appError } from '../domain/errors.ts';
import type { Store } from '../store/db.ts';
import { unitPathWithIds } from '../store/units/path.ts';

export interface UnitPathWithIds {
  codes: string[];
  ids: number[];
}

export const CLI_ACTOR: Actor = { kind: 'user', name: 'cli', role: 'admin', unitScopes: [] };

export function authorize(actor: Actor, action: Action): void {
  if (!can(actor, action)) throw appError('FORBIDDEN', { action, target: '(system)' });
}

export async function authorizeUnit(store: Store, actor: Actor, action: Action, unitCode: string, at: string, elementCode?: string): Promise<UnitPathWithIds> {
  const path = await unitPathWithIds(store.db, unitCode, at);
  if (!path) throw appError('UNIT_NOT_FOUND', { code: unitCode, reason: `không có hiệu lực vào ngày ${at} / not in force on ${at}` });
  if (!can(actor, action, { unitPath: path.codes, unitIdPath: path.ids, ...(elementCode ? { elementCode } : {}) })) {
    throw appError('FORBIDDEN', { action, target: elementCode ? `${elementCode} @ ${unitCode}` : unitCode });
  }
  return path;
}
