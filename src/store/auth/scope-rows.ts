/**
 * The rows of the unit scopes of users (`user_units`) and of API tokens (`api_token_scopes`, units and data
 * elements), as the scope changes in app/auth/scopes.ts read and write them inside their transaction.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { UnitVersion } from '../../domain/unit-scopes.ts';
import { toUnitScopes, type UnitScope } from './unit-scopes.ts';

/** A stored unit scope row (user_units or api_token_scopes). */
export interface HeldScope {
  code: string;
  unitId: number | null;
}

/** Every version a unit code has had. */
export async function versionsOfCode(db: Kysely<Database>, code: string): Promise<UnitVersion[]> {
  return db.selectFrom('units').select(['id', 'code', 'level', 'name', 'validFrom', 'validTo']).where('code', '=', code).execute();
}

export async function heldByUser(db: Kysely<Database>, userId: number): Promise<HeldScope[]> {
  const rows = await db.selectFrom('userUnits').select(['unitCode as code', 'unitId']).where('userId', '=', userId).execute();
  return rows.map((r) => ({ code: r.code, unitId: r.unitId === null ? null : Number(r.unitId) }));
}

/** The user's unit scopes with the versions they name. */
export async function userScopes(db: Kysely<Database>, userId: number): Promise<UnitScope[]> {
  return toUnitScopes(db, await db.selectFrom('userUnits').select(['unitCode as code', 'unitId', 'resolution']).where('userId', '=', userId).execute());
}

export async function insertUserScopes(db: Kysely<Database>, userId: number, versions: readonly UnitVersion[]): Promise<void> {
  if (versions.length)
    await db
      .insertInto('userUnits')
      .values(versions.map((v) => ({ userId, unitCode: v.code, unitId: v.id, resolution: null })))
      .execute();
}

export async function deleteUserScope(db: Kysely<Database>, userId: number, held: HeldScope): Promise<void> {
  await db
    .deleteFrom('userUnits')
    .where('userId', '=', userId)
    .where('unitCode', '=', held.code)
    .where((eb) => (held.unitId === null ? eb('unitId', 'is', null) : eb('unitId', '=', held.unitId)))
    .execute();
}

/** A token's scope rows (units and elements), by code. */
export async function tokenScopeRows(db: Kysely<Database>, tokenId: number) {
  return db.selectFrom('apiTokenScopes').select(['kind', 'code', 'unitId', 'resolution']).where('tokenId', '=', tokenId).orderBy('code').execute();
}

/** A token's unit scopes (with their versions) and element scopes. */
export async function tokenScopeState(db: Kysely<Database>, tokenId: number): Promise<{ scopes: UnitScope[]; elements: string[] }> {
  const rows = await tokenScopeRows(db, tokenId);
  return {
    scopes: await toUnitScopes(
      db,
      rows.filter((r) => r.kind === 'unit'),
    ),
    elements: rows.filter((r) => r.kind === 'element').map((r) => r.code),
  };
}

export async function insertTokenScopes(db: Kysely<Database>, tokenId: number, versions: readonly UnitVersion[], elements: readonly string[]): Promise<void> {
  const rows = [
    ...versions.map((v) => ({ tokenId, kind: 'unit', code: v.code, unitId: v.id, resolution: null })),
    ...elements.map((code) => ({ tokenId, kind: 'element', code, unitId: null, resolution: null })),
  ];
  if (rows.length) await db.insertInto('apiTokenScopes').values(rows).execute();
}

export async function deleteTokenUnitScope(db: Kysely<Database>, tokenId: number, held: HeldScope): Promise<void> {
  await db
    .deleteFrom('apiTokenScopes')
    .where('tokenId', '=', tokenId)
    .where('kind', '=', 'unit')
    .where('code', '=', held.code)
    .where((eb) => (held.unitId === null ? eb('unitId', 'is', null) : eb('unitId', '=', held.unitId)))
    .execute();
}

export async function deleteTokenElements(db: Kysely<Database>, tokenId: number, codes: readonly string[]): Promise<void> {
  if (codes.length) await db.deleteFrom('apiTokenScopes').where('tokenId', '=', tokenId).where('kind', '=', 'element').where('code', 'in', codes).execute();
}
