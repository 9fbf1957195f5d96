/**
 * Who may read an analytics answer (domain/access.ts): the unit's path on the day it was resolved on, compared
 * with the actor's scopes (a scope covers the unit and everything below it); an answer about no unit (a plan
 * without one, the recompute jobs) needs the role's ability alone. Refusals: AppError FORBIDDEN.
 */
import { can, type Action, type Actor } from '../../domain/access.ts';
import { appError } from '../../domain/errors.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { unitIdAtKey, unitPathsById, unitPathWithIds } from '../../store/units/path.ts';

interface UnitAt {
  id: number;
  code: string;
}

/** For actions that concern no unit. Scoped roles pass for 'read' only. */
export function authorizeAction(actor: Actor, action: Action): void {
  if (!can(actor, action)) throw appError('FORBIDDEN', { action, target: '(system)' });
}

/**
 * Read on a resolved unit version, on `at`. A scope grants a unit when it names one on the unit's path, so an
 * actor who may read with no unit of the path in scope (admin, viewer) may read any unit: its path is not read.
 */
export async function authorizeUnitRead(db: Kysely<Database>, actor: Actor, unit: UnitAt, at: string): Promise<void> {
  if (can(actor, 'read', { unitPath: [], unitIdPath: [] })) return;
  const path = (await unitPathsById(db, [{ ...unit, at }])).get(unitIdAtKey(unit.id, at))!;
  if (!can(actor, 'read', { unitPath: path.codes, unitIdPath: path.ids })) throw appError('FORBIDDEN', { action: 'read', target: unit.code });
}

/** Read on the unit a code names on `at`; AppError UNIT_NOT_FOUND when none is in force then. */
export async function authorizeCodeRead(db: Kysely<Database>, actor: Actor, code: string, at: string): Promise<void> {
  const path = await unitPathWithIds(db, code, at);
  if (!path) throw appError('UNIT_NOT_FOUND', { code, reason: `không có hiệu lực vào ngày ${at} / not in force on ${at}` });
  if (!can(actor, 'read', { unitPath: path.codes, unitIdPath: path.ids })) throw appError('FORBIDDEN', { action: 'read', target: code });
}

/** Every listed unit is `unit` or lies below it on `at`, else AppError BAD_REQUEST on `units` naming the first that does not. */
export async function assertWithin(db: Kysely<Database>, unit: UnitAt, listed: readonly UnitAt[], at: string): Promise<void> {
  const paths = await unitPathsById(
    db,
    listed.map((u) => ({ ...u, at })),
  );
  const outside = listed.find((u) => !paths.get(unitIdAtKey(u.id, at))?.ids.includes(unit.id));
  if (outside) {
    const reason = `đơn vị ${outside.code} không thuộc ${unit.code} / ${outside.code} is not within ${unit.code}`;
    throw appError('BAD_REQUEST', { field: 'units', reason }, [{ field: 'units', message: reason }]);
  }
}
